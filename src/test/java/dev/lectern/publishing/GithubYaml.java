package dev.lectern.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and checking GitHub Actions files (workflows and action.yml) for the tests: YAML,
 * the {@code ${{ }}} expressions in them, pinned {@code uses:} references and the syntax of
 * {@code run:} scripts.
 */
final class GithubYaml {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
  /** owner/repo[/path]@ref, then the comment naming the version the commit is. */
  private static final Pattern PINNED = Pattern.compile(
      "uses: ([\\w.-]+/[\\w.-]+(?:/[\\w./-]+)?)@([0-9a-f]{40}) # v\\d+\\.\\d+\\.\\d+");
  private static final Pattern IF = Pattern.compile("^\\s*(?:- )?if: (.*)$", Pattern.MULTILINE);
  private static final Pattern USES = Pattern.compile("^\\s*(?:- )?uses: (.*)$", Pattern.MULTILINE);

  private GithubYaml() {}

  static JsonNode read(String text, String name) {
    try {
      JsonNode node = YAML.readTree(text);
      assertTrue(node != null && node.isObject(), name + " is a YAML mapping");
      return node;
    } catch (IOException e) {
      throw new AssertionError(name + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The inside of every {@code ${{ … }}} in {@code text}, trimmed. */
  static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      found.add(m.group(1).trim());
    }
    return found;
  }

  /**
   * The names after {@code prefix.} in every expression of YAML {@code text} (e.g. steps.NAME):
   * in {@code ${{ }}} and in {@code if:} conditions, which are expressions without it.
   */
  static Set<String> references(String text, String prefix) {
    List<String> all = new ArrayList<>(expressions(text));
    Matcher conditions = IF.matcher(text);
    while (conditions.find()) {
      all.add(conditions.group(1));
    }
    return references(all, prefix);
  }

  /** As {@link #references(String, String)}, for one step of a parsed file. */
  static Set<String> references(JsonNode step, String prefix) {
    List<String> all = new ArrayList<>(expressions(step.toString()));
    all.add(step.path("if").asText());
    return references(all, prefix);
  }

  private static Set<String> references(List<String> expressions, String prefix) {
    Set<String> names = new LinkedHashSet<>();
    Pattern p = Pattern.compile("\\b" + Pattern.quote(prefix) + "\\.([A-Za-z0-9_-]+)");
    for (String expression : expressions) {
      Matcher m = p.matcher(expression);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * Every {@code uses:} line names a local action ({@code ./}), or an action pinned to a full
   * commit with a {@code # vX.Y.Z} comment; {@code allowedTag} may also match a line (for
   * documentation that shows a release tag of Lectern's own action).
   */
  static void assertUsesPinned(String text, String name, Pattern allowedTag) {
    Matcher m = USES.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
      String line = m.group(0).trim().replaceFirst("^- ", "");
      String ref = m.group(1).trim();
      if (ref.startsWith("./")) {
        continue;
      }
      if (!PINNED.matcher(line).matches()
          && (allowedTag == null || !allowedTag.matcher(ref).matches())) {
        fail(name + ": '" + line + "' is not pinned: use owner/repo@<40-hex commit> # vX.Y.Z");
      }
    }
    assertTrue(count > 0, name + " uses no actions?");
  }

  /** A run script with its expressions replaced, checked with {@code bash -n}. */
  static void assertBashSyntax(String script, String name) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    if (!Files.isExecutable(bash)) {
      return;  // checked where bash exists: on every CI machine
    }
    Path file = Files.createTempFile("lectern-run-", ".sh");
    try {
      Files.writeString(file, EXPRESSION.matcher(script).replaceAll("EXPR"));
      Process p = new ProcessBuilder(bash.toString(), "-n", file.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), name);
      assertEquals(0, p.exitValue(), name + ": bash -n says: " + out + "\n" + script);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
