/**
 * Site search, the build's side: each page's searchable parts become documents with weighted
 * fields and stemmed terms ({@link dev.lectern.search.PageIndexer}, a function of the page alone),
 * and the whole site's documents become the sharded, content-hashed index files below
 * {@code search/} ({@link dev.lectern.search.SearchIndex}). The theme's {@code search-engine.js}
 * reads them in the browser, only once a reader opens search.
 */
package dev.lectern.search;
