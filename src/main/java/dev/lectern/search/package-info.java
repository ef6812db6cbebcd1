/**
 * The site's search index, built at build time from each page's document: one entry per page
 * section, with the words to match and the few fields a result shows. The theme's search box
 * loads it (and its search library) only when a reader focuses the box.
 */
package dev.lectern.search;
