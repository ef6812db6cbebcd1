package dev.lectern.site;

import dev.lectern.markdown.container.AskedQuestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which page's structured data carries each FAQ question. Search engines want a question that
 * several pages answer marked up once per site, so it belongs to the first page that answers it,
 * in reading order (chapters first, then the other pages by URL); the other pages still show it,
 * without the markup.
 */
public final class FaqOwners {
  private final AskedQuestions<Page> owners;

  private FaqOwners(AskedQuestions<Page> owners) {
    this.owners = owners;
  }

  static FaqOwners of(List<Page> chapters, List<Page> allPages) {
    AskedQuestions<Page> owners = new AskedQuestions<>();
    Set<Page> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Page> order = new ArrayList<>(chapters);
    order.addAll(allPages);
    for (Page page : order) {
      if (seen.add(page)) {
        page.markdown().faqQuestions().forEach(q -> owners.askedBefore(q, page));
      }
    }
    return new FaqOwners(owners);
  }

  /** True if {@code page} is the page whose structured data carries {@code question}. */
  public boolean owns(Page page, String question) {
    return owners.firstAsked(question).map(owner -> owner == page).orElse(true);
  }
}
