#!/usr/bin/env python3
"""Time from saving a chapter to the browser's reload event under `lectern serve`.

Starts `java -jar JAR serve` on a free port over SITE, listens to the server-sent-event stream
the way a browser tab does, then edits one chapter EDITS times (appending a line, as an editor's
save does) and measures each save-to-event time, leaving out the first WARMUP while the server's
JIT compiler warms up; it also reports the server's own rebuild times. Last, it adds a page template to the site and
times that rebuild, which re-renders every page without restarting the JVM. The site's files
are restored afterwards. Prints median, min and max.
"""
import argparse
import glob
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time


def read_until(sock, needle, timeout=120):
    sock.settimeout(timeout)
    buf = b""
    while needle not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("the event stream closed")
        buf += chunk
    return buf


def events(port):
    s = socket.create_connection(("127.0.0.1", port))
    # The server answers only requests that name it (DNS-rebinding protection).
    s.sendall(b"GET /__lectern/events HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % port)
    read_until(s, b"retry:")
    return s


def timed_change(port, change):
    s = events(port)
    start = time.perf_counter()
    change()
    got = read_until(s, b"event: ")
    elapsed = (time.perf_counter() - start) * 1000
    s.close()
    if b"event: failure" in got:
        raise RuntimeError("the edit broke the build: " + got.decode("utf-8", "replace"))
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--warmup", type=int, default=10,
                    help="edits left out of the figures: the server's JIT is still compiling")
    ap.add_argument("--template", default=None,
                    help="a page template to add (default: the repository's templates/page.peb)")
    a = ap.parse_args()

    chapters = sorted(glob.glob(os.path.join(a.site, "content", "**", "*.md"), recursive=True))
    chapters = [c for c in chapters if not c.endswith("_index.md")]
    chapter = chapters[len(chapters) // 2]
    original = open(chapter, encoding="utf-8").read()
    template = a.template or os.path.join(os.path.dirname(os.path.abspath(a.jar)), "..",
                                          "templates", "page.peb")
    site_templates = os.path.join(a.site, "templates")
    had_templates = os.path.isdir(site_templates)

    server = subprocess.Popen(["java", "-jar", a.jar, "serve", "--source", a.site, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port = None
        for line in server.stdout:
            m = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            raise RuntimeError("lectern serve did not start")
        # Drain the server's log so it never blocks on a full pipe.
        import threading
        rebuilds = []

        def drain():
            for line in server.stdout:
                m = re.search(r"Rebuilt in (\d+) ms", line)
                if m:
                    rebuilds.append(int(m.group(1)))
        threading.Thread(target=drain, daemon=True).start()

        times = []
        for i in range(a.edits):
            def edit(i=i):
                with open(chapter, "w", encoding="utf-8") as f:
                    f.write(original + "\nEdited for the benchmark, save %d.\n" % i)
            times.append(timed_change(port, edit))
            time.sleep(0.2)
        skip = a.warmup if len(times) > 2 * a.warmup else 0
        warm = times[skip:]
        built = rebuilds[skip:]
        print("lectern serve, %d chapters: save-to-reload-event median %.0f ms "
              "(min %.0f, max %.0f; %d edits of %s, after %d left out as JIT warm-up); "
              "the server's own rebuild median %s ms"
              % (len(chapters), statistics.median(warm), min(warm), max(warm), len(warm),
                 os.path.relpath(chapter, a.site), skip,
                 "%.0f" % statistics.median(built) if built else "?"))

        def add_template():
            os.makedirs(site_templates, exist_ok=True)
            shutil.copy(template, os.path.join(site_templates, "page.peb"))
        if os.path.isfile(template) and not had_templates:
            t = timed_change(port, add_template)
            print("lectern serve, %d chapters: a new page template re-renders everything in "
                  "%.0f ms, same JVM" % (len(chapters), t))
    finally:
        server.terminate()
        server.wait(timeout=30)
        with open(chapter, "w", encoding="utf-8") as f:
            f.write(original)
        if not had_templates and os.path.isdir(site_templates):
            shutil.rmtree(site_templates)


if __name__ == "__main__":
    sys.exit(main())
