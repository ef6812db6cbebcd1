package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extensions in jars a site lists under {@code extensions:}: compiled here from source into a
 * real jar, loaded, and every way of getting it wrong reported at its line of site.yml.
 */
class ExtensionJarTest {
  @TempDir Path dir;

  /** An extension with a template value, a template function and an output file. */
  private static final String SHOUT = """
      package shout;

      import dev.lectern.api.*;
      import java.nio.charset.StandardCharsets;
      import java.util.*;

      public final class Shout implements LecternExtension {
        public String name() { return "shout"; }
        public void register(Registry registry) {
          Settings settings = registry.settings();
          settings.allowOnly(Set.of("word"));
          String word = settings.text("word").orElse("hey");
          registry.templateValue("shout", Map.of("word", word));
          registry.templateFunction("loud", args -> String.valueOf(args.get(0)).toUpperCase());
          registry.outputFiles(site -> Map.of("shout.txt",
              (word + " " + site.pages().size() + "\\n").getBytes(StandardCharsets.UTF_8)));
        }
      }
      """;

  private Path jar(String name, Map<String, String> sources, String service) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src-" + name));
    Path classes = Files.createDirectories(dir.resolve("classes-" + name));
    List<String> files = new java.util.ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      files.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-cp",
        System.getProperty("java.class.path")));
    args.addAll(files);
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)));
    Path jar = dir.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        var walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, out);
      }
      if (service != null) {
        out.putNextEntry(new JarEntry("META-INF/services/dev.lectern.api.LecternExtension"));
        out.write(service.getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private TestSite site(String extensions) {
    return TestSite.minimal(dir.resolve("site"))
        .file("site.yml", "title: Test Guide\nbase_url: https://example.org/guide/\n"
            + extensions)
        .file("templates/partials/footer.peb",
            "<footer><p>{{ loud(ext.shout.word) }}</p></footer>\n");
  }

  private static void copy(Path jar, TestSite site, String as) throws IOException {
    Path target = site.root().resolve(as);
    Files.createDirectories(target.getParent());
    Files.copy(jar, target);
  }

  @Test
  void anExtensionInASiteJarAddsTemplateValuesFunctionsAndFiles() throws Exception {
    Path jar = jar("shout", Map.of("shout/Shout.java", SHOUT), "shout.Shout\n");
    TestSite site = site("extensions: [lib/shout.jar]\nshout:\n  word: hello\n");
    copy(jar, site, "lib/shout.jar");
    var result = new Build().render(BuildOptions.of(site.root()).withoutGitDates()
        .withoutDiskCache());
    String home = result.tree().text("index.html");
    assertTrue(home.contains("<p>HELLO</p>"), home);
    assertEquals("hello 3\n", result.tree().text("shout.txt"));
  }

  @Test
  void jarsThatCannotBeUsedAreErrorsAtTheirLine() throws Exception {
    Path empty = jar("empty", Map.of("none/Nothing.java", "package none; class Nothing {}"),
        null);
    TestSite site = site("extensions:\n  - lib/missing.jar\n  - ../outside.jar\n"
        + "  - lib/empty.jar\n  - lib/broken.jar\n");
    copy(empty, site, "lib/empty.jar");
    Files.writeString(site.root().resolve("lib/broken.jar"), "not a zip");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Build()
        .render(BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache()));
    assertEquals(List.of(
        "site.yml:4:5: extension jar 'lib/missing.jar' does not exist",
        "site.yml:5:5: extension jar '../outside.jar' is outside the site's folder",
        "site.yml:6:5: 'lib/empty.jar' holds no Lectern extension",
        "site.yml:7:5: extension jar 'lib/broken.jar' is not a jar file (zip END header not "
            + "found)"),
        Diags.headlines(e.diagnostics()));
  }

  @Test
  void settingsOfAnExtensionAreCheckedAndUnknownKeysNamed() throws Exception {
    Path jar = jar("shout", Map.of("shout/Shout.java", SHOUT), "shout.Shout\n");
    TestSite site = site("extensions: [lib/shout.jar]\nshout:\n  wrod: hello\nshoot: 1\n");
    copy(jar, site, "lib/shout.jar");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Build()
        .render(BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache()));
    assertEquals(List.of(
        "site.yml:5:3: unknown key 'wrod' in the settings of extension 'shout'",
        "site.yml:6:1: unknown key 'shoot' in site.yml"), Diags.headlines(e.diagnostics()));
    assertEquals("did you mean 'word'?", e.diagnostics().get(0).hint());
    assertEquals("did you mean 'shout'?", e.diagnostics().get(1).hint());
  }

  @Test
  void anExtensionThatFailsToRegisterIsReportedNotThrown() throws Exception {
    Path jar = jar("bad", Map.of("bad/Bad.java", """
        package bad;
        public final class Bad implements dev.lectern.api.LecternExtension {
          public String name() { return "bad"; }
          public void register(dev.lectern.api.Registry r) {
            throw new IllegalStateException("boom");
          }
        }
        """), "bad.Bad\n");
    TestSite site = site("extensions: [lib/bad.jar]\n");
    copy(jar, site, "lib/bad.jar");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Build()
        .render(BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache()));
    assertEquals(List.of("site.yml:3:14: extension 'bad' failed to register: "
        + "java.lang.IllegalStateException: boom"), Diags.headlines(e.diagnostics()));
  }

  @Test
  void templatesWithoutTheExtensionFailAtTheirLine() {
    TestSite site = site("");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Build()
        .render(BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache()));
    assertTrue(Diags.headlines(e.diagnostics()).get(0).startsWith(
        "templates/partials/footer.peb:1:"), Diags.headlines(e.diagnostics()).toString());
  }

}
