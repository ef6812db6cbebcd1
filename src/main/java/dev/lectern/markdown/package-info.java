/**
 * The parse stage: Lectern's Markdown dialect on commonmark-java, with heading ids, link
 * rewriting and content lints. Each syntax extension lives in a sub-package of its own.
 */
package dev.lectern.markdown;
