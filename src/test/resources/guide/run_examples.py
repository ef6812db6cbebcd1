"""Runs the guide's examples in one interpreter and writes a JSON report.

Usage: python3 run_examples.py EXAMPLES.json REPORT.json TIMEOUT_SECONDS

Each example is a `pycon` block (run as a doctest) or a `python` block with the
`Output` block shown after it (run as a script; its stdout must equal that
output). Every example gets a fresh `__main__` module, a fresh working
directory and a fresh context; global interpreter state it changes (sys.path,
imported modules of its own, environment, hooks, signal handlers, logging,
warnings filters) is put back afterwards, so examples cannot affect each other.
`...` in an expected output matches any text, as doctest's ELLIPSIS does.
"""
import builtins
import contextlib
import contextvars
import difflib
import doctest
import gc
import io
import json
import logging
import os
import re
import signal
import sys
import sysconfig
import tempfile
import threading
import time
import traceback
import types


class ExampleTimeout(KeyboardInterrupt):
    """Raised in the main thread when an example runs too long.

    A KeyboardInterrupt subclass, so neither doctest nor an example's own
    `except Exception` can swallow it.
    """


def ellipsis_match(want, got):
    """True when `got` equals `want`, where each `...` in `want` stands for any text."""
    if "..." not in want:
        return want == got
    pieces = want.split("...")
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last):
        return False
    if len(first) + len(last) > len(got):
        return False
    position, end = len(first), len(got) - len(last)
    for piece in pieces[1:-1]:
        found = got.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def unified_diff(want, got):
    lines = difflib.unified_diff(
        want.splitlines(keepends=True), got.splitlines(keepends=True),
        "expected", "actual", lineterm="")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def first_difference(want, got):
    """0-based index of the first line of `want` that `got` does not reproduce."""
    want_lines, got_lines = want.splitlines(), got.splitlines()
    for index, line in enumerate(want_lines):
        if index >= len(got_lines) or not ellipsis_match(line, got_lines[index]):
            return index
    return max(len(want_lines) - 1, 0)


class Capture:
    """Redirects file descriptors 1 and 2 into temporary files.

    Working at the descriptor level also catches what child processes and
    C code write, as a terminal would show it.
    """

    def __enter__(self):
        sys.stdout.flush()
        sys.stderr.flush()
        self.files = [tempfile.TemporaryFile(), tempfile.TemporaryFile()]
        self.saved = [os.dup(1), os.dup(2)]
        os.dup2(self.files[0].fileno(), 1)
        os.dup2(self.files[1].fileno(), 2)
        return self

    def __exit__(self, *exc):
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            with contextlib.suppress(Exception):
                stream.flush()
        os.dup2(self.saved[0], 1)
        os.dup2(self.saved[1], 2)
        for fd in self.saved:
            os.close(fd)
        self.stdout, self.stderr = (self.read(f) for f in self.files)
        return False

    @staticmethod
    def read(file):
        file.seek(0)
        data = file.read().decode("utf-8", "replace")
        file.close()
        return data


def library_paths():
    names = ("stdlib", "platstdlib", "purelib", "platlib")
    return tuple({os.path.realpath(p) for p in (sysconfig.get_paths().get(n) for n in names) if p})


LIBRARY_PATHS = library_paths()


def belongs_to_library(module):
    """True for modules of the standard library and installed packages, which stay imported."""
    spec = getattr(module, "__spec__", None)
    if spec is not None and spec.origin in ("built-in", "frozen"):
        return True
    file = getattr(module, "__file__", None)
    if file:
        return os.path.realpath(file).startswith(LIBRARY_PATHS)
    locations = list(getattr(module, "__path__", None) or [])
    return bool(locations) and all(
        os.path.realpath(p).startswith(LIBRARY_PATHS) for p in locations)


