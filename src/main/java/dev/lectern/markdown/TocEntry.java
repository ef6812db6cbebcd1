package dev.lectern.markdown;

/** A heading of a page, for its table of contents. */
public record TocEntry(int level, String text, String id) {}
