package dev.lectern.memo;

import java.util.List;
import java.util.Optional;

/** The reads of one computation: each file read is returned and remembered as a dependency. */
public interface FileReads {

  /** The bytes of the site file at {@code path} (relative to the site's folder), if it exists. */
  Optional<byte[]> read(String path);

  /** What was read so far, in order, each file once. */
  List<FileDependency> dependencies();
}
