package dev.lectern.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.guide.GuideExamples.Example;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs examples in one Python process with the driver script {@code guide/run_examples.py}:
 * starting an interpreter per block would cost more than running most of them.
 */
final class ExampleRunner {
  /** System property naming the interpreter, e.g. {@code -Dguide.python=python3.14}. */
  static final String PROPERTY = "guide.python";
  /** Environment variable naming the interpreter when the property is not set. */
  static final String ENVIRONMENT = "GUIDE_PYTHON";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TOTAL_TIMEOUT_MINUTES = 10;

  /**
   * What one run produced: the interpreter's version, counts, the failure messages and the
   * slowest examples ("file:line (seconds s)"), slowest first.
   */
  record Report(String version, int passed, int failed, int skipped, List<String> failures,
      List<String> slowest) {}

  private final String python;
  private final double timeoutSeconds;

  ExampleRunner(String python, double timeoutSeconds) {
    this.python = python;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** The interpreter to use: the system property, else the environment variable, else python3. */
  static String configuredPython() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String variable = System.getenv(ENVIRONMENT);
    return variable != null && !variable.isBlank() ? variable : "python3";
  }

  /** Runs {@code examples}, using {@code dir} for the driver and its input and report. */
  Report run(List<Example> examples, Path dir) throws IOException, InterruptedException {
    Path driver = dir.resolve("run_examples.py");
    try (InputStream in = ExampleRunner.class.getResourceAsStream("/guide/run_examples.py")) {
      if (in == null) {
        throw new IllegalStateException("guide/run_examples.py is missing from the test resources");
      }
      Files.write(driver, in.readAllBytes());
    }
    Path input = dir.resolve("examples.json");
    Path report = dir.resolve("report.json");
    JSON.writeValue(input.toFile(), examples.stream().map(ExampleRunner::toJson).toList());
    Path log = dir.resolve("driver.log");
    Process p;
    try {
      p = new ProcessBuilder(python, driver.toString(), input.toString(), report.toString(),
          Double.toString(timeoutSeconds))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start '" + python + "' (name another interpreter"
          + " with -D" + PROPERTY + "=... or " + ENVIRONMENT + "): " + e.getMessage(), e);
    }
    if (!p.waitFor(TOTAL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(python + " did not finish the examples within "
          + TOTAL_TIMEOUT_MINUTES + " minutes");
    }
    if (p.exitValue() != 0 || !Files.exists(report)) {
      throw new IllegalStateException(python + " failed (exit " + p.exitValue() + "):\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    return read(JSON.readTree(report.toFile()), examples);
  }

  private static Map<String, Object> toJson(Example e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", e.kind() == GuideExamples.Kind.DOCTEST ? "doctest" : "script");
    m.put("file", e.file());
    m.put("line", e.line());
    m.put("code", e.code());
    m.put("expected", e.expected());
    m.put("expected_line", e.expectedLine());
    m.put("min_version", e.minVersion().map(v -> List.of(v[0], v[1])).orElse(null));
    return m;
  }

  private static Report read(JsonNode report, List<Example> examples) {
    JsonNode results = report.path("results");
    if (results.size() != examples.size()) {
      throw new IllegalStateException("the driver reported " + results.size() + " results for "
          + examples.size() + " examples");
    }
    int passed = 0;
    int skipped = 0;
    int failed = 0;
    List<String> failures = new ArrayList<>();
    List<Map.Entry<Double, String>> timed = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      Example example = examples.get(i);
      timed.add(Map.entry(result.path("seconds").asDouble(),
          example.file() + ":" + example.line()));
      switch (result.path("status").asText()) {
        case "passed" -> passed++;
        case "skipped" -> skipped++;
        default -> {
          failed++;
          result.path("messages").forEach(m -> failures.add(m.asText()));
        }
      }
    }
    List<String> slowest = timed.stream()
        .sorted(Map.Entry.<Double, String>comparingByKey().reversed())
        .limit(3)
        .map(e -> String.format(Locale.ROOT, "%s (%.1f s)", e.getValue(), e.getKey()))
        .toList();
    return new Report(report.path("version").asText(), passed, failed, skipped, failures, slowest);
  }
}
