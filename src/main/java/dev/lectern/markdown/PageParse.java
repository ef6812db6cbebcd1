package dev.lectern.markdown;

import dev.lectern.api.DataKey;
import dev.lectern.api.PageContext;
import dev.lectern.content.ContentPaths;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.FileReads;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/** The {@link PageContext} of one page's parse: its lines, its diagnostics, its file reads. */
final class PageParse implements PageContext {
  private final SourcePage page;
  private final List<String> lines;
  private final Diagnostics out;
  private final FileReads files;
  private final Map<String, Object> data = new LinkedHashMap<>();
  private final Function<String, Document> parser;

  PageParse(SourcePage page, Diagnostics out, FileReads files,
      Function<String, Document> parser) {
    this.page = page;
    this.parser = parser;
    this.lines = List.of(page.body().split("\n", -1));
    this.out = out;
    this.files = files;
  }

  Diagnostics diagnostics() {
    return out;
  }

  PageData data() {
    return data.isEmpty() ? PageData.EMPTY : new PageData(data);
  }

  @Override
  public String file() {
    return page.file();
  }

  @Override
  public String contentPath() {
    return page.contentPath();
  }

  @Override
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  @Override
  public void error(Node at, String message, String hint) {
    out.error(Positions.of(at, page.file()), message, hint);
  }

  @Override
  public void warning(Node at, String message, String hint) {
    out.warning(Positions.of(at, page.file()), message, hint);
  }

  @Override
  public void error(int line, int column, String message, String hint) {
    out.error(new SourcePosition(page.file(), line, column), message, hint);
  }

  @Override
  public void warning(int line, int column, String message, String hint) {
    out.warning(new SourcePosition(page.file(), line, column), message, hint);
  }

  @Override
  public Optional<String> readFile(String path) {
    String file = page.file();
    String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
    Optional<String> sitePath = path.startsWith("/")
        ? ContentPaths.normalize("", path.substring(1))
        : ContentPaths.normalize(folder, path);
    return sitePath.flatMap(files::read).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Override
  public Document parse(String markdown) {
    return parser.apply(markdown);
  }

  @Override
  public <T> void put(DataKey<T> key, T value) {
    data.put(key.name(), key.type().cast(value));
  }
}
