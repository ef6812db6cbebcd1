/**
 * {@code lectern init}: a new site that builds at once, or a site.yml for an existing MkDocs,
 * Docusaurus or VitePress project, read from its configuration without running it.
 */
package dev.lectern.init;
