package dev.lectern.highlight;

import dev.lectern.highlight.grammar.Grammars;
import io.noties.prism4j.Prism4j;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Highlights with Prism grammars (see {@link Grammars}) and Prism.js's tokenizer. Each block gets
 * a time budget; a block that exceeds it, or nests too deeply for the stack, is written as plain
 * escaped text and the reason is returned, so no input can hang or crash a build. Immutable and
 * thread-safe.
 */
public final class PrismHighlighter implements Highlighter {
  /** The default time budget of one block. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

  private final Grammars grammars;
  private final Languages languages;
  private final long budgetNanos;

  public PrismHighlighter(Grammars grammars, Duration budget) {
    this.grammars = grammars;
    this.languages = new Languages(grammars.names());
    this.budgetNanos = budget.toNanos();
  }

  /** A highlighter with every grammar and the default budget. */
  public static PrismHighlighter standard() {
    return new PrismHighlighter(Grammars.load(), DEFAULT_BUDGET);
  }

  /** One standard highlighter per process, built on first use (it is immutable). */
  public static PrismHighlighter shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final PrismHighlighter INSTANCE = standard();
  }

  @Override
  public Optional<String> language(String tag) {
    return languages.canonical(tag);
  }

  @Override
  public List<String> knownTags() {
    return languages.knownTags();
  }

  @Override
  public Result highlight(String language, String code) {
    if (language.equals(Languages.PLAIN) || code.isEmpty()) {
      return Result.ok(TokenHtml.escape(code));
    }
    Budget budget = new Budget(budgetNanos);
    try {
      return Result.ok(TokenHtml.render(tokens(language, code, budget)));
    } catch (Budget.Exceeded e) {
      return plain(code, "highlighting took longer than " + budgetNanos / 1_000_000 + " ms");
    } catch (StackOverflowError e) {
      return plain(code, "the code nests too deeply to highlight");
    }
  }

  private List<HlNode> tokens(String language, String code, Budget budget) {
    if (language.startsWith(Languages.DIFF_PREFIX)) {
      String inner = language.substring(Languages.DIFF_PREFIX.length());
      List<HlNode> diff = tokenize("diff", code, budget);
      return DiffOfLanguage.apply(diff, inner, lines -> tokenize(inner, lines, budget));
    }
    return tokenize(language, code, budget);
  }

  private List<HlNode> tokenize(String language, String code, Budget budget) {
    Prism4j.Grammar grammar = grammars.get(language)
        .orElseThrow(() -> new IllegalArgumentException("no grammar " + language));
    return Tokenizer.tokenize(BudgetedText.of(code, budget), grammar);
  }

  private static Result plain(String code, String why) {
    return new Result(TokenHtml.escape(code), Optional.of(why));
  }
}
