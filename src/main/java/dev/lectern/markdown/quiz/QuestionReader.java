package dev.lectern.markdown.quiz;

import dev.lectern.api.PageContext;
import dev.lectern.markdown.quiz.QuizNodes.Difficulty;
import dev.lectern.markdown.quiz.QuizNodes.QuizExplanation;
import dev.lectern.markdown.quiz.QuizNodes.QuizOption;
import dev.lectern.markdown.quiz.QuizNodes.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/** Reads one quiz question: difficulty line, task-list options, explanation. */
final class QuestionReader {
  private static final Pattern DIFFICULTY = Pattern.compile("(?i)difficulty:\\s*(\\S*)\\s*");
  private static final int MIN_OPTIONS = 2;
  private static final int MAX_OPTIONS = 6;
  private final PageContext page;
  /** Whether the question being read had an error: the shared diagnostics hold other pages' too. */
  private boolean failed;

  QuestionReader(PageContext page) {
    this.page = page;
  }

  /** The question, or null when it has errors (reported). */
  QuizQuestion read(Heading heading, List<Node> body, int number, String inputName) {
    failed = false;
    Difficulty difficulty = difficulty(heading, body);
    ListBlock list = body.size() > 1 && body.get(1) instanceof ListBlock l ? l
        : body.size() > 0 && body.get(0) instanceof ListBlock l0 ? l0 : null;
    if (list == null) {
      error(heading, "the question has no options",
          "list 2 to 6 options as '- [ ] text', marking the correct ones '- [x] text'");
      return null;
    }
    List<QuizOption> options = options(list);
    List<Node> explanation = body.subList(body.indexOf(list) + 1, body.size());
    if (explanation.isEmpty()) {
      error(heading, "the question has no explanation",
          "after the options, explain why the correct answer is correct");
    }
    if (failed || difficulty == null) {
      return null;
    }
    long correct = options.stream().filter(QuizOption::correct).count();
    QuizQuestion q = new QuizQuestion(number, difficulty, correct > 1, inputName);
    q.setSourceSpans(heading.getSourceSpans());
    moveInline(heading, q);
    options.forEach(q::appendChild);
    QuizExplanation why = new QuizExplanation();
    explanation.forEach(why::appendChild);
    q.appendChild(why);
    return q;
  }

  private Difficulty difficulty(Heading heading, List<Node> body) {
    Node first = body.isEmpty() ? null : body.get(0);
    Matcher m = first instanceof Paragraph p ? DIFFICULTY.matcher(plain(p)) : null;
    if (m == null || !m.matches()) {
      error(heading, "the question has no 'difficulty:' line",
          "write 'difficulty: easy', 'medium' or 'hard' on the line after the question");
      return null;
    }
    String value = m.group(1).toLowerCase(java.util.Locale.ROOT);
    Difficulty d = QuizProcessor.difficulty(value);
    if (d == null) {
      error(first, "unknown difficulty '" + m.group(1) + "'",
          QuizProcessor.difficultyHint(value));
    }
    return d;
  }

  private List<QuizOption> options(ListBlock list) {
    List<QuizOption> options = new ArrayList<>();
    int index = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item.getFirstChild() instanceof TaskListItemMarker marker)) {
        error(item, "the option is not a task list item",
            "write options as '- [ ] text' and mark the correct ones '- [x] text'");
        continue;
      }
      QuizOption option = new QuizOption(marker.isChecked(), index++);
      option.setSourceSpans(item.getSourceSpans());
      Node content = marker.getNext();
      if (content instanceof Paragraph p) {
        moveInline(p, option);
      }
      options.add(option);
    }
    checkCounts(list, options);
    return options;
  }

  private void checkCounts(ListBlock list, List<QuizOption> options) {
    long correct = options.stream().filter(QuizOption::correct).count();
    if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      error(list, "the question has " + options.size()
          + (options.size() == 1 ? " option" : " options") + "; it needs 2 to 6", "give readers a real choice, but not a wall of options");
    } else if (correct == 0) {
      error(list, "no option is marked correct",
          "mark the correct option '- [x]'");
    } else if (correct == options.size()) {
      error(list, "every option is marked correct",
          "a question needs at least one wrong option");
    }
  }

  private static void moveInline(Node from, Node to) {
    Node n = from.getFirstChild();
    while (n != null) {
      Node next = n.getNext();
      if (!(n instanceof CustomNode)) {
        to.appendChild(n);
      }
      n = next;
    }
  }

  private static String plain(Node node) {
    StringBuilder s = new StringBuilder();
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        s.append(t.getLiteral());
      } else {
        s.append('\u0000');
      }
    }
    return s.toString();
  }

  private void error(Node at, String message, String hint) {
    failed = true;
    page.error(at, message, hint);
  }
}
