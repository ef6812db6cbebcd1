/** Inline formats of pymdownx: mark, insert, sub- and superscript, and keys. */
package dev.lectern.markdown.inline;
