/**
 * Callouts: the one admonition node of every dialect ({@link dev.lectern.markdown.callout.Callout}),
 * its types and renderer, and GitHub (and Obsidian) alerts as a post-processor.
 */
package dev.lectern.markdown.callout;
