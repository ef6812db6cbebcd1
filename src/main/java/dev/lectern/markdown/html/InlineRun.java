package dev.lectern.markdown.html;

import org.commonmark.node.CustomBlock;

/**
 * Inline raw HTML written as a block of its own ({@code <img …>} on its own line, text between
 * block tags): its nodes, written on lines of their own like any block.
 */
public final class InlineRun extends CustomBlock {}
