/**
 * Admonitions in the dialects of Python-Markdown/Material ({@code !!!}, {@code ???}),
 * Docusaurus/VitePress/Starlight ({@code :::note}) and pymdownx.blocks ({@code /// note}), all
 * turned into callouts.
 */
package dev.lectern.markdown.admonition;
