package dev.lectern.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.init.JsConfig.Arr;
import dev.lectern.init.JsConfig.Literal;
import dev.lectern.init.JsConfig.Obj;
import dev.lectern.init.JsConfig.Opaque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Configuration files are read, not run: literals come out, everything else is opaque. */
class JsConfigTest {
  @Test
  void readsModuleExportsWithConstantsCastsAndComments() {
    Obj c = JsConfig.read("""
        // @ts-check
        const url = "https://example.org"; /* the site */
        const org = 'acme'
        /** @type {Config} */
        const config = {
          title: 'Acme',
          url,
          organizationName: org,
          'baseUrl': `/docs/`,
          count: 3,
          presets: [['classic', /** @type {Options} */ ({docs: {path: 'docs'}})]],
          future: process.env.FUTURE === '1',
          editUrl: ({docPath}) => `https://x/${docPath}`,
          plugins: [require.resolve('./plugin')],
          onBrokenLinks: 'warn'
        };
        module.exports = config;
        """).orElseThrow();
    assertEquals(new Literal("Acme"), c.properties().get("title"));
    assertEquals(new Literal("https://example.org"), c.properties().get("url"));
    assertEquals(new Literal("acme"), c.properties().get("organizationName"));
    assertEquals(new Literal("/docs/"), c.properties().get("baseUrl"));
    assertEquals(new Literal("3"), c.properties().get("count"));
    assertEquals(new Literal("warn"), c.properties().get("onBrokenLinks"));
    assertTrue(c.properties().get("future") instanceof Opaque);
    assertTrue(c.properties().get("editUrl") instanceof Opaque);
    Arr presets = (Arr) c.properties().get("presets");
    Obj options = (Obj) ((Arr) presets.items().get(0)).items().get(1);
    assertEquals(new Literal("docs"), ((Obj) options.properties().get("docs")).properties()
        .get("path"));
  }

  @Test
  void readsTypeScriptWithoutSemicolonsThroughDefineConfig() {
    Obj c = JsConfig.read("""
        import { defineConfig } from 'vitepress'
        const hostname = 'https://vitepress.example'
        const prod = !!process.env.NETLIFY
        export default defineConfig({
          title: 'Docs',
          sitemap: { hostname },
          themeConfig: { sidebar: sidebar() } satisfies Theme,
          lastUpdated: true,
        })
        function sidebar(): Item[] { return [{ text: 'A', link: '/a' }] }
        """).orElseThrow();
    assertEquals(new Literal("Docs"), c.properties().get("title"));
    assertEquals(new Literal(true), c.properties().get("lastUpdated"));
    assertEquals(new Literal("https://vitepress.example"),
        ((Obj) c.properties().get("sitemap")).properties().get("hostname"));
    Obj theme = (Obj) c.properties().get("themeConfig");
    assertTrue(theme.properties().get("sidebar") instanceof Opaque);
  }

  @Test
  void aFileWithoutAnExportedObjectOrWithAnUnclosedStringHasNone() {
    assertEquals(Optional.empty(), JsConfig.read("export default makeConfig()"));
    assertEquals(Optional.empty(), JsConfig.read("export default { title: 'never closed }"));
    assertEquals(Optional.empty(), JsConfig.read(""));
  }
}
