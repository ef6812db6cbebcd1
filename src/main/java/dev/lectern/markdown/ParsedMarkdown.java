package dev.lectern.markdown;

import dev.lectern.api.DataKey;
import dev.lectern.content.SourcePage;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Fingerprinted;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A page's Markdown parsed: the {@link ParseRecord} every later stage reads, and the commonmark
 * syntax tree, which only a page's own render (and its search entry) reads. Nothing changes the
 * tree after the parse stage. A page known from an earlier build's cache files has its record at
 * once and its tree only when something asks for it: it is parsed again then, from the same
 * source and included files, into the same tree.
 */
public final class ParsedMarkdown implements Fingerprinted {
  /**
   * The syntax tree and what was taken out of it or found in it.
   *
   * @param title the title heading, no longer in the document
   * @param links the link and image nodes, in the order of the record's links
   */
  public record Tree(Document document, Optional<Heading> title, List<Node> links) {}

  private final ParseRecord record;
  private final Supplier<Tree> parse;
  private volatile Tree tree;

  private ParsedMarkdown(ParseRecord record, Tree tree, Supplier<Tree> parse) {
    this.record = record;
    this.tree = tree;
    this.parse = parse;
  }

  /** A page just parsed. */
  public static ParsedMarkdown of(ParseRecord record, Tree tree) {
    return new ParsedMarkdown(record, tree, () -> tree);
  }

  /** A page known from its record, whose tree {@code parse} makes when first asked for. */
  public static ParsedMarkdown later(ParseRecord record, Supplier<Tree> parse) {
    return new ParsedMarkdown(record, null, parse);
  }

  /** What later stages read of the page: a value that can be stored. */
  public ParseRecord record() {
    return record;
  }

  public SourcePage source() {
    return record.source();
  }

  public List<TocEntry> headings() {
    return record.headings();
  }

  public int words() {
    return record.words();
  }

  public String summary() {
    return record.summary();
  }

  public List<LinkRef> links() {
    return record.links();
  }

  public PageData data() {
    return record.data();
  }

  public <T> Optional<T> data(DataKey<T> key) {
    return record.data().get(key);
  }

  public Optional<TitleHeading> title() {
    return record.title();
  }

  @Override
  public Fingerprint fingerprint() {
    return record.fingerprint();
  }

  /** The syntax tree: read it, never change it. */
  public Document document() {
    return tree().document();
  }

  /** The title heading's node, if the page has one. */
  public Optional<Heading> titleNode() {
    return tree().title();
  }

  /** The link and image nodes, in the order of {@link #links()}. */
  public List<Node> linkNodes() {
    return tree().links();
  }

  /** The syntax tree with its title and link nodes, parsed now if it was not yet. */
  public Tree tree() {
    Tree t = tree;
    if (t == null) {
      synchronized (this) {
        if (tree == null) {
          tree = parse.get();
        }
        t = tree;
      }
    }
    return t;
  }
}
