/**
 * Content tabs: pymdownx.tabbed and pymdownx.blocks tabs, VitePress code groups and
 * Docusaurus/Starlight {@code <Tabs>}, one node pair and one renderer.
 */
package dev.lectern.markdown.tabs;
