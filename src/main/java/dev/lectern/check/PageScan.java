package dev.lectern.check;

import dev.lectern.check.PageFacts.PageLink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * One pass over a page's UTF-8 HTML collecting what the checks need: the {@code <title>}, the
 * {@code h1} count, JSON-LD scripts, ids, URLs (and whether each sits in the rendered Markdown,
 * {@code .content}), and the visible text (without head, script, style, template and
 * {@code hidden} elements). A tag scanner rather than a full HTML5 tree builder: the check stage
 * reads every page of the site, and building trees took a third of a build's CPU. It reads the
 * bytes as written, since all markup is ASCII, and decodes only the values it keeps. It relies on
 * end tags to close elements (implied end tags such as a missing {@code </p>} are closed with
 * their parent), which is all the nesting these facts need.
 */
final class PageScan {
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
      "img", "input", "link", "meta", "source", "track", "wbr");
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
  private static final Set<String> UNSEEN = Set.of("head", "script", "style", "template");
  private static final byte HIDES = 1;
  private static final byte IS_CONTENT = 2;

  int h1;
  String title = "";
  final List<String> jsonLd = new ArrayList<>();
  final Set<String> ids = new HashSet<>();
  final List<PageLink> links = new ArrayList<>();
  private final VisibleText visible = new VisibleText();
  private final TagAttributes attrs = new TagAttributes();
  /** The open elements, innermost last: names, and whether each hides or is the content. */
  private String[] openNames = new String[64];
  private byte[] openFlags = new byte[64];
  private int depth;
  private int hidden;
  private int content;

  private final byte[] html;
  private int pos;

  private PageScan(byte[] html) {
    this.html = html;
  }

  static PageScan of(byte[] html) {
    PageScan scan = new PageScan(html);
    scan.run();
    return scan;
  }

  static PageScan of(String html) {
    return of(html.getBytes(StandardCharsets.UTF_8));
  }

  /** The visible text with all whitespace left out, for comparing text laid out differently. */
  String visibleSqueezed() {
    return visible.squeezed();
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
    int n = html.length;
    while (pos < n) {
      int lt = TagAttributes.indexOf(html, (byte) '<', pos);
      text(pos, lt);
      pos = lt;
      if (lt >= n) {
        break;
      }
      if (startsWith("<!--", pos)) {
        int end = indexOf("-->", pos + 4);
        pos = end < 0 ? n : end + 3;
      } else if (pos + 1 < n && html[pos + 1] == '/') {
        endTag();
      } else if (pos + 1 < n && isLetter(html[pos + 1])) {
        startTag();
      } else if (pos + 1 < n && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
        pos = Math.min(n, TagAttributes.indexOf(html, (byte) '>', pos) + 1);
      } else {
        text(pos, pos + 1);
        pos++;
      }
    }
  }

  private void text(int from, int to) {
    if (hidden == 0 && from < to) {
      visible.appendRun(html, from, to);
    }
  }

  private void endTag() {
    int start = pos + 2;
    int i = nameEnd(start);
    String name = TagNames.name(html, start, i);
    pos = Math.min(html.length, TagAttributes.indexOf(html, (byte) '>', i) + 1);
    int match = depth - 1;
    while (match >= 0 && !openNames[match].equals(name)) {
      match--;
    }
    while (match >= 0 && depth > match) {
      depth--;
      if ((openFlags[depth] & HIDES) != 0) {
        hidden--;
      }
      if ((openFlags[depth] & IS_CONTENT) != 0) {
        content--;
      }
    }
  }

  private void startTag() {
    int i = nameEnd(pos + 1);
    String name = TagNames.name(html, pos + 1, i);
    pos = attrs.read(html, i);
    element(name);
    if (VOID.contains(name) || attrs.selfClosing) {
      return;
    }
    boolean hides = UNSEEN.contains(name) || attrs.has("hidden");
    if (RAW_TEXT.contains(name)) {
      int end = indexOfEndTag(name, pos);
      rawText(name, pos, end < 0 ? html.length : end, hides);
      pos = end < 0 ? html.length : Math.min(html.length,
          TagAttributes.indexOf(html, (byte) '>', end) + 1);
      return;
    }
    boolean isContent = attrs.hasClass("content");
    push(name, (byte) ((hides ? HIDES : 0) | (isContent ? IS_CONTENT : 0)));
    if (hides) {
      hidden++;
    }
    if (isContent) {
      content++;
    }
  }

  private void push(String name, byte flags) {
    if (depth == openNames.length) {
      openNames = Arrays.copyOf(openNames, depth * 2);
      openFlags = Arrays.copyOf(openFlags, depth * 2);
    }
    openNames[depth] = name;
    openFlags[depth] = flags;
    depth++;
  }

  private void rawText(String name, int from, int to, boolean hides) {
    if (name.equals("title") && title.isEmpty()) {
      title = Parser.unescapeEntities(decode(from, to), false).strip().replaceAll("\\s+", " ");
    } else if (name.equals("script") && "application/ld+json".equals(attrs.get("type"))) {
      jsonLd.add(decode(from, to));
    } else if (name.equals("textarea") && hidden == 0 && !hides) {
      visible.appendText(Parser.unescapeEntities(decode(from, to), false));
    }
  }

  private void element(String name) {
    if (name.equals("h1")) {
      h1++;
    }
    String id = attrs.get("id");
    if (id != null && !id.isEmpty()) {
      ids.add(id);
    }
    boolean inContent = content > 0;
    switch (name) {
      case "a" -> {
        String anchor = attrs.get("name");
        if (anchor != null) {
          ids.add(anchor);
        }
        link(name, "href", inContent);
      }
      case "link" -> link(name, "href", inContent);
      case "meta" -> {
        String property = attrs.get("property");
        if ("og:url".equals(property) || "og:image".equals(property)) {
          links.add(new PageLink(attrs.getOrEmpty("content"), "meta " + property, inContent));
        }
      }
      case "img", "source" -> {
        link(name, "src", inContent);
        srcset(name, inContent);
      }
      case "script", "iframe", "audio", "track" -> link(name, "src", inContent);
      case "video" -> {
        link(name, "src", inContent);
        link(name, "poster", inContent);
      }
      default -> { }
    }
  }

  // Every page repeats the theme's links (navigation, header, footer): their URLs and the
  // "tag attribute" labels are interned, so a large site holds each once (100,000 chapters held
  // 76 million links, most of them the same few thousand strings).
  private void link(String tag, String attr, boolean inContent) {
    String url = attrs.get(attr);
    if (url != null) {
      links.add(new PageLink(url.intern(), (tag + " " + attr).intern(), inContent));
    }
  }

  private void srcset(String tag, boolean inContent) {
    String srcset = attrs.get("srcset");
    if (srcset == null) {
      return;
    }
    for (String candidate : srcset.split(",")) {
      String url = candidate.strip().split("\\s+")[0];
      if (!url.isEmpty()) {
        links.add(new PageLink(url.intern(), (tag + " srcset").intern(), inContent));
      }
    }
  }

  private String decode(int from, int to) {
    return new String(html, from, to - from, StandardCharsets.UTF_8);
  }

  private int nameEnd(int i) {
    while (i < html.length && !isSpaceOrEnd(html[i])) {
      i++;
    }
    return i;
  }

  private boolean startsWith(String ascii, int at) {
    if (at + ascii.length() > html.length) {
      return false;
    }
    for (int j = 0; j < ascii.length(); j++) {
      if (html[at + j] != ascii.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(String ascii, int from) {
    for (int i = from; i + ascii.length() <= html.length; i++) {
      if (html[i] == ascii.charAt(0) && startsWith(ascii, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Where {@code </name} starts, in any case, from {@code from}; -1 if nowhere. */
  private int indexOfEndTag(String name, int from) {
    for (int i = TagAttributes.indexOf(html, (byte) '<', from); i < html.length;
        i = TagAttributes.indexOf(html, (byte) '<', i + 1)) {
      if (i + 1 + name.length() < html.length && html[i + 1] == '/'
          && TagNames.name(html, i + 2, i + 2 + name.length()).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpaceOrEnd(byte c) {
    return TagAttributes.isSpace(c) || c == '>' || c == '/';
  }
}
