/**
 * Build-time syntax highlighting with Prism.js token classes: prism4j grammars, Prism.js's
 * tokenizer with a per-block time budget, and HTML output.
 */
package dev.lectern.highlight;
