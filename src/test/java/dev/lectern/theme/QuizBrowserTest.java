package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BrowserSession;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The quiz in a browser: checking answers, the score card, trying again, the hub's marks. */
class QuizBrowserTest {
  private static final String CHAPTER = "concurrency/gil/";
  private static BrowserSession browser;

  @BeforeAll
  static void open() {
    browser = BuiltGuide.browser();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshChapter() {
    browser.viewport(1400, 900, false).get(CHAPTER).clearStorage().reload();
  }

  private List<WebElement> questions() {
    return browser.findAll(".quiz .quiz-question");
  }

  /** Chooses the options of a question ({@code right}: the correct ones, else a wrong one). */
  private void answer(WebElement question, boolean right) {
    List<WebElement> options = question.findElements(org.openqa.selenium.By.cssSelector(
        ".quiz-options li"));
    boolean wrongChosen = false;
    for (WebElement li : options) {
      boolean correct = li.getAttribute("data-correct") != null;
      boolean choose = right ? correct : !correct && !wrongChosen;
      if (choose) {
        browser.click(li.findElement(org.openqa.selenium.By.tagName("label")));
        wrongChosen |= !correct;
      }
    }
    browser.click(question.findElement(org.openqa.selenium.By.cssSelector(".quiz-check")));
  }

  @Test
  void withScriptsCheckReplacesShowAnswerAndRevealsTheExplanation() {
    WebElement first = questions().get(0);
    assertEquals("Question 1 of 5", first.findElement(
        org.openqa.selenium.By.cssSelector(".quiz-number")).getText());
    WebElement summary = first.findElement(org.openqa.selenium.By.cssSelector(
        ".quiz-answer summary"));
    assertFalse(browser.isVisible(summary), "no Show answer when the script runs");
    WebElement explanation = first.findElement(org.openqa.selenium.By.cssSelector(
        ".quiz-solution"));
    assertFalse(browser.isVisible(explanation));
    WebElement check = first.findElement(org.openqa.selenium.By.cssSelector(".quiz-check"));
    assertTrue(browser.isVisible(check));
    assertTrue(browser.find(".quiz-intro").getText().contains("press Check"),
        browser.find(".quiz-intro").getText());
    browser.click(check);
    assertEquals("Choose an answer first.", first.findElement(
        org.openqa.selenium.By.cssSelector(".quiz-feedback")).getText());
    answer(first, true);
    assertTrue(browser.isVisible(explanation), "the explanation shows after checking");
  }

  @Test
  void marksWrongAndRightAnswersThenScoresAndStartsAgain() {
    List<WebElement> questions = questions();
    answer(questions.get(0), false);
    WebElement first = questions.get(0);
    assertEquals("wrong", first.getAttribute("data-result"));
    assertEquals(1, first.findElements(org.openqa.selenium.By.cssSelector("li.is-wrong")).size());
    assertTrue(first.findElement(org.openqa.selenium.By.cssSelector(".quiz-feedback")).getText()
        .startsWith("\u2717 Not quite"));
    assertFalse(browser.isVisible(".quiz-score"), "no score before the last answer");
    for (int i = 1; i < questions.size(); i++) {
      answer(questions.get(i), true);
      assertEquals("right", questions.get(i).getAttribute("data-result"));
    }
    WebElement score = browser.find(".quiz-score");
    assertTrue(browser.isVisible(score));
    assertEquals("You scored 4 of 5", browser.find(".quiz-score-value").getText());
    assertEquals("Quiz done: 4 of 5 right.", browser.find(".quiz-status").getText());

    browser.click(".quiz-retry");
    assertFalse(browser.isVisible(score));
    assertEquals(0L, browser.js("return document.querySelectorAll('.quiz input:checked, "
        + ".quiz .is-correct, .quiz .is-wrong, .quiz-question[data-result]').length;"));
    assertTrue(browser.isFocused(".quiz-question input"), "focus goes back to the first option");
  }

  @Test
  void theHubAndTheSectionShowTheStoredScore() {
    for (WebElement question : questions()) {
      answer(question, true);
    }
    browser.get("");
    WebElement mark = browser.find("[data-quiz-page='/lectern/" + CHAPTER + "'] .quiz-done");
    assertEquals("Quiz 5/5", mark.getText());
    assertEquals(1, browser.findAll(".quiz-done").size(), "only the chapter taken is marked");
    browser.get("concurrency/");
    assertEquals("Quiz 5/5", browser.find("[data-quiz-page='/lectern/" + CHAPTER
        + "'] .quiz-done").getText());
  }

  @Test
  void theLegendSitsInsideTheCardAndEverythingStartsAtOneLeftEdge() {
    WebElement question = questions().get(1);
    browser.js("arguments[0].scrollIntoView({block: 'center'});", question);
    @SuppressWarnings("unchecked")
    List<Number> edges = (List<Number>) browser.js(
        "var q = arguments[0], r = q.getBoundingClientRect();"
        + "var legend = q.querySelector('legend').getBoundingClientRect();"
        + "var text = q.querySelector('.quiz-text').getBoundingClientRect();"
        + "var option = q.querySelector('.quiz-options label').getBoundingClientRect();"
        + "var check = q.querySelector('.quiz-check').getBoundingClientRect();"
        + "return [r.top, legend.top, text.left, option.left, check.left];", question);
    assertTrue(edges.get(1).doubleValue() > edges.get(0).doubleValue() + 8,
        "the legend is inside the card's border: " + edges);
    assertEquals(edges.get(2).doubleValue(), edges.get(3).doubleValue(), 0.5, edges.toString());
    assertEquals(edges.get(2).doubleValue(), edges.get(4).doubleValue(), 0.5, edges.toString());
  }
}
