package dev.lectern.seo;

/** One question of a page's FAQ blocks: its plain text and its answer, reduced for search engines. */
public record FaqEntry(String question, String answerHtml) {}
