package dev.lectern.check;

import dev.lectern.check.PageFacts.PageLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * One pass over a page's HTML collecting what the checks need: the {@code <title>}, the
 * {@code h1} count, JSON-LD scripts, ids, URLs (and whether each sits in the rendered Markdown,
 * {@code .content}), and the visible text (without head, script, style, template and
 * {@code hidden} elements). A tag scanner rather than a full HTML5 tree builder: the check stage
 * reads every page of the site, and building trees took a third of a build's CPU. It relies on
 * end tags to close elements (implied end tags such as a missing {@code </p>} are closed with
 * their parent), which is all the nesting these facts need.
 */
final class PageScan {
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
      "img", "input", "link", "meta", "source", "track", "wbr");
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
  private static final Set<String> UNSEEN = Set.of("head", "script", "style", "template");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code",
      "data", "dfn", "em", "i", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
      "strong", "sub", "sup", "time", "u", "var");

  int h1;
  String title = "";
  final List<String> jsonLd = new ArrayList<>();
  final Set<String> ids = new HashSet<>();
  final List<PageLink> links = new ArrayList<>();
  private final StringBuilder visible = new StringBuilder();
  private final Deque<Open> open = new ArrayDeque<>();
  private int hidden;
  private int content;

  /** An open element: its name and whether it started a hidden or content region. */
  private record Open(String name, boolean hides, boolean isContent) {}

  private final String html;
  private int pos;

  private PageScan(String html) {
    this.html = html;
  }

  static PageScan of(String html) {
    PageScan scan = new PageScan(html);
    scan.run();
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

  private void run() {
    int n = html.length();
    while (pos < n) {
      int lt = html.indexOf('<', pos);
      if (lt < 0) {
        text(pos, n);
        break;
      }
      text(pos, lt);
      pos = lt;
      if (html.startsWith("<!--", pos)) {
        int end = html.indexOf("-->", pos + 4);
        pos = end < 0 ? n : end + 3;
      } else if (html.startsWith("</", pos)) {
        endTag();
      } else if (pos + 1 < n && Character.isLetter(html.charAt(pos + 1))) {
        startTag();
      } else if (pos + 1 < n && (html.charAt(pos + 1) == '!' || html.charAt(pos + 1) == '?')) {
        int end = html.indexOf('>', pos);
        pos = end < 0 ? n : end + 1;
      } else {
        text(pos, pos + 1);
        pos++;
      }
    }
  }

  private void text(int from, int to) {
    if (hidden == 0 && from < to) {
      String run = html.substring(from, to);
      visible.append(run.indexOf('&') >= 0 ? Parser.unescapeEntities(run, false) : run);
    }
  }

  private void endTag() {
    int start = pos + 2;
    int i = start;
    while (i < html.length() && !isSpaceOrEnd(html.charAt(i))) {
      i++;
    }
    String name = html.substring(start, i).toLowerCase(Locale.ROOT);
    int gt = html.indexOf('>', i);
    pos = gt < 0 ? html.length() : gt + 1;
    boolean present = false;
    for (Open o : open) {
      if (o.name().equals(name)) {
        present = true;
        break;
      }
    }
    while (present && !open.isEmpty()) {
      Open closed = open.pop();
      close(closed);
      if (closed.name().equals(name)) {
        break;
      }
    }
    if (!INLINE.contains(name)) {
      visible.append(' ');
    }
  }

  private void close(Open element) {
    if (element.hides()) {
      hidden--;
    }
    if (element.isContent()) {
      content--;
    }
  }

  private void startTag() {
    int i = pos + 1;
    while (i < html.length() && !isSpaceOrEnd(html.charAt(i))) {
      i++;
    }
    String name = html.substring(pos + 1, i).toLowerCase(Locale.ROOT);
    Attributes attrs = new Attributes();
    i = attrs.read(html, i);
    pos = i;
    element(name, attrs);
    if (VOID.contains(name) || attrs.selfClosing) {
      if (name.equals("br")) {
        visible.append(' ');
      }
      return;
    }
    boolean hides = UNSEEN.contains(name) || attrs.has("hidden");
    boolean isContent = attrs.hasClass("content");
    if (RAW_TEXT.contains(name)) {
      int end = indexOfIgnoreCase("</" + name, pos);
      String raw = html.substring(pos, end < 0 ? html.length() : end);
      rawText(name, attrs, raw, hides);
      int gt = end < 0 ? -1 : html.indexOf('>', end);
      pos = gt < 0 ? html.length() : gt + 1;
      return;
    }
    if (!INLINE.contains(name)) {
      visible.append(' ');
    }
    open.push(new Open(name, hides, isContent));
    if (hides) {
      hidden++;
    }
    if (isContent) {
      content++;
    }
  }

  private void rawText(String name, Attributes attrs, String raw, boolean hides) {
    if (name.equals("title") && title.isEmpty()) {
      title = Parser.unescapeEntities(raw, false).strip().replaceAll("\\s+", " ");
    } else if (name.equals("script") && "application/ld+json".equals(attrs.get("type"))) {
      jsonLd.add(raw);
    } else if (name.equals("textarea") && hidden == 0 && !hides) {
      visible.append(Parser.unescapeEntities(raw, false));
    }
  }

  private void element(String name, Attributes attrs) {
    if (name.equals("h1")) {
      h1++;
    }
    String id = attrs.get("id");
    if (id != null && !id.isEmpty()) {
      ids.add(id);
    }
    if (name.equals("a") && attrs.get("name") != null) {
      ids.add(attrs.get("name"));
    }
    boolean inContent = content > 0;
    if (name.equals("meta")) {
      String property = attrs.get("property");
      if ("og:url".equals(property) || "og:image".equals(property)) {
        links.add(new PageLink(attrs.getOrEmpty("content"), "meta " + property, inContent));
      }
      return;
    }
    for (String attr : new String[] {"href", "src", "poster"}) {
      String url = attrs.get(attr);
      if (url != null && takesUrl(name, attr)) {
        links.add(new PageLink(url, name + " " + attr, inContent));
      }
    }
    String srcset = attrs.get("srcset");
    if (srcset != null && (name.equals("img") || name.equals("source"))) {
      for (String candidate : srcset.split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        if (!url.isEmpty()) {
          links.add(new PageLink(url, name + " srcset", inContent));
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

  private int indexOfIgnoreCase(String needle, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpaceOrEnd(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '>' || c == '/';
  }

  /** The attributes of one start tag, values decoded; later duplicates ignored, as browsers do. */
  private static final class Attributes {
    private final List<String> names = new ArrayList<>(4);
    private final List<String> values = new ArrayList<>(4);
    boolean selfClosing;

    /** Reads attributes from {@code i} to the tag's {@code >}; returns the index after it. */
    int read(String s, int i) {
      int n = s.length();
      while (i < n) {
        char c = s.charAt(i);
        if (c == '>') {
          return i + 1;
        }
        if (c == '/' && i + 1 < n && s.charAt(i + 1) == '>') {
          selfClosing = true;
          return i + 2;
        }
        if (Character.isWhitespace(c) || c == '/') {
          i++;
          continue;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '='
            && s.charAt(i) != '>' && !(s.charAt(i) == '/' && i + 1 < n && s.charAt(i + 1) == '>')) {
          i++;
        }
        String name = s.substring(start, i).toLowerCase(Locale.ROOT);
        while (i < n && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        String value = "";
        if (i < n && s.charAt(i) == '=') {
          i++;
          while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
          }
          if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            char quote = s.charAt(i);
            int end = s.indexOf(quote, i + 1);
            end = end < 0 ? n : end;
            value = s.substring(i + 1, end);
            i = Math.min(n, end + 1);
          } else {
            int vs = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
              i++;
            }
            value = s.substring(vs, i);
          }
          if (value.indexOf('&') >= 0) {
            value = Parser.unescapeEntities(value, true);
          }
        }
        if (!names.contains(name)) {
          names.add(name);
          values.add(value);
        }
      }
      return n;
    }

    String get(String name) {
      int i = names.indexOf(name);
      return i < 0 ? null : values.get(i);
    }

    String getOrEmpty(String name) {
      String v = get(name);
      return v == null ? "" : v;
    }

    boolean has(String name) {
      return names.contains(name);
    }

    boolean hasClass(String cls) {
      String classes = get("class");
      if (classes == null) {
        return false;
      }
      for (String c : classes.split("\\s+")) {
        if (c.equals(cls)) {
          return true;
        }
      }
      return false;
    }
  }
}
