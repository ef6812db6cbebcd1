package dev.lectern.markdown.admonition;

import dev.lectern.api.ContainerBlock;
import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.markdown.blocks.SlashBlock;
import dev.lectern.markdown.callout.Callout;
import dev.lectern.markdown.callout.CalloutType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/**
 * Turns the admonitions of the fenced dialects into {@link Callout}s: Docusaurus, VitePress and
 * Starlight containers ({@code :::tip Title}, {@code :::warning[Title]},
 * {@code ::: details Title {open}}) and pymdownx.blocks ({@code /// note | Title},
 * {@code /// admonition | Title} with a {@code type:} option, {@code /// details | Title} with
 * {@code open: true}). A block never closed is reported and still converted.
 */
final class AdmonitionProcessor implements PageProcessor {
  /** Containers named {@code :::faq} are Lectern's FAQ blocks, not question admonitions. */
  private static final Set<String> NOT_IN_CONTAINERS = Set.of("faq");
  private static final Pattern OPEN = Pattern.compile("(?:^|\\s)open(?:\\s*=\\s*\"?true\"?)?(?:\\s|$)");

  /** The {@code :::kind}s this processor converts. */
  static Set<String> containerKinds() {
    Set<String> kinds = new TreeSet<>(CalloutType.names());
    kinds.removeAll(NOT_IN_CONTAINERS);
    return kinds;
  }

  @Override
  public void process(Document document, PageContext page) {
    List<Node> found = new ArrayList<>();
    collect(document, found);
    for (Node n : found) {
      if (n instanceof ContainerBlock c) {
        replace(c, fromContainer(c, page));
      } else {
        replace(n, fromBlock((SlashBlock) n, page));
      }
    }
  }

  private static void collect(Node node, List<Node> found) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ContainerBlock c && containerKinds().contains(c.kind())
          || n instanceof SlashBlock b && isAdmonition(b.name())) {
        found.add(n);
      }
      collect(n, found);
    }
  }

  private static boolean isAdmonition(String name) {
    return name.equals("admonition") || CalloutType.of(name).isPresent();
  }

  private static Callout fromContainer(ContainerBlock c, PageContext page) {
    if (!c.isClosed()) {
      page.warning(c, "':::" + c.kind() + "' is never closed; it runs to the end of the page "
          + "or of the block around it", "end it with a line holding only '"
          + ":".repeat(c.colons()) + "'");
    }
    if (c.kind().equals("details")) {
      Callout.Fold fold = OPEN.matcher(c.attributes()).find() ? Callout.Fold.OPEN
          : Callout.Fold.CLOSED;
      return Callout.of("details", c.argument().isEmpty() ? "Details" : c.argument(), fold);
    }
    String title = c.argument().isEmpty() ? CalloutType.defaultTitle(c.kind()) : c.argument();
    return Callout.of(c.kind(), title, Callout.Fold.NONE);
  }

  private static Callout fromBlock(SlashBlock b, PageContext page) {
    b.reportIfUnclosed(page);
    boolean details = b.name().equals("details");
    String type = details || b.name().equals("admonition")
        ? b.option("type").orElse(details ? "details" : "note") : b.name();
    String title = !b.argument().isEmpty() ? b.argument()
        : details ? "Details" : CalloutType.defaultTitle(type);
    Callout.Fold fold = !details ? Callout.Fold.NONE
        : b.flag("open") ? Callout.Fold.OPEN : Callout.Fold.CLOSED;
    return Callout.of(type, title, fold);
  }

  private static void replace(Node old, Callout callout) {
    callout.setSourceSpans(old.getSourceSpans());
    Node child = old.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      callout.appendChild(child);
      child = next;
    }
    old.insertAfter(callout);
    old.unlink();
  }
}
