/**
 * Snippets: files of the site shown in pages, written as pymdownx.snippets writes them
 * ({@code --8<-- "file.py:3:10"}), as FastAPI's docs do ({@code {* file.py hl[2] *}}) or with
 * Lectern's fence option ({@code file="examples/app.py" lines="3-10"}).
 */
package dev.lectern.markdown.snippets;
