package dev.lectern.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The language names code block headers show. */
class CodeLabelTest {
  @Test
  void namesLanguagesAsReadersKnowThem() {
    assertEquals("Python", CodeLabel.of("python", "py"));
    assertEquals("Python REPL", CodeLabel.of("pycon", "pycon"));
    assertEquals("Terminal", CodeLabel.of("console", "console"));
    assertEquals("JavaScript", CodeLabel.of("javascript", "js"));
    assertEquals("C++", CodeLabel.of("cpp", "cpp"));
    assertEquals("Kotlin", CodeLabel.of("kotlin", "kotlin"), "unnamed ones are capitalised");
  }

  @Test
  void diffsNameTheirLanguage() {
    assertEquals("Python diff", CodeLabel.of("diff-python", "diff-python"));
    assertEquals("Diff", CodeLabel.of("diff", "diff"));
  }

  @Test
  void markupShowsWhatTheAuthorWrote() {
    assertEquals("XML", CodeLabel.of("markup", "xml"));
    assertEquals("HTML", CodeLabel.of("markup", "html"));
    assertEquals("HTML", CodeLabel.of("markup", "markup"));
  }

  @Test
  void plainBlocksAreTextUnlessTheAuthorNamedAnUnknownLanguage() {
    assertEquals("Text", CodeLabel.of("text", ""));
    assertEquals("Text", CodeLabel.of("text", "plain"));
    assertEquals("Rust", CodeLabel.of("text", "rust"));
  }
}
