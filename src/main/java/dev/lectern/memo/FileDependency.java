package dev.lectern.memo;

/**
 * A file a computation read: its path relative to the site's folder and the fingerprint of its
 * bytes, or null if it did not exist.
 */
public record FileDependency(String path, Fingerprint content) {}
