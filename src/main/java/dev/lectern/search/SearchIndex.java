package dev.lectern.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;
import dev.lectern.site.Page;
import dev.lectern.site.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The search index of a site: an entry per section of every chapter and one per section landing
 * and home page, as compact JSON ({@code {"version":1,"fields":[…],"entries":[[…],…]}}) that
 * the theme's {@code search.js} feeds to its search library. Text is reduced to each section's
 * distinct words without common English stop words, which keeps the bundled guide's index small
 * without losing any searchable word.
 */
public final class SearchIndex {
  /** The index's name below {@code assets/}. */
  public static final String ASSET = "search-index.json";

  private static final int EXCERPT_CHARS = 140;
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from",
      "has", "have", "if", "in", "into", "is", "it", "its", "of", "on", "or", "so", "than",
      "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
      "was", "we", "were", "what", "when", "which", "while", "who", "will", "with", "you",
      "your");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of("url", "page", "heading", "excerpt", "questions", "description", "terms");

  private SearchIndex() {}

  /**
   * The index as UTF-8 JSON. Each page's rows are a function of its parsed Markdown, URL and
   * front matter, and are remembered in {@code memo} under their fingerprint.
   */
  public static byte[] json(Site site, Map<String, ParsedMarkdown> documents, Memo memo) {
    MemoTable<byte[]> table = memo.table("search rows");
    // Pages marked unlisted, or left out of search in front matter, are not indexed.
    List<byte[]> rows = site.allPages().parallelStream().filter(page -> page.meta().options()
        .searchable() && !page.meta().options().unlisted()).map(page -> {
      String url = site.config().url(page.sitePath());
      ParsedMarkdown parsed = documents.get(page.contentPath());
      return table.get(Digester.of("search rows", parsed, url, page.meta()), new Diagnostics(),
          ignored -> rowsJson(entries(page, parsed, url)).getBytes(StandardCharsets.UTF_8));
    }).toList();
    // {"version":1,"fields":[…],"stopWords":[…],"entries":[row,…]}: each page's rows are UTF-8
    // JSON already, copied in between the generator's "[" and "]" (the generator, seeing no
    // values, writes no commas of its own).
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(
        rows.stream().mapToInt(r -> r.length + 1).sum() + 4096);
    try (JsonGenerator out = JSON.getFactory().createGenerator(bytes)) {
      out.writeStartObject();
      out.writeNumberField("version", 1);
      out.writeObjectField("fields", FIELDS);
      out.writeObjectField("stopWords", new TreeSet<>(STOP_WORDS));
      out.writeArrayFieldStart("entries");
      out.flush();
      boolean first = true;
      for (byte[] pageRows : rows) {
        if (pageRows.length > 0) {
          if (!first) {
            bytes.write(',');
          }
          bytes.write(pageRows);
          first = false;
        }
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("search index is plain data", e);
    }
    return bytes.toByteArray();
  }

  private static String rowsJson(List<SearchEntry> entries) {
    List<String> rows = new ArrayList<>();
    try {
      for (SearchEntry e : entries) {
        rows.add(JSON.writeValueAsString(List.of(e.url(), e.page(), e.heading(), e.excerpt(),
            String.join("\n", e.questions()), e.description(), String.join(" ", e.terms()))));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("search index is plain data", e);
    }
    return String.join(",", rows);
  }

  private static List<SearchEntry> entries(Page page, ParsedMarkdown parsed, String url) {
    String title = page.meta().title();
    List<SearchEntry> entries = new ArrayList<>();
    for (PageSections.Part part : PageSections.of(parsed.document())) {
      SectionText text = new SectionText();
      part.nodes().forEach(text::add);
      boolean opening = part.id().isEmpty();
      if (!opening && text.text().isBlank() && text.questions().isEmpty()) {
        continue;
      }
      String excerpt = text.excerpt().isEmpty() && !text.questions().isEmpty()
          ? text.questions().get(0) : text.excerpt();
      entries.add(new SearchEntry(opening ? url : url + "#" + part.id(), title, part.heading(),
          shorten(excerpt), List.copyOf(text.questions()),
          opening ? page.meta().description() : "", terms(text.text())));
    }
    return entries;
  }

  /** A letter or a number of any kind: what {@code \p{L}} and {@code \p{N}} match. */
  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Distinct lower-case words of {@code text} without stop words, sorted: sorted lists compress
   * 6 % better than words in order of use, and order means nothing to the search. Letters and
   * numbers of any kind make words, as search.js splits queries. Split by hand: a regex split
   * over every section of a large site cost more than the rest of the index.
   */
  static List<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    char[] chars = text.toCharArray();
    int n = chars.length;
    int start = -1;
    for (int i = 0; i <= n; ) {
      char c = i < n ? chars[i] : ' ';
      int cp = Character.isHighSurrogate(c) ? Character.codePointAt(chars, i) : c;
      boolean wordChar = i < n && isWordChar(cp);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        String word = new String(chars, start, i - start).toLowerCase(Locale.ROOT);
        if (word.length() > 1 && !STOP_WORDS.contains(word)) {
          terms.add(word);
        }
        start = -1;
      }
      i += i < n ? Character.charCount(cp) : 1;
    }
    List<String> sorted = new ArrayList<>(terms);
    Collections.sort(sorted);
    return List.copyOf(sorted);
  }

  private static String shorten(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXCERPT_CHARS - 1);
    return text.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS - 1) + "…";
  }
}
