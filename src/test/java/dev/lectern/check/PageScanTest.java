package dev.lectern.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.check.PageFacts.PageLink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageScanTest {
  @Test
  void readsTagsAttributesEntitiesAndHiddenRegions() {
    PageScan scan = PageScan.of("""
        <!DOCTYPE html><html><head><title> A &amp; B </title>
        <meta property="og:url" content="https://x.org/a?b=1&amp;c=2">
        <script type="application/ld+json">{"a":"</p>"}</script></head>
        <body><!-- <h1>not a heading</h1> -->
        <h1 id=top class='x'>Title</h1>
        <p hidden>secret <a href="/hidden/">link</a></p>
        <div class="content"><p>One &lt;two&gt;<br/>three<a href='/x/#y' id="dup">x</a>
        <img src="a.png" srcset="b.png 2x, c.png 3x" alt="">
        </div><a name="anchor" href="#top">up</a>
        <template><p>never</p></template><textarea>typed</textarea></body></html>
        """);
    assertEquals("A & B", scan.title);
    assertEquals(1, scan.h1);
    assertEquals(List.of("{\"a\":\"</p>\"}"), scan.jsonLd);
    assertEquals(Set.of("top", "dup", "anchor"), scan.ids);
    assertEquals(List.of(
        new PageLink("https://x.org/a?b=1&c=2", "meta og:url", false),
        new PageLink("/hidden/", "a href", false),
        new PageLink("/x/#y", "a href", true),
        new PageLink("a.png", "img src", true),
        new PageLink("b.png", "img srcset", true),
        new PageLink("c.png", "img srcset", true),
        new PageLink("#top", "a href", false)), scan.links);
    assertEquals("TitleOne<two>threexuptyped", scan.visibleSqueezed());
  }

  /** Every page of the bundled guide: the scanner finds what a full HTML5 parser finds. */
  @Test
  void agreesWithJsoupOnEveryPageOfTheGuide() {
    Map<String, byte[]> files = Build.renderTree(
        BuildOptions.of(Path.of("").toAbsolutePath()).withoutGitDates()).files();
    List<String> differences = new ArrayList<>();
    files.forEach((file, bytes) -> {
      if (!file.endsWith(".html")) {
        return;
      }
      String html = new String(bytes, StandardCharsets.UTF_8);
      PageScan scan = PageScan.of(html);
      Document doc = Jsoup.parse(html);
      Set<String> ids = new HashSet<>();
      doc.select("[id]").forEach(e -> ids.add(e.id()));
      doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
      List<String> urls = new ArrayList<>();
      for (Element e : doc.select("a[href], link[href], img[src], script[src], "
          + "meta[property=og:url]")) {
        urls.add(e.hasAttr("content") ? e.attr("content")
            : e.hasAttr("href") ? e.attr("href") : e.attr("src"));
      }
      Document copy = doc.clone();
      copy.select("script, style, template, [hidden], head").remove();
      String visible = PageScan.squeeze(copy.body().text());
      check(differences, file, "title", doc.title(), scan.title);
      check(differences, file, "h1", doc.select("h1").size(), scan.h1);
      check(differences, file, "ids", ids, scan.ids);
      check(differences, file, "urls", urls, scan.links.stream().map(PageLink::url).toList());
      check(differences, file, "in content", doc.select(".content a[href], .content img[src]")
          .size(), (int) scan.links.stream().filter(PageLink::inContent).count());
      check(differences, file, "visible text", visible, scan.visibleSqueezed());
      check(differences, file, "json-ld", doc.select("script[type=application/ld+json]").stream()
          .map(Element::data).toList(), scan.jsonLd);
    });
    assertEquals(List.of(), differences);
  }

  private static void check(List<String> out, String file, String what, Object jsoup,
      Object scan) {
    if (!jsoup.equals(scan)) {
      out.add(file + " " + what + ": jsoup " + jsoup + " / scan " + scan);
    }
  }
}
