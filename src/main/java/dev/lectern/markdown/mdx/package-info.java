/**
 * What MDX and template languages leave in Markdown that Lectern does not run: ESM lines and
 * JSX components are removed with a warning, template tags are kept as text with a warning.
 */
package dev.lectern.markdown.mdx;
