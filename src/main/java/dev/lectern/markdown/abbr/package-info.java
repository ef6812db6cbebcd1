/** Abbreviations ({@code *[HTML]: …}): definition lines and {@code <abbr>} uses. */
package dev.lectern.markdown.abbr;
