/** Prism grammars: prism4j's bundled ones, frozen, and Lectern's own modern ones. */
package dev.lectern.highlight.grammar;
