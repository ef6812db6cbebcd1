package dev.lectern.serve;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's inputs: its configuration ({@code site.yml}, or {@code mkdocs.yml}) and
 * everything below its content and static folders, {@code templates/} and {@code assets/},
 * including folders created, deleted or renamed while it runs (and those folders appearing
 * later, or moving when the configuration names others). Events that arrive close together are
 * handed on as one batch of changed paths, relative to the source root.
 */
final class SiteWatcher implements AutoCloseable {
  static final List<String> FOLDERS = List.of("templates", "assets");
  private static final List<String> CONFIGS = List.of("site.yml", "mkdocs.yml", "mkdocs.yaml");
  /** Editors write a file in several steps; wait this long for the last. */
  private static final long QUIET_MILLIS = 15;

  private final Path root;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private volatile List<String> watched;
  private volatile List<String> excluded = List.of();

  SiteWatcher(Path root) throws IOException {
    this.root = root;
    this.service = FileSystems.getDefault().newWatchService();
    register(root);
    this.watched = inputFolders();
    for (String folder : watched) {
      registerParents(folder);
      registerTree(root.resolve(folder));
    }
  }

  /**
   * The folders the configuration names, and Lectern's own ("" when the content is the whole
   * source folder: then everything but what the configuration leaves out is an input).
   */
  private List<String> inputFolders() {
    SiteConfig.Sources sources = ConfigLoader.sources(root);
    excluded = sources.contentDir().isEmpty() ? sources.excluded() : List.of();
    List<String> all = new java.util.ArrayList<>(FOLDERS);
    all.add(sources.contentDir());
    if (!sources.staticDir().isEmpty()) {
      all.add(sources.staticDir());
    }
    return List.copyOf(all);
  }

  /** Folders between the root and a nested input folder, so its creation is seen. */
  private void registerParents(String folder) {
    Path dir = root;
    String[] parts = folder.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      dir = dir.resolve(parts[i]);
      if (Files.isDirectory(dir)) {
        register(dir);
      }
    }
  }

  /** Blocks, calling {@code onChange} with each batch of changed paths, until closed. */
  void run(Consumer<Set<String>> onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        Set<String> changed = new TreeSet<>();
        collect(key, changed);
        for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
            more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
          collect(more, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed: the server is stopping
    }
  }

  private void collect(WatchKey key, Set<String> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add("*");  // events were lost: everything may have changed
        continue;
      }
      if (folder == null) {
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      String rel = root.relativize(path).toString().replace('\\', '/');
      if (!isInput(rel)) {
        continue;  // other files beside site.yml, such as the output folder
      }
      if (CONFIGS.contains(rel)) {
        rewatch();
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        registerTree(path);
      }
      changed.add(rel);
    }
    if (!key.reset()) {
      folders.remove(key);  // the folder was deleted or renamed away
    }
  }

  /** True for a configuration file, and for anything in or on the way to an input folder. */
  private boolean isInput(String rel) {
    if (CONFIGS.contains(rel)) {
      return true;
    }
    for (String folder : watched) {
      if (folder.isEmpty()) {
        return !rel.startsWith(".") && excluded.stream()
            .noneMatch(x -> rel.equals(x) || rel.startsWith(x + "/"));
      }
      if (rel.equals(folder) || rel.startsWith(folder + "/") || folder.startsWith(rel + "/")) {
        return true;
      }
    }
    return false;
  }

  /** The configuration changed: it may name other folders, which are watched from now on. */
  private void rewatch() {
    List<String> now = inputFolders();
    for (String folder : now) {
      if (!watched.contains(folder)) {
        registerParents(folder);
        registerTree(root.resolve(folder));
      }
    }
    watched = now;
  }

  private void registerTree(Path top) {
    if (!Files.isDirectory(top)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(top)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        String rel = root.relativize(dir).toString().replace('\\', '/');
        if (rel.isEmpty() || isInput(rel)) {
          register(dir);  // not the output folder, when the content is the whole folder
        }
      }
    } catch (IOException e) {
      // a folder vanished while it was walked: its parent's events cover it
    }
  }

  private void register(Path dir) {
    try {
      WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
      folders.put(key, dir);
    } catch (IOException e) {
      // vanished before it could be watched
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
