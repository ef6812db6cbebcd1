package dev.lectern.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The write stage, the only one that touches the output folder. It writes the whole tree into a
 * fresh temporary folder beside the output (or takes the staging folder a spilling tree already
 * wrote), then swaps it in with renames: a failed write leaves the previous site as it was, and a
 * successful one leaves no stale files. Folders and files get the modes of {@link PublishedFiles}:
 * readable by everyone, as a web server running as another user needs.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * A fresh, empty staging folder beside {@code outputDir}, for a tree that writes its files as
   * they are made ({@link OutputTree#spillingTo}); {@link #write} then only swaps it in.
   */
  public static Path stagingFolder(Path outputDir) throws IOException {
    Path target = outputDir.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    return PublishedFiles.createStagingFolder(target.getParent(),
        "." + target.getFileName() + ".new-");
  }

  /** Replaces {@code outputDir} with exactly the files of {@code tree}. */
  public static void write(OutputTree tree, Path outputDir) throws IOException {
    if (tree.staging() != null) {
      Path target = outputDir.toAbsolutePath().normalize();
      try {
        swap(tree.staging(), target, target.getParent(), target.getFileName().toString());
      } finally {
        deleteTree(tree.staging());
      }
      return;
    }
    Path target = outputDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path fresh = PublishedFiles.createStagingFolder(parent, "." + name + ".new-");
    try {
      Map<String, byte[]> files = tree.files();
      java.util.Set<Path> folders = new java.util.TreeSet<>();
      for (String file : files.keySet()) {
        folders.add(fresh.resolve(file).getParent());
      }
      for (Path folder : folders) {
        PublishedFiles.createFolders(folder);
      }
      // Files are independent: written in parallel, the first failure reported.
      files.entrySet().parallelStream().forEach(file -> {
        try {
          PublishedFiles.write(fresh.resolve(file.getKey()), file.getValue());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      swap(fresh, target, parent, name);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    } finally {
      deleteTree(fresh);
    }
  }

  private static void swap(Path fresh, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      move(fresh, target);
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IOException(target + " exists and is not a folder");
    }
    Path old = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(fresh, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it; does nothing if it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
