package dev.lectern.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lectern init [DIR]}: a new site that builds and serves at once: a commented site.yml,
 * a home page, a sample chapter (code, a callout, a FAQ and a quiz), the GitHub Pages workflow
 * and a .gitignore. Nothing is written if any of those files exists already.
 */
public final class Scaffold {
  private static final String RESOURCES = "/lectern/init/";
  /** Each file written, by its path in the new site, and the resource it comes from. */
  private static final Map<String, String> FILES = files();

  private Scaffold() {}

  private static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("site.yml", "site.yml");
    files.put("content/_index.md", "content/_index.md");
    files.put("content/01-getting-started.md", "content/01-getting-started.md");
    files.put(".github/workflows/pages.yml", "github/workflows/pages.yml");
    files.put(".gitignore", "gitignore");
    return files;
  }

  /** Writes the new site into {@code dir} (made if missing); returns the files written. */
  public static List<String> write(Path dir) throws InitException {
    List<String> existing = FILES.keySet().stream().filter(f -> Files.exists(dir.resolve(f)))
        .toList();
    if (!existing.isEmpty()) {
      throw new InitException(dir + " already has " + String.join(", ", existing)
          + "; nothing was written", "run lectern init in an empty folder, or give another "
          + "folder: lectern init DIR");
    }
    String title = Importer.readable(dir);
    List<String> written = new ArrayList<>();
    try {
      for (Map.Entry<String, String> f : FILES.entrySet()) {
        String text = resource(f.getValue()).replace("{{title}}", YamlText.scalar(title));
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        written.add(f.getKey());
      }
    } catch (IOException e) {
      throw new InitException("could not write into " + dir + ": " + e.getMessage(), "");
    }
    return written;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Scaffold.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("Lectern's jar lacks " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
