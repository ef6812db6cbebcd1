/**
 * API-reference directives of MkDocs' documentation generators (mkdocstrings, mkautodoc):
 * {@code ::: package.module.Object}, shown as a note naming the object, with a warning.
 */
package dev.lectern.markdown.apiref;
