package dev.lectern.search;

import java.util.List;

/**
 * One searchable part of a page, a document of the index: the page's opening or one of its
 * {@code ##} sections.
 *
 * @param fragment the section's id, empty for the opening
 * @param heading the section's heading, empty for the opening
 * @param excerpt the section's text that result excerpts are cut from (its first few hundred
 *     characters)
 * @param terms the section's distinct terms, in no particular order
 * @param impacts each term's impact level (see {@link Impact}) as one {@link Digits} character,
 *     in the order of {@code terms}
 */
public record SearchDoc(String fragment, String heading, String excerpt, List<String> terms,
    String impacts) {}
