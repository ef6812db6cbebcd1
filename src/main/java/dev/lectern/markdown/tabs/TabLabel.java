package dev.lectern.markdown.tabs;

import org.commonmark.node.CustomNode;

/** The inline Markdown of a tab's label ({@code === "`uv` :rocket:"}), first child of its panel. */
public final class TabLabel extends CustomNode {}
