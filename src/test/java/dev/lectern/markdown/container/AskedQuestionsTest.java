package dev.lectern.markdown.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AskedQuestionsTest {
  @Test
  void keysAreLowerCaseWithEachRunOfAsciiWhiteSpaceOneSpaceAndStripped() {
    assertEquals("what is the gil?", AskedQuestions.key("  What\tis \n\n the  GIL?\r\n"));
    // Other white space is kept inside, and stripped at the ends, as String.strip does.
    assertEquals("a\u00a0b", AskedQuestions.key("\u2003A\u00a0B\u2003"));
    for (String q : List.of("", " ", "x", "Why  a\u000bb\fc?", "Ünïcode  Ça\tva", "a \t\n b")) {
      assertEquals(q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(),
          AskedQuestions.key(q), q);
    }
  }

  @Test
  void aQuestionAskedAgainInAnotherCaseOrSpacingIsTheSameQuestion() {
    AskedQuestions<Integer> asked = new AskedQuestions<>();
    assertEquals(java.util.Optional.empty(), asked.askedBefore("What is a closure?", 1));
    assertEquals(java.util.Optional.of(1), asked.askedBefore("what  is a CLOSURE?", 2));
  }
}
