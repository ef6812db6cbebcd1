package dev.lectern.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("title", "description", "tags", "weight");

  @Test
  void suggestsTheClosestKeyForATypo() {
    assertEquals(Optional.of("title"), Suggestions.closest("tilte", KEYS));
    assertEquals(Optional.of("tags"), Suggestions.closest("tagz", KEYS));
    assertEquals("did you mean 'weight'?", Suggestions.didYouMean("wieght", KEYS));
  }

  @Test
  void breaksTiesByTheLongerSharedPrefix() {
    assertEquals(Optional.of("python"), Suggestions.closest("pyton", List.of("pycon", "python")));
  }

  @Test
  void listsTheChoicesWhenNothingIsClose() {
    assertEquals(Optional.empty(), Suggestions.closest("colour", KEYS));
    assertEquals("expected one of: description, tags, title, weight",
        Suggestions.didYouMean("colour", KEYS));
  }

  @Test
  void measuresEditDistance() {
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(0, Suggestions.distance("same", "same"));
    assertEquals(4, Suggestions.distance("", "four"));
  }
}
