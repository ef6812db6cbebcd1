package dev.lectern.markdown.faq;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Lectern's FAQ blocks, as an extension: {@code :::faq [title]} containers become FAQ nodes
 * ({@link FaqProcessor}, which checks them) rendered as a titled section of questions. The page's
 * questions are recorded under {@link FaqProcessor#QUESTIONS} for its structured data.
 */
public final class FaqBlocks implements LecternExtension {
  private final String defaultTitle;

  /** @param defaultTitle the title of blocks that give none ({@code faq_title} of site.yml) */
  public FaqBlocks(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }

  @Override
  public String name() {
    return "faq";
  }

  @Override
  public void register(Registry registry) {
    registry.containerKind(FaqProcessor.KIND);
    registry.pageProcessor(new FaqProcessor(defaultTitle));
    registry.markdown(FaqExtension.create());
  }
}
