package dev.lectern.api;

import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/** What a {@link PageProcessor} knows about the page it processes, and how it reports. */
public interface PageContext {

  /** The page's file relative to the site's folder, for messages ({@code content/a/b.md}). */
  String file();

  /** The page's path below the content folder ({@code a/b.md}). */
  String contentPath();

  /** Line {@code number} (1-based) of the page's file, without its line break; "" past the end. */
  String line(int number);

  /** Reports an error at the start of {@code node}. */
  void error(Node at, String message, String hint);

  /** Reports a warning at the start of {@code node}. */
  void warning(Node at, String message, String hint);

  /** Reports an error at a line and column (1-based) of the page's file. */
  void error(int line, int column, String message, String hint);

  /** Reports a warning at a line and column (1-based) of the page's file. */
  void warning(int line, int column, String message, String hint);

  /**
   * Reads a file of the site as UTF-8 text: {@code path} is relative to the page's folder, or
   * to the site's folder when it starts with '/'. Empty when there is no such file or the path
   * leaves the site. The page depends on what it read: when the file changes, the page is
   * parsed again.
   */
  Optional<String> readFile(String path);

  /**
   * Parses {@code markdown} with the site's Markdown syntax (the parsers and post-processors of
   * every extension; no page processor runs on it), for a processor that puts Markdown from
   * elsewhere into the page, such as an included file: the processors after it see the
   * inserted nodes as part of the page. Positions in the result are those of
   * {@code markdown}'s own lines: give the nodes the position they are inserted at.
   */
  Document parse(String markdown);

  /** Records data about the page for renderers, templates and output generators. */
  <T> void put(DataKey<T> key, T value);
}
