package dev.lectern.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;

/** Gives Pebble the templates of a {@link TemplateSet}, so the engine never reads the disk. */
final class TemplateLoader implements Loader<String> {
  private final TemplateSet templates;

  TemplateLoader(TemplateSet templates) {
    this.templates = templates;
  }

  @Override
  public Reader getReader(String name) {
    return new StringReader(templates.source(name).orElseThrow(() ->
        new LoaderException(null, "there is no template '" + name + "'")));
  }

  @Override
  public void setCharset(String charset) {}

  @Override
  public void setPrefix(String prefix) {}

  @Override
  public void setSuffix(String suffix) {}

  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    if (!relativePath.startsWith("./") && !relativePath.startsWith("../")) {
      return null;
    }
    String dir = anchorPath.contains("/") ? anchorPath.substring(0, anchorPath.lastIndexOf('/') + 1)
        : "";
    return java.nio.file.Path.of(dir + relativePath).normalize().toString().replace('\\', '/');
  }

  @Override
  public String createCacheKey(String templateName) {
    return templateName;
  }

  @Override
  public boolean resourceExists(String templateName) {
    return templates.source(templateName).isPresent();
  }
}
