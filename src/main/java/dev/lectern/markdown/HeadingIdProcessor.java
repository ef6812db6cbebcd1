package dev.lectern.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Gives every heading an id: an explicit {@code {#custom-id}} at the end of the heading wins
 * (and is removed from the text), otherwise the GitHub slug of its text.
 */
final class HeadingIdProcessor implements PostProcessor {
  private static final Pattern EXPLICIT = Pattern.compile("\\s*\\{#([^\\s{}]+)\\}\\s*$");

  @Override
  public Node process(Node document) {
    HeadingSlugger slugger = new HeadingSlugger();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        String explicit = takeExplicitId(heading);
        String text = PlainText.of(heading);
        boolean fresh = explicit == null || slugger.reserve(explicit);
        String id = explicit != null ? explicit : slugger.slug(text);
        heading.appendChild(new HeadingId(id, text, explicit != null, heading.getLevel()));
        if (!fresh) {
          heading.appendChild(new DuplicateId());
        }
      }
    });
    return document;
  }

  private static String takeExplicitId(Heading heading) {
    if (!(heading.getLastChild() instanceof Text last)) {
      return null;
    }
    Matcher m = EXPLICIT.matcher(last.getLiteral());
    if (!m.find()) {
      return null;
    }
    String rest = last.getLiteral().substring(0, m.start());
    if (rest.isEmpty()) {
      last.unlink();
    } else {
      last.setLiteral(rest);
    }
    return m.group(1);
  }

  /** Marks a heading whose explicit id was already used; the lint stage reports it. */
  static final class DuplicateId extends org.commonmark.node.CustomNode {}
}
