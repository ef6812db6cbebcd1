/** The load stage: Markdown files with typed front matter, and static files, from {@code content/}. */
package dev.lectern.content;
