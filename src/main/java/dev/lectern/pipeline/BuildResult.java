package dev.lectern.pipeline;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.output.OutputTree;
import java.nio.file.Path;
import java.util.List;

/**
 * A successful build: the output tree, the warnings found on the way, the number of pages, and
 * the folder the tree is (or would be) written to, and the path of the base URL it is published
 * under ({@code /repo/}).
 *
 * @param downgraded how many of the warnings are broken links or anchors that {@code links:
 *     warn} turned from errors into warnings
 */
public record BuildResult(OutputTree tree, List<Diagnostic> warnings, int pages, Path outputDir,
    String basePath, int downgraded) {

  public BuildResult(OutputTree tree, List<Diagnostic> warnings, int pages, Path outputDir,
      String basePath) {
    this(tree, warnings, pages, outputDir, basePath, 0);
  }
}
