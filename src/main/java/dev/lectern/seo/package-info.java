/** Search-engine output: JSON-LD, meta descriptions, sitemap, robots.txt and the Atom feed. */
package dev.lectern.seo;
