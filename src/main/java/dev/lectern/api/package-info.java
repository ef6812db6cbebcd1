/**
 * Lectern's public extension API, version {@value dev.lectern.api.LecternApi#VERSION}.
 *
 * <p>An extension is a class implementing {@link dev.lectern.api.LecternExtension}, listed in
 * {@code META-INF/services/dev.lectern.api.LecternExtension} of its jar. Lectern finds extensions
 * on its own classpath and in the jars a site lists under {@code extensions:} in
 * {@code site.yml}. In {@link dev.lectern.api.LecternExtension#register} an extension adds what
 * it contributes to a {@link dev.lectern.api.Registry}: Markdown syntax (commonmark-java block and
 * inline parsers), {@code :::kind} containers, page processors that check and transform a page's
 * syntax tree while it is parsed, node renderers, template functions and values, extra output
 * files, and settings under its own name in {@code site.yml}.
 *
 * <p>Lectern's own blocks (code, callouts, FAQ, quizzes) are registered through this API too.
 *
 * <p>Contract: a page's syntax tree may be changed only by page processors, while the page is
 * parsed; renderers and output generators read it and never change it. Everything an extension
 * computes must be a function of what the API hands it (the page, its files read through
 * {@link dev.lectern.api.PageContext#readFile}, the settings): Lectern caches results by those
 * inputs, so reading anything else (the clock, other files, the network) would make rebuilds
 * stale.
 */
package dev.lectern.api;
