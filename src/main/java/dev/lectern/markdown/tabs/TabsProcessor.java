package dev.lectern.markdown.tabs;

import dev.lectern.api.ContainerBlock;
import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.markdown.HeadingSlugger;
import dev.lectern.markdown.PlainText;
import dev.lectern.markdown.blocks.SlashBlock;
import dev.lectern.markdown.container.ContainerWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Turns every dialect's tabs into {@link TabSet}s of {@link TabPanel}s: pymdownx.blocks'
 * {@code /// tab | Label} ({@code new: true}, {@code select: true}), VitePress'
 * {@code ::: code-group} (each fence's {@code [label]} names its tab), and runs of adjacent
 * panels ({@code === "Label"}, {@code /// tab}) grouped into one set unless a panel starts a new
 * one. Then gives each panel an id unique on the page and its label the heading level one below
 * the heading the tabs follow. Runs before the code blocks are made, so fences keep their info
 * string.
 */
final class TabsProcessor implements PageProcessor {
  static final String CODE_GROUP = "code-group";
  private static final Pattern FENCE_LABEL = Pattern.compile("\\[([^\\]]*)\\]");

  @Override
  public void process(Document document, PageContext page) {
    List<Node> found = new ArrayList<>();
    collect(document, found);
    for (Node n : found) {
      if (n instanceof SlashBlock b) {
        fromBlock(b, page);
      } else if (n instanceof ContainerBlock c) {
        fromCodeGroup(c, page);
      }
    }
    group(document);
    new Placement(ContainerWalker.idsOf(document), page).walk(document);
  }

  private static void collect(Node node, List<Node> found) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SlashBlock b && b.name().equals("tab")
          || n instanceof ContainerBlock c && c.kind().equals(CODE_GROUP)) {
        found.add(n);
      }
      collect(n, found);
    }
  }

  private static void fromBlock(SlashBlock b, PageContext page) {
    b.reportIfUnclosed(page);
    if (b.argument().isEmpty()) {
      page.warning(b, "'" + b.header() + "' has no label", "name the tab: '"
          + b.header() + " | Label'");
    }
    TabPanel panel = new TabPanel(b.argument(), b.flag("select"), b.flag("new"));
    moveChildren(b, panel);
    replace(b, panel);
  }

  private static void fromCodeGroup(ContainerBlock c, PageContext page) {
    if (!c.isClosed()) {
      page.warning(c, "'::: code-group' is never closed; it runs to the end of the page or of "
          + "the block around it", "end it with a line holding only ':::'");
    }
    TabSet set = new TabSet("");
    TabPanel current = null;
    Node child = c.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if (child instanceof FencedCodeBlock fence) {
        current = new TabPanel(fenceLabel(fence), false, false);
        current.setSourceSpans(fence.getSourceSpans());
        set.appendChild(current);
      } else if (current == null) {
        page.warning(child, "text before the first code block of a '::: code-group'",
            "a code group holds only fenced code blocks, each with its [label]");
        current = new TabPanel("", false, false);
        set.appendChild(current);
      }
      current.appendChild(child);
      child = next;
    }
    replace(c, set);
  }

  /** The {@code [label]} of a fence's info string, else its language. */
  static String fenceLabel(FencedCodeBlock fence) {
    String info = fence.getInfo() == null ? "" : fence.getInfo();
    Matcher m = FENCE_LABEL.matcher(info);
    if (m.find()) {
      return m.group(1).strip();
    }
    String[] words = info.strip().split("[\\s{]", 2);
    return words[0];
  }

  /** Wraps each run of adjacent loose panels in a set; a panel marked new starts another. */
  private static void group(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      if (child instanceof TabPanel first && !(node instanceof TabSet)) {
        TabSet set = new TabSet("");
        set.setSourceSpans(first.getSourceSpans());
        first.insertBefore(set);
        Node n = first;
        while (n instanceof TabPanel p && (n == first || !p.startsGroup())) {
          Node next = n.getNext();
          set.appendChild(n);
          n = next;
        }
        child = set;
      }
      group(child);
      child = child.getNext();
    }
  }

  private static void moveChildren(Node from, Node to) {
    Node child = from.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      to.appendChild(child);
      child = next;
    }
  }

  private static void replace(Node old, Node with) {
    with.setSourceSpans(old.getSourceSpans());
    if (with.getFirstChild() == null) {
      moveChildren(old, with);
    }
    old.insertAfter(with);
    old.unlink();
  }

  /** Ids, label levels and group names, in document order. */
  private static final class Placement {
    private final HeadingSlugger ids;
    private final PageContext page;
    private int headingLevel = 1;

    Placement(HeadingSlugger ids, PageContext page) {
      this.ids = ids;
      this.page = page;
    }

    void walk(Node node) {
      for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Heading h) {
          headingLevel = h.getLevel();
        } else if (n instanceof TabSet set) {
          place(set);
        }
        walk(n);
      }
    }

    private void place(TabSet set) {
      if (!set.isClosed()) {
        page.warning(set, "'<Tabs>' is never closed; it runs to the end of the page",
            "end it with a line holding only '</Tabs>'");
      }
      List<String> labels = new ArrayList<>();
      int above = set.getParent() instanceof TabPanel outer ? outer.level() : headingLevel;
      int level = Math.min(Math.max(above, 1) + 1, 6);
      for (Node n = set.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof TabPanel p) {
          if (p.getFirstChild() instanceof TabLabel label) {
            p.setLabel(PlainText.of(label));
          }
          if (p.label().isEmpty()) {
            p.setLabel("Tab " + (labels.size() + 1));
          }
          if (!p.isClosed()) {
            page.warning(p, "'<TabItem>' is never closed", "end it with a line holding only "
                + "'</TabItem>'");
          }
          labels.add(p.label());
          p.place(ids.slug("tab-" + HeadingSlugger.slugify(p.label())), level);
        }
      }
      if (labels.isEmpty()) {
        page.warning(set, "tabs without any tab", "put each tab in a '<TabItem label=\"…\">'");
      }
      if (set.group().isEmpty()) {
        set.setGroup(String.join("|", labels));
      }
    }
  }
}
