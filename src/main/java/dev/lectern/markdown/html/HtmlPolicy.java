package dev.lectern.markdown.html;

import dev.lectern.markdown.UrlSafety;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML may keep: the tags and attributes of an explicit allowlist, decided by jsoup's
 * {@link Safelist} (the same checks its {@code Cleaner} makes, URL schemes included), plus the
 * checks the safelist cannot make ({@code srcset} candidates). Everything else is removed and
 * named in {@link Removed}: script-running elements with their content, other tags keeping
 * their content.
 */
final class HtmlPolicy {
  /** The base every relative URL is resolved against, so the safelist can check its scheme. */
  static final String BASE = "https://relative.invalid/";

  /** Elements removed together with everything inside them. */
  static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "iframe", "object",
      "embed", "applet", "form", "noscript", "template", "svg", "math", "textarea", "select",
      "button", "input", "frameset", "frame", "noembed", "noframes", "xmp", "plaintext", "title",
      "base", "link", "meta", "head", "portal", "fencedframe", "dialog");

  /** Allowed elements that are blocks, as opposed to inline (phrasing) content. */
  static final Set<String> BLOCKS = Set.of("blockquote", "caption", "col", "colgroup", "dd",
      "details", "div", "dl", "dt", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr",
      "li", "ol", "p", "pre", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
      "ul");

  /** Elements that never have content. */
  static final Set<String> VOID = Set.of("br", "wbr", "hr", "img", "source", "col", "track");

  /** Elements whose content is text only: a Markdown paragraph inside one is unwrapped. */
  static final Set<String> PHRASING_ONLY = Set.of("p", "h2", "h3", "h4", "h5", "h6", "summary",
      "span", "a", "sup", "sub", "kbd", "mark", "abbr", "em", "strong", "b", "i", "u", "s",
      "small", "code", "cite", "q", "dt", "figcaption", "caption", "pre", "del", "ins", "var",
      "samp", "dfn", "time", "bdi");

  private static final Safelist SAFELIST = new Safelist()
      .addTags("a", "abbr", "b", "bdi", "br", "cite", "code", "del", "dfn", "em", "i", "img",
          "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
          "u", "var", "wbr", "picture", "source", "video", "audio", "track")
      .addTags(BLOCKS.toArray(String[]::new))
      .addAttributes(":all", "id", "class", "title", "lang", "dir", "align", "role",
          "aria-label", "aria-hidden", "aria-describedby")
      .addAttributes("a", "href", "target")
      .addAttributes("img", "src", "alt", "width", "height", "loading", "decoding", "srcset",
          "sizes")
      .addAttributes("source", "src", "srcset", "type", "media", "sizes", "width", "height")
      .addAttributes("video", "src", "controls", "width", "height", "poster", "muted", "loop",
          "playsinline", "preload")
      .addAttributes("audio", "src", "controls", "muted", "loop", "preload")
      .addAttributes("track", "src", "kind", "srclang", "label", "default")
      .addAttributes("details", "open")
      .addAttributes("ol", "start", "type", "reversed")
      .addAttributes("li", "value")
      .addAttributes("td", "colspan", "rowspan", "headers")
      .addAttributes("th", "colspan", "rowspan", "headers", "scope", "abbr")
      .addAttributes("col", "span")
      .addAttributes("colgroup", "span")
      .addAttributes("time", "datetime")
      .addAttributes("q", "cite").addAttributes("blockquote", "cite")
      .addAttributes("del", "cite", "datetime").addAttributes("ins", "cite", "datetime")
      .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
      .addProtocols("img", "src", "http", "https")
      .addProtocols("source", "src", "http", "https")
      .addProtocols("video", "src", "http", "https")
      .addProtocols("video", "poster", "http", "https")
      .addProtocols("audio", "src", "http", "https")
      .addProtocols("track", "src", "http", "https")
      .addProtocols("q", "cite", "http", "https")
      .addProtocols("blockquote", "cite", "http", "https")
      .addProtocols("del", "cite", "http", "https")
      .addProtocols("ins", "cite", "http", "https")
      .preserveRelativeLinks(true);

  private HtmlPolicy() {}

  /** True if {@code tag} (lower-case) may be kept. */
  static boolean allows(String tag) {
    return SAFELIST.isSafeTag(tag);
  }

  /**
   * The attributes of {@code element} that may be kept, in the order written, with
   * {@code align} turned into a class (HTML5 made it obsolete) and {@code name} on links into
   * an id; what was dropped goes to {@code removed}.
   */
  static Map<String, String> attributes(Element element, Removed removed, int line,
      int column) {
    String tag = element.normalName();
    Map<String, String> kept = new LinkedHashMap<>();
    for (Attribute attribute : element.attributes()) {
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      if (key.equals("markdown")) {
        continue;  // Python-Markdown's "parse Markdown in here": Lectern always does
      } else if (tag.equals("a") && key.equals("name") && !element.hasAttr("id")) {
        kept.put("id", attribute.getValue());
      } else if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
        removed.add(describe(tag, key, attribute.getValue()), line, column);
      } else if (key.equals("srcset") && !safeSrcset(attribute.getValue())) {
        removed.add("a srcset with an unsafe URL", line, column);
      } else if (key.equals("align")) {
        String align = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        if (align.matches("left|center|right")) {
          kept.merge("class", "align-" + align, (a, b) -> a + " " + b);
        }
      } else if (key.equals("class")) {
        kept.merge("class", attribute.getValue(), (a, b) -> b + " " + a);
      } else {
        kept.put(key, attribute.getValue());
      }
    }
    if ("_blank".equals(kept.get("target"))) {
      kept.put("rel", "noopener");  // the opened page may not script this one
    }
    return kept;
  }

  /** How a removed attribute is named in the warning. */
  private static String describe(String tag, String key, String value) {
    boolean url = key.equals("href") || key.equals("src") || key.equals("poster")
        || key.equals("cite");
    if (url && SAFELIST.isSafeAttribute(tag, new Element(tag).attr(key, BASE),
        new Attribute(key, BASE))) {
      String scheme = UrlSafety.scheme(value);
      return "'" + (scheme.isEmpty() ? value.strip() : scheme + ":") + "' URL";
    }
    return key;
  }

  /** Every candidate of a {@code srcset} is a relative or http(s) URL. */
  static boolean safeSrcset(String srcset) {
    for (String candidate : srcset.split(",")) {
      String url = candidate.strip().split("\\s+")[0];
      String scheme = UrlSafety.scheme(url);
      if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https")) {
        return false;
      }
    }
    return true;
  }
}
