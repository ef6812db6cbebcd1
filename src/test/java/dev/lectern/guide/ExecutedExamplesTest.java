package dev.lectern.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.guide.ExampleRunner.Report;
import dev.lectern.guide.GuideExamples.Example;
import dev.lectern.guide.GuideExamples.Found;
import dev.lectern.guide.GuideExamples.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the guide shows is what Python does: every {@code pycon} block runs as a doctest, and
 * every {@code python} block followed by a {@code text title="Output"} block must print exactly
 * that text ({@code ...} stands for any text, as in doctest's ELLIPSIS). Blocks marked
 * {@code min-version=3.X} are skipped, and counted, when the interpreter is older. The
 * interpreter is {@code python3} unless {@code -Dguide.python} or {@code GUIDE_PYTHON} names
 * another.
 */
class ExecutedExamplesTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final double TIMEOUT_SECONDS = 60;

  @TempDir Path dir;

  @Test
  void everyExampleOfTheGuidePrintsWhatTheGuideShows() throws Exception {
    Found found = GuideExamples.collect(ROOT);
    assertEquals(List.of(), found.problems());
    Report report = run(found.examples(), TIMEOUT_SECONDS);
    long sessions = found.examples().stream().filter(e -> e.kind() == Kind.DOCTEST).count();
    System.out.printf("executed examples (Python %s): %d run, %d failed, %d skipped (min-version);"
            + " %d pycon sessions, %d python blocks with their Output; slowest: %s%n",
        report.version(), report.passed() + report.failed(), report.failed(), report.skipped(),
        sessions, found.examples().size() - sessions, String.join(", ", report.slowest()));
    assertTrue(report.failures().isEmpty(), "\n" + String.join("\n", report.failures()));
    assertTrue(report.passed() >= 100, "the guide has executed examples: " + report.passed());
  }

  @Test
  void aWrongOutputIsReportedAtItsLineWithADiff() throws Exception {
    Found found = GuideExamples.parse("content/a.md", String.join("\n",
        "---", "title: A", "---", "Text.", "",
        "```python", "for i in range(3):", "    print(i)", "```", "",
        "```text title=\"Output\"", "0", "1", "3", "```", ""));
    Report report = run(found.examples(), 10);
    assertEquals(1, report.failed());
    String failure = report.failures().get(0);
    assertTrue(failure.startsWith("content/a.md:14: the Output block differs"), failure);
    assertTrue(failure.contains("\n-3\n+2\n"), failure);
  }

  @Test
  void anEllipsisStandsForNondeterministicText() throws Exception {
    Found found = GuideExamples.parse("content/a.md", String.join("\n",
        "```python", "print(object())", "print('done')", "```",
        "```text title=\"Output\"", "<object object at 0x...>", "done", "```", ""));
    Report report = run(found.examples(), 10);
    assertEquals(List.of(), report.failures());
    assertEquals(1, report.passed());
  }

  @Test
  void aSessionRunsAsADoctestAndAFailingPromptIsReportedAtItsLine() throws Exception {
    Found found = GuideExamples.parse("content/b.md", String.join("\n",
        "---", "title: B", "tags: [x]", "---", "",
        "```pycon", ">>> x = [1, 2]", ">>> x * 2", "[1, 2, 1, 2]",
        ">>> sorted({3, 1}) # doctest: +SKIP", "whatever",
        ">>> len(x) + 1", "2", "```", "",
        "```pycon", ">>> object()", "<object object at 0x...>", "```", ""));
    Report report = run(found.examples(), 10);
    assertEquals(1, report.passed());
    assertEquals(1, report.failed());
    String failure = report.failures().get(0);
    assertTrue(failure.startsWith("content/b.md:12: doctest output differs for `len(x) + 1`"),
        failure);
    assertTrue(failure.contains("\n-2\n+3\n"), failure);
  }

  @Test
  void anExceptionIsReportedWithTheMarkdownLinesInItsTraceback() throws Exception {
    Found found = GuideExamples.parse("content/c.md", String.join("\n",
        "Intro.", "", "```python", "print('start')", "{}['missing']", "```", "",
        "```text title=\"Output\"", "start", "```", ""));
    Report report = run(found.examples(), 10);
    String failure = report.failures().get(0);
    assertTrue(failure.startsWith("content/c.md:3: the example raised an exception"), failure);
    assertTrue(failure.contains("File \"content/c.md\", line 5"), failure);
    assertTrue(failure.contains("KeyError: 'missing'"), failure);
  }

  @Test
  void examplesForANewerPythonAreSkippedAndCounted() throws Exception {
    Found found = GuideExamples.parse("content/d.md", String.join("\n",
        "```python min-version=3.99", "print(undefined)", "```",
        "```text title=\"Output\"", "nothing", "```", "",
        "```pycon min-version=3.99", ">>> undefined", "1", "```", ""));
    assertEquals(List.of("[3, 99]", "[3, 99]"), found.examples().stream()
        .map(e -> Arrays.toString(e.minVersion().orElseThrow())).toList());
    Report report = run(found.examples(), 10);
    assertEquals(2, report.skipped());
    assertEquals(0, report.passed() + report.failed());
  }

  @Test
  void examplesCannotSeeEachOthersState() throws Exception {
    Found found = GuideExamples.parse("content/e.md", String.join("\n",
        "```python", "import os, sys", "sys.modules['planted'] = type(sys)('planted')",
        "sys.path.append('x')",
        "os.environ['PLANTED'] = '1'", "open('file.txt', 'w').close()", "shared = 1", "```",
        "```text title=\"Output\"", "```", "",
        "```python", "import os, sys",
        "print('planted' in sys.modules, 'x' in sys.path, 'PLANTED' in os.environ,",
        "      os.path.exists('file.txt'), 'shared' in globals(), __name__)", "```",
        "```text title=\"Output\"", "False False False False False __main__", "```", ""));
    Report report = run(found.examples(), 10);
    assertEquals(List.of(), report.failures());
    assertEquals(2, report.passed());
  }

  @Test
  void whatAnExampleDefinesLivesInMainLikeInAScriptOrTheRepl() throws Exception {
    Found found = GuideExamples.parse("content/m.md", String.join("\n",
        "```pycon", ">>> import pickle", ">>> class Point:", "...     pass", "...",
        ">>> type(pickle.loads(pickle.dumps(Point()))).__name__", "'Point'", "```", "",
        "```python", "import pickle", "class Point:", "    pass", "",
        "print(Point.__module__, type(pickle.loads(pickle.dumps(Point()))).__name__)", "```",
        "```text title=\"Output\"", "__main__ Point", "```", ""));
    Report report = run(found.examples(), 10);
    assertEquals(List.of(), report.failures());
    assertEquals(2, report.passed());
  }

  @Test
  void anExampleThatRunsTooLongIsStoppedAndTheNextOneStillRuns() throws Exception {
    Found found = GuideExamples.parse("content/f.md", String.join("\n",
        "```pycon", ">>> while True:", "...     pass", "```", "",
        "```python", "print('next')", "```", "```text title=\"Output\"", "next", "```", ""));
    Report report = run(found.examples(), 0.5);
    assertEquals(List.of("content/f.md:1: did not finish within 0.5 s"), report.failures());
    assertEquals(1, report.passed());
  }

  @Test
  void anOutputBlockAwayFromItsCodeIsAMistake() {
    Found found = GuideExamples.parse("content/g.md", String.join("\n",
        "```python", "print(1)", "```", "", "A paragraph in between.", "",
        "```text title=\"Output\"", "1", "```", "",
        "```text", "an unlabelled block is just text", "```", ""));
    assertEquals(List.of(), found.examples());
    assertEquals(List.of("content/g.md:7: a title=\"Output\" block must directly follow the python"
        + " block whose output it shows"), found.problems());
  }

  @Test
  void frontMatterIsBlankedLineForLine() {
    String text = "---\ntitle: X\ndescription: Y\n---\nBody\n";
    assertEquals("\n\n\n\nBody\n", GuideExamples.blankFrontMatter(text));
    assertEquals("No front matter\n", GuideExamples.blankFrontMatter("No front matter\n"));
  }

  private Report run(List<Example> examples, double timeout) throws Exception {
    Path work = Files.createTempDirectory(dir, "run");
    return new ExampleRunner(ExampleRunner.configuredPython(), timeout).run(examples, work);
  }
}
