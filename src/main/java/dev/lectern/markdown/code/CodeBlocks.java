package dev.lectern.markdown.code;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;
import dev.lectern.highlight.Highlighter;

/**
 * Lectern's code blocks, as an extension: fences become {@link CodeBlock}s with captions, line
 * numbers and highlighted lines ({@link CodeBlockProcessor}, which reports problems at their
 * column), highlighted when their page is rendered ({@link CodeBlockHtmlRenderer}). See
 * {@code code-spec.txt} for the syntax.
 */
public final class CodeBlocks implements LecternExtension {
  private final Highlighter languages;

  /** @param languages the highlighter whose languages fences may name */
  public CodeBlocks(Highlighter languages) {
    this.languages = languages;
  }

  @Override
  public String name() {
    return "code";
  }

  @Override
  public void register(Registry registry) {
    registry.pageProcessor(new CodeBlockProcessor(languages));
    registry.nodeRenderer(CodeBlockHtmlRenderer::new);
  }
}
