package dev.lectern.search;

import java.util.List;

/**
 * One searchable part of a page: the page itself (its opening) or one of its {@code ##}
 * sections.
 *
 * @param url root-relative URL, with {@code #id} for a section
 * @param page the page's title
 * @param heading the section's heading, empty for the page's opening
 * @param excerpt the section's first sentence or so, shown under the result
 * @param questions FAQ and quiz questions asked in the section
 * @param description the page's description, on its opening entry only
 * @param terms the section's distinct words, lower-cased and sorted
 */
public record SearchEntry(String url, String page, String heading, String excerpt,
    List<String> questions, String description, List<String> terms) {}
