package dev.lectern.highlight.grammar;

import io.noties.prism4j.annotations.PrismBundle;

/**
 * Asks prism4j's annotation processor to generate {@code BundledGrammarLocator} with every grammar
 * it ships. Only {@link Grammars} uses it, once, on one thread: the generated locator is not
 * thread-safe (it loads lazily into a plain map and some grammars modify others while loading).
 */
@PrismBundle(includeAll = true, grammarLocatorClassName = ".BundledGrammarLocator")
final class BundledGrammars {
  private BundledGrammars() {}
}
