/** Mermaid diagrams: fenced {@code mermaid} blocks drawn in the browser, on pages that have one. */
package dev.lectern.markdown.diagram;
