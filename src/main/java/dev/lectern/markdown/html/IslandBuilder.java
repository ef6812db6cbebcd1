package dev.lectern.markdown.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Rebuilds a parsed {@link HtmlIsland} as syntax-tree nodes, keeping only what
 * {@link HtmlPolicy} allows: kept elements become {@link HtmlElement}s (or {@link RawImage}s and
 * {@link RawLink}s, so their URLs are resolved like Markdown's), text becomes text nodes
 * (escaped when rendered), placeholders get their Markdown node back. Since the output is
 * written from this tree, it is well-formed whatever the input was.
 */
final class IslandBuilder {
  private final HtmlIsland island;
  private final Removed removed;
  private final boolean inline;
  private final boolean inCell;
  private final boolean[] used;

  private IslandBuilder(HtmlIsland island, Removed removed, boolean inline, boolean inCell) {
    this.island = island;
    this.removed = removed;
    this.inline = inline;
    this.inCell = inCell;
    this.used = new boolean[island.slots().size()];
  }

  /** A node that collects the island's new nodes. */
  private static final class Holder extends CustomBlock {}

  /** One jsoup node to convert into children of {@code target}, {@code depth} elements deep. */
  private record Work(org.jsoup.nodes.Node source, Node target, int depth) {}

  /**
   * The island's nodes, in order.
   *
   * @param inline true for raw HTML inside a paragraph, heading or table cell, where block
   *     elements are unwrapped (but in a table cell)
   * @param inCell true for raw HTML in a table cell, which may hold any element: there block
   *     elements are kept (as inline nodes, since a cell holds no Markdown blocks)
   */
  static List<Node> build(HtmlIsland island, Removed removed, boolean inline, boolean inCell) {
    return new IslandBuilder(island, removed, inline, inCell).run();
  }

  private List<Node> run() {
    Holder root = new Holder();
    List<org.jsoup.nodes.Node> parsed = HtmlIsland.parser()
        .parseFragmentInput(island.html(), new Element("body"), HtmlPolicy.BASE);
    Deque<Work> work = new ArrayDeque<>();
    for (int i = parsed.size() - 1; i >= 0; i--) {
      work.push(new Work(parsed.get(i), root, 0));
    }
    while (!work.isEmpty()) {
      convert(work.pop(), root, work);
    }
    // Placeholders a raw-text element swallowed (an unclosed <textarea>): keep their Markdown.
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        place(island.slot(i), root);
      }
    }
    return inline ? children(root) : runs(root);
  }

  private static List<Node> children(Node parent) {
    List<Node> nodes = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      nodes.add(n);
    }
    return nodes;
  }

  /** Blocks as they are; each run of inline nodes between them in an {@link InlineRun}. */
  private static List<Node> runs(Node root) {
    List<Node> nodes = new ArrayList<>();
    InlineRun run = null;
    for (Node n : children(root)) {
      if (n instanceof org.commonmark.node.Block) {
        nodes.add(n);
        run = null;
      } else {
        if (run == null) {
          run = new InlineRun();
          run.setSourceSpans(n.getSourceSpans());
          nodes.add(run);
        }
        run.appendChild(n);
      }
    }
    return nodes;
  }

  private void convert(Work w, Holder root, Deque<Work> work) {
    if (w.source() instanceof TextNode text) {
      String s = text.getWholeText();
      if (!(w.target() == root && !inline && s.isBlank())) {
        w.target().appendChild(new Text(s));
      }
      return;
    }
    if (!(w.source() instanceof Element e)) {
      return;  // comments go silently; script data only lives in removed elements
    }
    String tag = e.normalName();
    int[] at = island.position(e.sourceRange().startPos());
    if (tag.equals(HtmlIsland.SLOT)) {
      placeSlot(e, w.target());
    } else if (HtmlPolicy.DROPPED_WITH_CONTENT.contains(tag)) {
      removed.add("<" + tag + ">", at[0], at[1]);
      for (Element slot : e.getElementsByTag(HtmlIsland.SLOT)) {
        placeSlot(slot, w.target());
      }
    } else if (!HtmlPolicy.allows(tag) || inline && !inCell && HtmlPolicy.BLOCKS.contains(tag)
        || w.depth() >= HtmlIsland.MAX_DEPTH) {
      if (w.depth() < HtmlIsland.MAX_DEPTH) {
        removed.add("<" + tag + ">" + (HtmlPolicy.allows(tag) ? " inside a paragraph" : ""),
            at[0], at[1]);
      }
      pushChildren(e, w.target(), w.depth(), work);
    } else {
      Node node = element(e, tag, at);
      if (node != null) {
        List<SourceSpan> span = List.of(SourceSpan.of(Math.max(0, at[0] - 1),
            Math.max(0, at[1] - 1), 1));
        node.setSourceSpans(span);
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
          c.setSourceSpans(span);
        }
        w.target().appendChild(node);
        if (!HtmlPolicy.VOID.contains(tag)) {
          pushChildren(e, node, w.depth() + 1, work);
        }
      }
    }
  }

  private static void pushChildren(Element e, Node target, int depth, Deque<Work> work) {
    for (int i = e.childNodeSize() - 1; i >= 0; i--) {
      work.push(new Work(e.childNode(i), target, depth));
    }
  }

  /** The node of a kept element, or null if nothing of it can be kept. */
  private Node element(Element e, String tag, int[] at) {
    Map<String, String> attributes = HtmlPolicy.attributes(e, removed, at[0], at[1]);
    if (tag.equals("img")) {
      String src = attributes.remove("src");
      if (src == null) {
        removed.add("<img> without a safe src", at[0], at[1]);
        return null;
      }
      String alt = attributes.remove("alt");
      List<UrlAttribute> urls = urls(attributes);
      RawImage image = new RawImage(src, attributes.remove("title"), attributes);
      if (alt != null && !alt.isEmpty()) {
        image.appendChild(new Text(alt));
      }
      urls.forEach(image::appendChild);
      return image;
    }
    // Markdown blocks may end up inside any element; the tree only lets blocks hold blocks.
    boolean block = !inline && (HtmlPolicy.BLOCKS.contains(tag) || holdsBlock(e));
    if (tag.equals("a") && attributes.containsKey("href") && !block) {
      String href = attributes.remove("href");
      return new RawLink(href, attributes.remove("title"), attributes);
    }
    String href = tag.equals("a") ? attributes.remove("href") : null;
    List<UrlAttribute> urls = urls(attributes);
    Node node = block ? new HtmlElementBlock(tag, attributes) : new HtmlElement(tag, attributes);
    if (href != null) {
      node.appendChild(new LinkAttribute(href));
    }
    urls.forEach(node::appendChild);
    return node;
  }

  /**
   * Takes the URL attributes ({@code src}, {@code poster}, {@code srcset}) out of
   * {@code attributes}, as nodes resolved like images.
   */
  private static List<UrlAttribute> urls(Map<String, String> attributes) {
    List<UrlAttribute> urls = new ArrayList<>();
    for (String key : List.of("src", "poster")) {
      String url = attributes.remove(key);
      if (url != null) {
        urls.add(new UrlAttribute(key, url, ""));
      }
    }
    String srcset = attributes.remove("srcset");
    if (srcset != null) {
      for (String candidate : srcset.split(",")) {
        String[] parts = candidate.strip().split("\\s+", 2);
        if (!parts[0].isEmpty()) {
          urls.add(new UrlAttribute("srcset", parts[0], parts.length > 1 ? parts[1] : ""));
        }
      }
    }
    return urls;
  }

  /** True if a block element or a Markdown block other than a paragraph is inside {@code e}. */
  private boolean holdsBlock(Element e) {
    for (Element d : e.getAllElements()) {
      String tag = d.normalName();
      if (d != e && HtmlPolicy.BLOCKS.contains(tag) && HtmlPolicy.allows(tag)) {
        return true;
      }
      if (d.normalName().equals(HtmlIsland.SLOT)) {
        Node slot = island.slot(number(d));
        if (slot instanceof org.commonmark.node.Block && !(slot instanceof Paragraph)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int number(Element placeholder) {
    try {
      return Integer.parseInt(placeholder.attr("n"));
    } catch (NumberFormatException notOurs) {
      return -1;
    }
  }

  private void placeSlot(Element placeholder, Node target) {
    int n = number(placeholder);
    if (n >= 0 && n < used.length && !used[n]) {
      used[n] = true;
      place(island.slot(n), target);
    }
  }

  /**
   * Puts a Markdown node under {@code target}: a paragraph inside a text-only element is
   * unwrapped, and a block is never put under an inline node.
   */
  private static void place(Node node, Node target) {
    boolean blockTarget = target instanceof org.commonmark.node.Block;
    if (node instanceof Paragraph && (!blockTarget
        || target instanceof RawElement r && HtmlPolicy.PHRASING_ONLY.contains(r.tag()))) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        target.appendChild(child);
        child = next;
      }
      return;
    }
    Node parent = target;
    while (node instanceof org.commonmark.node.Block
        && !(parent instanceof org.commonmark.node.Block)) {
      parent = parent.getParent();
    }
    parent.appendChild(node);
  }
}
