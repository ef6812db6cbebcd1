package dev.lectern.check;

import dev.lectern.check.PageFacts.PageLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over a parsed page collecting what the checks need: the {@code h1} count, JSON-LD
 * scripts, ids, URLs (and whether each is in the rendered Markdown, {@code .content}), and the
 * visible text (without script, style, template, {@code hidden} elements and {@code head}).
 * One walk instead of a selector query per fact: the check stage parses every page of the site.
 */
final class PageScan implements NodeVisitor {
  private static final String[] URL_ATTRIBUTES = {"href", "src", "poster"};

  int h1;
  final List<String> jsonLd = new ArrayList<>();
  final Set<String> ids = new HashSet<>();
  final List<PageLink> links = new ArrayList<>();
  private final StringBuilder visible = new StringBuilder();
  private int contentDepth = -1;
  private int hiddenDepth = -1;

  static PageScan of(Document doc) {
    PageScan scan = new PageScan();
    NodeTraversor.traverse(scan, doc);
    return scan;
  }

  /** The visible text with all whitespace left out, for comparing text laid out differently. */
  String visibleSqueezed() {
    return squeeze(visible);
  }

  static String squeeze(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      if (hiddenDepth < 0) {
        visible.append(text.text());
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (hiddenDepth < 0 && (tag.equals("script") || tag.equals("style")
        || tag.equals("template") || tag.equals("head") || e.hasAttr("hidden"))) {
      hiddenDepth = depth;
    }
    if (contentDepth < 0 && e.hasClass("content")) {
      contentDepth = depth;
    }
    if (tag.equals("h1")) {
      h1++;
    }
    if (!e.id().isEmpty()) {
      ids.add(e.id());
    }
    if (tag.equals("a") && e.hasAttr("name")) {
      ids.add(e.attr("name"));
    }
    if (tag.equals("script") && "application/ld+json".equals(e.attr("type"))) {
      jsonLd.add(e.data());
    }
    collectUrls(e, tag);
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (depth == hiddenDepth) {
        hiddenDepth = -1;
      }
      if (depth == contentDepth) {
        contentDepth = -1;
      }
      if (e.isBlock() || e.normalName().equals("br")) {
        visible.append(' ');
      }
    }
  }

  private void collectUrls(Element e, String tag) {
    boolean inContent = contentDepth >= 0;
    if (tag.equals("meta")) {
      String property = e.attr("property");
      if (property.equals("og:url") || property.equals("og:image")) {
        links.add(new PageLink(e.attr("content"), "meta " + property, inContent));
      }
      return;
    }
    for (String attr : URL_ATTRIBUTES) {
      if (e.hasAttr(attr) && takesUrl(tag, attr)) {
        links.add(new PageLink(e.attr(attr), tag + " " + attr, inContent));
      }
    }
    if (e.hasAttr("srcset") && (tag.equals("img") || tag.equals("source"))) {
      for (String candidate : e.attr("srcset").split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        if (!url.isEmpty()) {
          links.add(new PageLink(url, tag + " srcset", inContent));
        }
      }
    }
  }

  private static boolean takesUrl(String tag, String attr) {
    return switch (attr) {
      case "href" -> tag.equals("a") || tag.equals("link");
      case "src" -> switch (tag) {
        case "img", "script", "iframe", "source", "video", "audio", "track" -> true;
        default -> false;
      };
      default -> tag.equals("video");
    };
  }
}
