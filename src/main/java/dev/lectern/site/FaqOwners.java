package dev.lectern.site;

import dev.lectern.markdown.container.AskedQuestions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which page's structured data carries each FAQ question. Search engines want a question that
 * several pages answer marked up once per site, so it belongs to the first page that answers it,
 * in reading order (chapters first, then the other pages by URL); the other pages still show it,
 * without the markup.
 *
 * @param owners the owning page's content path by normalised question ({@link AskedQuestions#key})
 */
public record FaqOwners(Map<String, String> owners) {

  public FaqOwners {
    owners = java.util.Collections.unmodifiableMap(new TreeMap<>(owners));
  }

  /**
   * @param questions each page's FAQ questions by content path, in the order that decides
   *     ownership
   */
  static FaqOwners of(List<Map.Entry<String, List<String>>> questions) {
    Map<String, String> owners = new TreeMap<>();
    for (Map.Entry<String, List<String>> page : questions) {
      page.getValue().forEach(q -> owners.putIfAbsent(AskedQuestions.key(q), page.getKey()));
    }
    return new FaqOwners(owners);
  }

  /** True if {@code page} is the page whose structured data carries {@code question}. */
  public boolean owns(Page page, String question) {
    String owner = owners.get(AskedQuestions.key(question));
    return owner == null || owner.equals(page.contentPath());
  }
}
