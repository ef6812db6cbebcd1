package dev.lectern.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * action.yml, the composite action other repositories use: its shape, its references, its
 * scripts, and what its version step chooses for a release tag, another ref and a local use.
 */
class ActionDefinitionTest {
  static final Path ACTION = Path.of("action.yml");
  private static String text;
  private static JsonNode action;

  @TempDir Path dir;

  @BeforeAll
  static void read() throws Exception {
    text = GithubYaml.text(ACTION);
    action = GithubYaml.read(text, "action.yml");
  }

  private static List<JsonNode> steps() {
    List<JsonNode> steps = new ArrayList<>();
    action.path("runs").path("steps").forEach(steps::add);
    return steps;
  }

  @Test
  void isACompositeActionWithTheFourInputsAndThePathOutput() {
    for (String key : List.of("name", "description", "inputs", "outputs", "runs")) {
      assertTrue(action.hasNonNull(key), "action.yml needs '" + key + "'");
    }
    assertEquals("composite", action.path("runs").path("using").asText());
    List<String> inputs = new ArrayList<>();
    action.path("inputs").fieldNames().forEachRemaining(inputs::add);
    assertEquals(List.of("source", "base-url", "output", "version"), inputs);
    action.path("inputs").forEach(input -> {
      assertFalse(input.path("description").asText().isBlank(), input.toString());
      assertFalse(input.path("required").asBoolean(true), "every input is optional");
    });
    assertEquals(".", action.path("inputs").path("source").path("default").asText());
    assertEquals("${{ steps.build.outputs.path }}",
        action.path("outputs").path("path").path("value").asText());
    assertFalse(steps().isEmpty());
  }

  @Test
  void everyInputItUsesIsDeclaredAndEveryInputIsUsed() {
    Set<String> declared = new HashSet<>();
    action.path("inputs").fieldNames().forEachRemaining(declared::add);
    Set<String> used = GithubYaml.references(text, "inputs");
    assertTrue(declared.containsAll(used), "undeclared inputs: " + used);
    assertEquals(declared, used, "declared but never used");
  }

  @Test
  void stepsAreWellFormedAndReferToEarlierSteps() throws Exception {
    Set<String> earlier = new HashSet<>();
    for (JsonNode step : steps()) {
      String name = step.path("name").asText();
      assertFalse(name.isBlank(), "every step has a name: " + step);
      assertTrue(step.has("uses") ^ step.has("run"), name + ": one of uses or run");
      for (String ref : GithubYaml.references(step, "steps")) {
        assertTrue(earlier.contains(ref), name + " refers to step '" + ref + "' before it");
      }
      if (step.has("run")) {
        assertEquals("bash", step.path("shell").asText(), name + ": a composite run step "
            + "needs shell:");
        String script = step.path("run").asText();
        // Values reach scripts through env:, never spliced into the script (injection).
        assertTrue(GithubYaml.expressions(script).isEmpty(), name + " has ${{ }} in run:");
        assertTrue(script.startsWith("set -euo pipefail\n"), name + " stops on errors");
        GithubYaml.assertBashSyntax(script, "action.yml: " + name);
      }
      if (step.has("id")) {
        earlier.add(step.path("id").asText());
      }
    }
    for (String ref : GithubYaml.references(action.path("outputs"), "steps")) {
      assertTrue(earlier.contains(ref), "output refers to unknown step " + ref);
    }
    GithubYaml.assertUsesPinned(text, "action.yml", null);
  }

  @Test
  void asksGitHubPagesForTheUrlOnlyWhenNoBaseUrlIsGiven() {
    JsonNode pages = steps().stream()
        .filter(s -> s.path("uses").asText().startsWith("actions/configure-pages@"))
        .findFirst().orElseThrow();
    assertEquals("inputs.base-url == ''", pages.path("if").asText());
    assertTrue(steps().stream().anyMatch(s -> s.path("uses").asText()
        .startsWith("actions/cache@")), "the jar is cached");
    assertTrue(steps().stream().anyMatch(s -> s.path("uses").asText()
        .startsWith("actions/setup-java@")), "Java is set up");
  }

  /** Runs the step that picks the Lectern to use, with the environment a runner gives it. */
  private Map<String, String> choose(String inputVersion, String actionRef) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    JsonNode step = steps().stream().filter(s -> s.path("id").asText().equals("lectern"))
        .findFirst().orElseThrow();
    Path output = dir.resolve("github-output-" + inputVersion + actionRef);
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", step.path("run").asText())
        .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("INPUT_VERSION", inputVersion);
    env.put("ACTION_REF", actionRef);
    env.put("ACTION_REPOSITORY", actionRef.isEmpty() ? "" : "lectern-dev/lectern");
    env.put("ACTION_PATH", Path.of("").toAbsolutePath().toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("RUNNER_OS", "Linux");
    env.put("HOME", "/home/runner");
    Process p = builder.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output)) {
      outputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
    }
    return outputs;
  }

  @Test
  void atAReleaseTagItDownloadsThatReleasesJar() throws Exception {
    Map<String, String> out = choose("", "v1.2.3");
    assertEquals(ReleaseFilesTest.assetUrl("lectern-dev/lectern", "1.2.3"), out.get("url"));
    assertEquals("lectern-Linux-release-v1.2.3", out.get("key"));
    assertEquals("/home/runner/.cache/lectern-action/release-v1.2.3", out.get("dir"));
    // Should the release have no jar, the action's own files are that tag's source.
    assertEquals(Path.of("").toAbsolutePath().toString(), out.get("source-dir"));

    Map<String, String> other = choose("v2.0.0-rc.1", "main");
    assertEquals(ReleaseFilesTest.assetUrl("lectern-dev/lectern", "2.0.0-rc.1"), other.get("url"));
    assertEquals("", other.get("source-dir"), "another ref than the action's own is fetched");
  }

  @Test
  void usedLocallyItBuildsItsOwnSourceCachedByItsHash() throws Exception {
    Map<String, String> out = choose("", "");
    assertFalse(out.containsKey("url"));
    assertEquals(Path.of("").toAbsolutePath().toString(), out.get("source-dir"));
    assertTrue(out.get("key").matches("lectern-Linux-source-[0-9a-f]{16}"), out.toString());
    assertEquals(out.get("key"), choose("", "").get("key"), "the same source, the same key");
  }
}
