package dev.lectern.pipeline;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.output.OutputTree;
import java.nio.file.Path;
import java.util.List;

/**
 * A successful build: the output tree, the warnings found on the way, the number of pages, and
 * the folder the tree is (or would be) written to, and the path of the base URL it is published
 * under ({@code /repo/}).
 */
public record BuildResult(OutputTree tree, List<Diagnostic> warnings, int pages, Path outputDir,
    String basePath) {}