class Isolation:
    """Saves the interpreter state an example may change and restores it afterwards."""

    SIGNALS = [getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2",
                                            "SIGCHLD", "SIGPIPE") if hasattr(signal, n)]

    def __init__(self, workdir, main):
        self.workdir = workdir
        self.main = main

    def __enter__(self):
        self.cwd = os.getcwd()
        self.environ = dict(os.environ)
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.path_hooks = list(sys.path_hooks)
        self.importer_cache = set(sys.path_importer_cache)
        self.modules = set(sys.modules)
        self.old_main = sys.modules["__main__"]
        self.hooks = (sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook,
                      threading.excepthook)
        self.limits = (sys.getrecursionlimit(), sys.getswitchinterval(), gc.isenabled(),
                       gc.get_threshold(), list(gc.callbacks))
        self.int_digits = getattr(sys, "get_int_max_str_digits", lambda: None)()
        self.handlers = {s: signal.getsignal(s) for s in self.SIGNALS}
        root = logging.getLogger()
        self.logging = (list(root.handlers), root.level, logging.root.manager.disable)
        self.monitoring = self.monitoring_tools()
        self.warnings = contextlib.ExitStack()
        import warnings
        self.warnings.enter_context(warnings.catch_warnings())
        self.stdin = sys.stdin
        sys.stdin = io.StringIO()
        sys.modules["__main__"] = self.main
        os.chdir(self.workdir)
        return self

    def __exit__(self, *exc):
        sys.settrace(None)
        sys.setprofile(None)
        threading.settrace(None)
        threading.setprofile(None)
        sys.stdin = self.stdin
        os.chdir(self.cwd)
        os.environ.clear()
        os.environ.update(self.environ)
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
        sys.path_hooks[:] = self.path_hooks
        for key in set(sys.path_importer_cache) - self.importer_cache:
            del sys.path_importer_cache[key]
        for name in set(sys.modules) - self.modules:
            if not belongs_to_library(sys.modules.get(name)):
                del sys.modules[name]
        sys.modules["__main__"] = self.old_main
        (sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook,
         threading.excepthook) = self.hooks
        recursion, interval, enabled, threshold, callbacks = self.limits
        sys.setrecursionlimit(recursion)
        sys.setswitchinterval(interval)
        (gc.enable if enabled else gc.disable)()
        gc.set_threshold(*threshold)
        gc.callbacks[:] = callbacks
        if self.int_digits is not None:
            sys.set_int_max_str_digits(self.int_digits)
        for sig, handler in self.handlers.items():
            if handler is not None:
                signal.signal(sig, handler)
        root = logging.getLogger()
        handlers, level, disable = self.logging
        root.handlers[:] = handlers
        root.setLevel(level)
        logging.disable(disable)
        self.free_monitoring_tools()
        self.warnings.close()
        if "tracemalloc" in sys.modules and sys.modules["tracemalloc"].is_tracing():
            sys.modules["tracemalloc"].stop()
        if "asyncio" in sys.modules:
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                sys.modules["asyncio"].set_event_loop_policy(None)
        return False

    @staticmethod
    def monitoring_tools():
        monitoring = getattr(sys, "monitoring", None)
        if monitoring is None:
            return None
        return {i for i in range(6) if monitoring.get_tool(i) is not None}

    def free_monitoring_tools(self):
        if self.monitoring is None:
            return
        for tool in set(range(6)) - self.monitoring:
            if sys.monitoring.get_tool(tool) is not None:
                for event in range(32):
                    sys.monitoring.register_callback(tool, 1 << event, None)
                sys.monitoring.set_events(tool, 0)
                sys.monitoring.free_tool_id(tool)


