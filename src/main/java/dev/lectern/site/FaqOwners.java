package dev.lectern.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which page's structured data carries each FAQ question. Search engines want a question that
 * several pages answer marked up once per site, so it belongs to the first page that answers it,
 * in reading order (chapters first, then the other pages by URL); the other pages still show it,
 * without the markup.
 */
public final class FaqOwners {
  private final Map<String, Page> owners;

  private FaqOwners(Map<String, Page> owners) {
    this.owners = owners;
  }

  static FaqOwners of(List<Page> chapters, List<Page> allPages) {
    Map<String, Page> owners = new HashMap<>();
    Set<Page> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Page> order = new ArrayList<>(chapters);
    order.addAll(allPages);
    for (Page page : order) {
      if (seen.add(page)) {
        questions(page).forEach(q -> owners.putIfAbsent(key(q), page));
      }
    }
    return new FaqOwners(owners);
  }

  /** True if {@code page} is the page whose structured data carries {@code question}. */
  public boolean owns(Page page, String question) {
    Page owner = owners.get(key(question));
    return owner == null || owner == page;
  }

  private static String key(String question) {
    return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static List<String> questions(Page page) {
    return page.markdown().faqQuestions();
  }
}
