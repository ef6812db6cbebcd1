package dev.lectern.markdown.faq;

import dev.lectern.api.DataKey;
import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.markdown.HeadingId;
import dev.lectern.markdown.HeadingSlugger;
import dev.lectern.markdown.Positions;
import dev.lectern.markdown.container.AskedQuestions;
import dev.lectern.api.ContainerBlock;
import dev.lectern.markdown.container.ContainerWalker;
import dev.lectern.markdown.faq.FaqNodes.FaqAnswer;
import dev.lectern.markdown.faq.FaqNodes.FaqBlock;
import dev.lectern.markdown.faq.FaqNodes.FaqItem;
import dev.lectern.markdown.faq.FaqNodes.FaqQuestion;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Turns {@code :::faq} containers into FAQ nodes: each heading starts a question, the blocks up to
 * the next heading are its answer. Reports a block never closed, one without questions, text
 * before the first question, a question without an answer and a question asked twice on the page,
 * each at its line. The block's title sits one level below the heading before it; questions one
 * below the title, so the outline never skips a level.
 */
public final class FaqProcessor implements PageProcessor {
  /** The kind name of FAQ containers. */
  public static final String KIND = "faq";
  /** The questions of a page's FAQ blocks, in order (absent when it has none). */
  public static final DataKey<FaqQuestions> QUESTIONS =
      DataKey.of("faq.questions", FaqQuestions.class);
  private final String defaultTitle;

  public FaqProcessor(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }

  @Override
  public void process(Document document, PageContext page) {
    HeadingSlugger ids = ContainerWalker.idsOf(document);
    AskedQuestions<Integer> asked = new AskedQuestions<>();
    ContainerWalker.forEach(document, KIND,
        (block, titleLevel) -> convert(block, page, ids, asked, titleLevel));
    List<String> questions = questions(document);
    if (!questions.isEmpty()) {
      page.put(QUESTIONS, new FaqQuestions(questions));
    }
  }

  private void convert(ContainerBlock block, PageContext page, HeadingSlugger ids,
      AskedQuestions<Integer> asked, int titleLevel) {
    if (!block.isClosed()) {
      page.error(block, "':::faq' block is never closed",
          "end the block with a line holding only ':::'");
      return;
    }
    String title = block.argument().isEmpty() ? defaultTitle : block.argument();
    FaqBlock faq = new FaqBlock(title, ids.slug(title), titleLevel);
    faq.setSourceSpans(block.getSourceSpans());
    faq.appendChild(new HeadingId(faq.titleId(), title, false, titleLevel));
    List<Node> children = new ArrayList<>();
    for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
      children.add(c);
    }
    FaqItem item = null;
    FaqAnswer answer = null;
    for (Node c : children) {
      if (c instanceof Heading h) {
        finish(item, answer, page);
        FaqQuestion question = question(h, ids, titleLevel + 1, page, asked);
        item = new FaqItem();
        answer = new FaqAnswer();
        item.appendChild(question);
        item.appendChild(answer);
        faq.appendChild(item);
      } else if (answer == null) {
        page.error(c, "text before the first question of the FAQ block",
            "start the block with a question heading, e.g. '### Why does the GIL exist?'");
      } else {
        answer.appendChild(c);
      }
    }
    finish(item, answer, page);
    if (item == null) {
      page.error(block, "the FAQ block has no questions",
          "write each question as a heading followed by its answer");
    }
    block.insertAfter(faq);
    block.unlink();
  }

  private static FaqQuestion question(Heading h, HeadingSlugger ids, int level, PageContext page,
      AskedQuestions<Integer> asked) {
    String text = ContainerWalker.headingText(h);
    int line = Positions.of(h, page.file()).line();
    asked.askedBefore(text, line).ifPresent(first -> page.error(h,
        "the question '" + text + "' is asked twice on this page",
        "it is first asked at line " + first + "; merge the answers or reword one question"));
    FaqQuestion q = new FaqQuestion(ids.slug("faq-" + HeadingSlugger.slugify(text)), text,
        Math.min(level, 6));
    q.setSourceSpans(h.getSourceSpans());
    Node inline = h.getFirstChild();
    while (inline != null) {
      Node next = inline.getNext();
      if (!(inline instanceof HeadingId) && !(inline instanceof org.commonmark.node.CustomNode)) {
        q.appendChild(inline);
      }
      inline = next;
    }
    q.appendChild(new HeadingId(q.id(), text, false, q.level()));
    return q;
  }

  private static void finish(FaqItem item, FaqAnswer answer, PageContext page) {
    if (item != null && answer.getFirstChild() == null) {
      page.error(item.getFirstChild(), "the question has no answer",
          "write the answer below the question, before the next question or ':::'");
    }
  }

  /** The texts of the FAQ questions in {@code document}, in order. */
  static List<String> questions(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof FaqQuestion q) {
          found.add(q.text());
        }
        visitChildren(block);
      }
    });
    return List.copyOf(found);
  }
}
