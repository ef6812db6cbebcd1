package dev.lectern.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The release files agree with each other: the asset names release.yml publishes, the URL
 * the action downloads and the jbang alias runs, the SBOM the release profile writes, and the
 * versions of Lectern and its Maven plugin.
 */
class ReleaseFilesTest {
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

  /** Where release {@code version} of Lectern's jar is published. */
  static String assetUrl(String repository, String version) {
    return "https://github.com/" + repository + "/releases/download/v" + version + "/lectern-"
        + version + ".jar";
  }

  /** owner/name of the repository, from site.yml's repo_url. */
  static String repository() throws Exception {
    String url = GithubYaml.read(GithubYaml.text(Path.of("site.yml")), "site.yml")
        .path("repo_url").asText();
    assertTrue(url.startsWith("https://github.com/"), url);
    return url.substring("https://github.com/".length());
  }

  private static String xpath(Path pom, String expression) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    return XPathFactory.newInstance().newXPath().evaluate(expression, doc).trim();
  }

  @Test
  void releaseYmlPublishesTheJarItsChecksumAndTheSbomUnderTheTagsVersion() throws Exception {
    String text = GithubYaml.text(Path.of(".github/workflows/release.yml"));
    JsonNode release = GithubYaml.read(text, "release.yml");
    List<String> tags = new ArrayList<>();
    release.path("on").path("push").path("tags").forEach(t -> tags.add(t.asText()));
    assertEquals(List.of("v*"), tags);
    JsonNode job = release.path("jobs").path("release");
    assertEquals("write", job.path("permissions").path("contents").asText());
    // The version comes from the tag, and every POM is set to it before the tests run.
    assertTrue(text.contains("version=\"${TAG#v}\""), "the version is the tag without its v");
    assertTrue(text.contains("\"$versions:set\" -DnewVersion=\"$VERSION\""));
    assertTrue(text.contains("-f lectern-maven-plugin/pom.xml \"$versions:set\""));
    assertTrue(text.contains("-Dproperty=lectern.version -DnewVersion=\"$VERSION\""));
    assertTrue(text.contains("run: mvn -B verify -Prelease"), "tests before publishing");
    // The files, named as the action and the jbang catalog expect them.
    assertTrue(text.contains("cp target/lectern.jar \"dist/lectern-$VERSION.jar\""));
    assertTrue(text.contains("sha256sum \"lectern-$VERSION.jar\" > \"lectern-$VERSION.jar.sha256\""),
        "the action downloads URL.sha256 beside the jar");
    String sbom = xpath(Path.of("pom.xml"), "/project/profiles/profile[id='release']"
        + "/build/plugins/plugin[artifactId='cyclonedx-maven-plugin']/configuration/outputName");
    assertTrue(text.contains("cp target/" + sbom + ".json \"dist/lectern-$VERSION.cdx.json\""),
        "release.yml copies the SBOM the release profile writes (" + sbom + ".json)");
    assertTrue(text.contains("gh release create \"$TAG\" dist/*"));
    assertTrue(text.contains("releases/download/$TAG/lectern-$VERSION.jar"),
        "it checks the jbang catalog against the same URL");
    assertEquals(assetUrl("OWNER/REPO", "9.8.7"),
        "https://github.com/OWNER/REPO/releases/download/v9.8.7/lectern-9.8.7.jar");
  }

  @Test
  void theJbangAliasRunsAReleaseJarOfThisRepository() throws Exception {
    JsonNode catalog = new ObjectMapper().readTree(Path.of("jbang-catalog.json").toFile());
    catalog.fieldNames().forEachRemaining(key -> assertTrue(
        List.of("catalogs", "aliases", "templates", "description", "base-ref").contains(key),
        "jbang-catalog.json: unknown key " + key));
    JsonNode alias = catalog.path("aliases").path("lectern");
    assertTrue(alias.isObject(), "an alias named lectern, for 'jbang lectern@OWNER/REPO'");
    String ref = alias.path("script-ref").asText();
    Matcher m = Pattern.compile("https://github\\.com/([\\w.-]+/[\\w.-]+)/releases/download/v("
        + VERSION.pattern() + ")/lectern-\\2\\.jar").matcher(ref);
    assertTrue(m.matches(), "script-ref must be a release jar, as release.yml names it: " + ref);
    assertEquals(repository(), m.group(1), "the repository of site.yml's repo_url");
    assertEquals(assetUrl(repository(), m.group(2)), ref);
    assertFalse(alias.path("description").asText().isBlank());
    assertEquals(xpath(Path.of("pom.xml"), "/project/properties/maven.compiler.release") + "+",
        alias.path("java").asText(), "the Java the jar needs");
  }

  @Test
  void theMavenPluginHasLecternsVersionAndRunsThatLectern() throws Exception {
    String version = xpath(Path.of("pom.xml"), "/project/version");
    Path plugin = Path.of("lectern-maven-plugin/pom.xml");
    assertTrue(Files.isRegularFile(plugin));
    assertEquals("dev.lectern", xpath(plugin, "/project/groupId"));
    assertEquals("lectern-maven-plugin", xpath(plugin, "/project/artifactId"));
    assertEquals("maven-plugin", xpath(plugin, "/project/packaging"));
    assertEquals(version, xpath(plugin, "/project/version"), "the plugin's version is Lectern's");
    assertEquals(version, xpath(plugin, "/project/properties/lectern.version"));
    // The root build fetches what the plugin's build needs (invoker extraArtifacts).
    assertEquals(xpath(Path.of("pom.xml"), "/project/properties/it.plugin.tools.version"),
        xpath(plugin, "/project/properties/plugin.tools.version"));
    assertEquals(xpath(Path.of("pom.xml"), "/project/properties/it.maven.api.version"),
        xpath(plugin, "/project/properties/maven.api.version"));
  }
}
