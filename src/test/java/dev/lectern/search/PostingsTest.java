package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.search.SearchPage.Kind;
import dev.lectern.search.SearchPage.PageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
  /** Pages of 0 to 4 documents, each of a few of 3,000 terms (some pages share none). */
  private static List<SearchPage> pages(int count) {
    Random random = new Random(7);
    List<SearchPage> pages = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      List<SearchDoc> docs = new ArrayList<>();
      for (int d = random.nextInt(5); d > 0; d--) {
        List<String> terms = new ArrayList<>();
        StringBuilder impacts = new StringBuilder();
        for (int t = 0; t < 3000; t += 1 + random.nextInt(400)) {
          terms.add("term" + t);
          impacts.append(Digits.digit(random.nextInt(64)));
        }
        docs.add(new SearchDoc("", "", "", terms, impacts.toString()));
      }
      pages.add(new SearchPage(new PageInfo("/" + p + "/", "P" + p, "", "", "", Kind.CHAPTER,
          false), docs));
    }
    return pages;
  }

  @Test
  void builtInPartsTheyAreTheSameAsDocumentByDocument() {
    for (int count : List.of(0, 1, 63, 64, 200, 1000)) {
      List<SearchPage> pages = pages(count);
      Postings one = new Postings();
      pages.forEach(p -> p.docs().forEach(one::add));
      for (int n = 1; n <= 5; n++) {
        Postings parts = Postings.of(pages, n);
        String what = count + " pages in " + n + " parts";
        assertEquals(one.docs(), parts.docs(), what);
        assertEquals(one.encoded(), parts.encoded(), what);
        assertEquals(one.frequencies(), parts.frequencies(), what);
      }
    }
    // Gaps of more than one digit are joined too: term3000 is rare, its gaps large.
    assertTrue(Postings.of(pages(1000)).encoded().values().stream()
        .anyMatch(s -> s.chars().anyMatch(c -> (Digits.ALPHABET.indexOf(c) & 32) != 0)));
  }
}