@contextlib.contextmanager
def time_limit(seconds):
    def expire(signum, frame):
        raise ExampleTimeout(f"did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def finalize(main):
    """Drops an example's globals and collects them while output is discarded.

    Without this, objects the example left behind (a suspended generator with a
    `finally`, an object with `__del__`) would be finalised by some later
    garbage collection, and print into another example's captured output.
    """
    with Capture():
        main.__dict__.clear()
        gc.collect()


def fresh_main(path=None):
    module = types.ModuleType("__main__")
    module.__builtins__ = builtins
    if path is not None:
        module.__file__ = path
    return module


class Reporter(doctest.DocTestRunner):
    """A doctest runner that records failures as guide locations with diffs."""

    def __init__(self, example, optionflags):
        super().__init__(verbose=False, optionflags=optionflags)
        self.example = example
        self.messages = []

    def location(self, example):
        # The block's text starts on the line after its opening fence.
        return f"{self.example['file']}:{self.example['line'] + 1 + example.lineno}"

    def report_start(self, out, test, example):
        pass

    def report_success(self, out, test, example, got):
        pass

    def report_failure(self, out, test, example, got):
        self.messages.append(
            f"{self.location(example)}: doctest output differs for `{example.source.strip()}`\n"
            + unified_diff(example.want, got))

    def report_unexpected_exception(self, out, test, example, exc_info):
        text = "".join(traceback.format_exception(*exc_info))
        self.messages.append(
            f"{self.location(example)}: `{example.source.strip()}` raised an exception"
            " the session does not show\n" + text)


def run_doctest(example, workdir, timeout):
    main = fresh_main()
    parser = doctest.DocTestParser()
    name = f"{example['file']}:{example['line']}"
    try:
        test = parser.get_doctest(example["code"], main.__dict__, name, example["file"],
                                  example["line"])
    except ValueError as error:
        return [f"{name}: not a valid session: {error}"]
    # DocTest copies the globals it is given; run in the module's own namespace
    # instead, so that pickle finds what the session defines in __main__.
    test.globs = main.__dict__
    reporter = Reporter(example, doctest.ELLIPSIS)
    with Isolation(workdir, main):
        with Capture():
            try:
                with time_limit(timeout):
                    contextvars.copy_context().run(reporter.run, test, clear_globs=False)
            except ExampleTimeout as error:
                reporter.messages.append(f"{name}: {error}")
        finalize(main)
    if not test.examples:
        reporter.messages.append(f"{name}: a pycon block without any `>>>` example")
    return reporter.messages


def run_script(example, workdir, timeout):
    """Runs a python block as a script; returns failure messages."""
    name = f"{example['file']}:{example['line']}"
    path = os.path.join(workdir, "example.py")
    # The code keeps its own line numbers, as when a reader saves it to a file
    # (examples may print them); tracebacks are translated to Markdown lines.
    source = example["code"]
    with open(path, "w", encoding="utf-8") as file:
        file.write(source)
    main = fresh_main(path)
    error = None
    with Isolation(workdir, main):
        with Capture() as capture:
            try:
                with time_limit(timeout):
                    code = compile(source, path, "exec", dont_inherit=True)
                    contextvars.copy_context().run(exec, code, main.__dict__)
            except SystemExit:
                pass
            except ExampleTimeout as timeout_error:
                error = f"{name}: {timeout_error}"
            except BaseException:
                text = markdown_lines(traceback.format_exc(), path, example)
                error = f"{name}: the example raised an exception\n{text}"
            # As when a script ends: its globals go away, and what their
            # finalisers print (a __del__, a generator's finally) is output too.
            main.__dict__.clear()
            gc.collect()
        finalize(main)
    if error:
        return [error + stderr_note(capture.stderr)]
    want, got = example["expected"], capture.stdout
    if ellipsis_match(want, got):
        return []
    line = example["expected_line"] + first_difference(want, got)
    return [f"{example['file']}:{line}: the Output block differs from what the code above prints\n"
            + unified_diff(want, got) + stderr_note(capture.stderr)]


def markdown_lines(text, path, example):
    """Rewrites `File "<path>", line N` as the file and line in the guide."""
    pattern = re.compile(r'File "' + re.escape(path) + r'", line (\d+)')
    return pattern.sub(
        lambda m: f'File "{example["file"]}", line {example["line"] + int(m.group(1))}', text)


def stderr_note(stderr):
    return f"(stderr:)\n{stderr}" if stderr.strip() else ""


def main():
    examples_path, report_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(examples_path, encoding="utf-8") as file:
        examples = json.load(file)
    # A terminal flushes stdout at each newline; so must we, or forked children
    # would inherit and print again what the parent had not flushed yet.
    sys.stdout.reconfigure(line_buffering=True)
    version = sys.version_info[:2]
    results = []
    with tempfile.TemporaryDirectory() as root:
        for index, example in enumerate(examples):
            minimum = tuple(example.get("min_version") or (0, 0))
            if version < minimum:
                results.append({"status": "skipped", "messages": []})
                continue
            workdir = os.path.join(root, str(index))
            os.mkdir(workdir)
            run = run_doctest if example["kind"] == "doctest" else run_script
            started = time.perf_counter()
            messages = run(example, workdir, timeout)
            results.append({"status": "failed" if messages else "passed", "messages": messages,
                            "seconds": round(time.perf_counter() - started, 3)})
    report = {"version": ".".join(map(str, sys.version_info[:3])), "results": results}
    with open(report_path, "w", encoding="utf-8") as file:
        json.dump(report, file)


if __name__ == "__main__":
    main()
