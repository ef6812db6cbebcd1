package dev.lectern.api;

import java.util.Optional;

/**
 * Highlighted code: escaped HTML with Prism.js token classes, and why it is plain escaped text if
 * highlighting failed.
 */
public record HighlightedCode(String html, Optional<String> problem) {}
