package dev.lectern.search;

import dev.lectern.search.SearchPage.PageInfo;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * The index's view of one page: its opening and each {@code ##} section become a document with
 * the page title, the section's headings, its FAQ and quiz questions, the page description (on
 * the opening only) and its text as fields. A pure function of the page: nothing of the parse
 * tree is kept.
 */
public final class PageIndexer {
  /** How much of a section's text results may quote. */
  static final int EXCERPT_CHARS = 280;

  private PageIndexer() {}

  /** The documents of a page written in Markdown. */
  public static SearchPage index(Node document, PageInfo info) {
    List<SearchDoc> docs = new ArrayList<>();
    for (PageSections.Part part : PageSections.of(document)) {
      SectionText text = new SectionText(info.code());
      part.nodes().forEach(text::add);
      boolean opening = part.id().isEmpty();
      String body = text.text();
      if (!opening && body.isBlank() && text.questions().isEmpty()) {
        continue;
      }
      DocTerms terms = new DocTerms()
          .add(Field.TITLE, info.title())
          .add(Field.HEADING, part.heading() + "\n" + text.headings())
          .add(Field.QUESTION, String.join("\n", text.questions()))
          .add(Field.DESCRIPTION, opening ? info.description() : "")
          .add(Field.BODY, body);
      String prose = squeeze(body, EXCERPT_CHARS + 1);
      String excerpt = opening && !info.description().isEmpty()
          ? info.description() + (prose.isEmpty() ? "" : " " + prose)
          : prose.isEmpty() ? String.join(" ", text.questions()) : prose;
      docs.add(terms.doc(part.id(), part.heading(), shorten(excerpt)));
    }
    return new SearchPage(info, List.copyOf(docs));
  }

  /**
   * The one document of a page Lectern writes itself (a tag's or a role's): found by its title
   * (weighed as a heading, below the titles of chapters) and description only, and quoting the
   * titles of the chapters it lists. Those titles are not its words: every tag page of a chapter
   * would otherwise match what the chapter matches.
   */
  public static SearchPage listing(PageInfo info, List<String> items) {
    SearchDoc doc = new DocTerms()
        .add(Field.HEADING, info.title())
        .add(Field.DESCRIPTION, info.description())
        .doc("", "", shorten(squeeze(info.description() + " " + String.join(" \u00b7 ", items),
            EXCERPT_CHARS + 1)));
    return new SearchPage(info, List.of(doc));
  }

  /**
   * The text with each run of white space made one space and none at either end, cut after
   * {@code limit} characters (only the start of a section is ever quoted).
   */
  static String squeeze(String text, int limit) {
    char[] chars = text.substring(0, (int) Math.min(text.length(), 2L * limit)).toCharArray();
    StringBuilder out = new StringBuilder(Math.min(chars.length, limit));
    boolean space = false;
    for (int i = 0; i < chars.length && out.length() < limit; i++) {
      char c = chars[i];
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** At most {@link #EXCERPT_CHARS} characters, cut at a space where there is one. */
  static String shorten(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
    if (cut <= EXCERPT_CHARS / 2) {
      cut = Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1
          : EXCERPT_CHARS;
    }
    return text.substring(0, cut);
  }
}
