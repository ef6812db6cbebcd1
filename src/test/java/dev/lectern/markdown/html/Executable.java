package dev.lectern.markdown.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Finds what could run script in parsed HTML: script elements (other than the allowed ones and
 * JSON-LD), frames, objects, embeds, forms, SVG and MathML, event-handler attributes, styles,
 * refreshes, and URL attributes whose scheme, after entity decoding and the characters browsers
 * ignore, is javascript:, vbscript: or data: (images aside).
 */
final class Executable {
  private static final Set<String> ELEMENTS = Set.of("iframe", "frame", "frameset", "object",
      "embed", "applet", "form", "base", "svg", "math", "isindex", "keygen", "style", "link",
      "meta", "template", "portal", "noscript", "xss", "button", "input", "textarea");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action",
      "formaction", "xlink:href", "poster", "background", "data", "cite", "lowsrc", "dynsrc",
      "srcdoc", "codebase", "srcset");

  private Executable() {}

  /**
   * What could run in {@code root}'s subtree, as readable findings.
   *
   * @param allowedScripts the {@code src} or text of script elements that may be there
   * @param strictElements whether elements such as forms and styles count (not in a theme's
   *     head and search box)
   */
  static List<String> findings(Element root, Set<String> allowedScripts, boolean strictElements) {
    List<String> found = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script")) {
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        String key = e.hasAttr("src") ? e.attr("src") : e.data();
        if (!type.equals("application/ld+json") && !allowedScripts.contains(key)) {
          found.add("script element: " + e.outerHtml());
        }
      } else if (strictElements && ELEMENTS.contains(tag)) {
        found.add("element <" + tag + ">: " + e.outerHtml());
      }
      if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
        found.add("refresh: " + e.outerHtml());
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          found.add("event handler " + key + " on <" + tag + ">");
        } else if (strictElements && key.equals("style")) {
          found.add("style attribute on <" + tag + ">: " + a.getValue());
        } else if (URL_ATTRIBUTES.contains(key) && dangerous(key, a.getValue())) {
          found.add("URL " + key + "=\"" + a.getValue() + "\" on <" + tag + ">");
        }
      }
    }
    return found;
  }

  private static boolean dangerous(String key, String value) {
    if (key.equals("srcset")) {
      for (String candidate : value.split(",")) {
        if (dangerous("src", candidate.strip().split("\\s+")[0])) {
          return true;
        }
      }
      return false;
    }
    // Browsers skip leading control characters and spaces and drop tabs and newlines anywhere.
    StringBuilder s = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c > ' ' && c != '\u007f') {
        s.append(Character.toLowerCase(c));
      }
    }
    String url = s.toString();
    return url.startsWith("javascript:") || url.startsWith("vbscript:")
        || url.startsWith("data:") && !url.matches("data:image/(png|gif|jpeg|webp)[;,].*")
        || url.startsWith("livescript:") || url.startsWith("mocha:");
  }
}
