package dev.lectern.extend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;
import dev.lectern.api.Settings;
import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.Digester;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook for dialect extensions: the Markdown extensions a configuration names, with their
 * settings, and which of them some extension asked for.
 */
class MarkdownExtensionSettingsTest {
  @TempDir Path dir;

  @Test
  void anExtensionReadsTheSettingsOfTheMarkdownExtensionsItImplements() {
    TestSite.empty(dir).file("site.yml", """
        title: T
        base_url: https://example.org/
        markdown:
          extensions:
            - admonition
            - pymdownx.tabbed:
                alternate_style: true
            - smarty
        """);
    Diagnostics d = new Diagnostics();
    SiteConfig config = ConfigLoader.load(dir, d).orElseThrow();
    List<Object> seen = new ArrayList<>();
    LecternExtension tabs = new LecternExtension() {
      @Override
      public String name() {
        return "tabs";
      }

      @Override
      public void register(Registry registry) {
        Optional<Settings> tabbed = registry.markdownExtension("pymdownx.tabbed");
        seen.add(tabbed.flatMap(s -> s.bool("alternate_style")));
        seen.add(registry.markdownExtension("admonition").map(Settings::keys));
        seen.add(registry.markdownExtension("pymdownx.details"));
      }
    };
    ExtensionSet set = Registrar.register(List.of(new Registrar.Loaded(tabs,
        SourcePosition.of("test"), Digester.of("tabs"))), Map.of(),
        config.markdown().extensions(), d);
    assertEquals(List.of(), Diags.headlines(d));
    assertEquals(List.of(Optional.of(true), Optional.of(java.util.Set.of()), Optional.empty()),
        seen);
    assertEquals(java.util.Set.of("pymdownx.tabbed", "admonition", "pymdownx.details"),
        set.markdownFeatures());
    assertTrue(!set.markdownFeatures().contains("smarty"), "nobody asked for smarty");
  }
}
