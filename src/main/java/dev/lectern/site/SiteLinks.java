package dev.lectern.site;

import dev.lectern.content.StaticFile;
import dev.lectern.markdown.LinkTargets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The link targets of an assembled site, for rewriting relative links in content. */
public final class SiteLinks implements LinkTargets {
  private final Site site;
  private final Map<String, String> files;
  private final Set<String> all;

  public SiteLinks(Site site) {
    this.site = site;
    this.files = site.staticFiles().stream().collect(Collectors.toMap(
        StaticFile::contentPath, f -> site.config().url(Urls.filePath(f.contentPath()))));
    Set<String> paths = new TreeSet<>(site.pages().keySet());
    paths.addAll(files.keySet());
    this.all = Set.copyOf(paths);
  }

  @Override
  public Optional<String> pageUrl(String contentPath) {
    return Optional.ofNullable(site.pages().get(contentPath))
        .map(p -> site.config().url(p.sitePath()));
  }

  @Override
  public Optional<String> fileUrl(String contentPath) {
    return Optional.ofNullable(files.get(contentPath));
  }

  @Override
  public Set<String> allPaths() {
    return all;
  }
}
