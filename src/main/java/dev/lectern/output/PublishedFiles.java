package dev.lectern.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates the output's folders and files with the modes a web server running as another user
 * needs: folders {@code rwxr-xr-x} (0755), files {@code rw-r--r--} (0644). The modes are asked
 * for when each file is created, so the system applies the umask to them as it does for any
 * program: a stricter umask (027, 077) is respected, and nothing is ever more open than 0755 and
 * 0644. {@link Files#createTempDirectory} alone would make the staging folder, and so the
 * published site, 0700. On file systems without POSIX permissions the defaults apply.
 */
final class PublishedFiles {
  private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<StandardOpenOption> WRITE = EnumSet.of(StandardOpenOption.CREATE,
      StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

  private PublishedFiles() {}

  /** A new, empty folder in {@code parent} whose name starts with {@code prefix}. */
  static Path createStagingFolder(Path parent, String prefix) throws IOException {
    return Files.createTempDirectory(parent, prefix, modes(parent, FOLDER));
  }

  /** Creates {@code folder} and any missing parents below the first that exists. */
  static void createFolders(Path folder) throws IOException {
    Files.createDirectories(folder, modes(folder, FOLDER));
  }

  /** Writes {@code content} to {@code file}, creating or replacing it. */
  static void write(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, WRITE, modes(file, FILE))) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  private static FileAttribute<?>[] modes(Path near, Set<PosixFilePermission> wanted) {
    if (!near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(wanted)};
  }
}
