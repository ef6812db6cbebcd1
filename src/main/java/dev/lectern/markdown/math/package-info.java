/**
 * Math: {@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]} and {@code math} fences,
 * typeset in the browser by KaTeX on pages that have math.
 */
package dev.lectern.markdown.math;
