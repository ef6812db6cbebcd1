/**
 * Raw HTML in Markdown, kept safe: an allowlist applied with jsoup's {@code Safelist}, the result
 * rebuilt as syntax-tree nodes so that the output is well-formed whatever was written.
 */
package dev.lectern.markdown.html;
