package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeadingSluggerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Hello World|hello-world",
      "Why does the GIL exist?|why-does-the-gil-exist",
      "__init__ vs __new__|__init__-vs-__new__",
      "C++ & Python|c--python",
      "Über Straße|über-straße",
      "1. Intro|1-intro",
      "PEP 703: free-threading|pep-703-free-threading",
      "Emoji 😀 test|emoji--test",
      "it's \"quoted\"|its-quoted",
      "a-b_c|a-b_c",
      "日本語の見出し|日本語の見出し"})
  void matchesGithubSlugs(String heading, String slug) {
    assertEquals(slug, HeadingSlugger.slugify(heading));
  }

  @Test
  void suffixesRepeatsLikeGithub() {
    HeadingSlugger s = new HeadingSlugger();
    assertEquals("foo", s.slug("Foo"));
    assertEquals("foo-1", s.slug("Foo"));
    assertEquals("foo-2", s.slug("foo"));
    assertEquals("foo-1-1", s.slug("Foo 1"));
  }

  @Test
  void reservedIdsAreAvoided() {
    HeadingSlugger s = new HeadingSlugger();
    s.reserve("intro");
    assertEquals("intro-1", s.slug("Intro"));
    assertFalse(s.reserve("intro"));
  }
}
