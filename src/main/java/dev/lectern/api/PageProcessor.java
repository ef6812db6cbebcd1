package dev.lectern.api;

import org.commonmark.node.Document;

/**
 * Runs on a page's syntax tree right after the page is parsed: it may check the tree (reporting
 * problems through the {@link PageContext}), replace nodes with its own (a {@link ContainerBlock}
 * of its kind with its block's nodes, say) and record data about the page. This is the only
 * place an extension may change a tree; from the next stage on, the tree is read only.
 */
@FunctionalInterface
public interface PageProcessor {
  void process(Document document, PageContext page);
}
