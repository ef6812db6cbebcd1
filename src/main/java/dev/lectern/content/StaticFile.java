package dev.lectern.content;

import java.nio.file.Path;

/** A file under {@code content/} that is not Markdown (an image, say): copied as it is. */
public record StaticFile(String contentPath, Path source) {}
