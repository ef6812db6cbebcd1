package dev.lectern.api;

import java.util.Map;

/**
 * Adds files to the site's output once every page is rendered: output path below the site's root
 * ({@code llms.txt}, {@code data/index.json}) to bytes. A path another file already has is an
 * error.
 */
@FunctionalInterface
public interface OutputGenerator {
  Map<String, byte[]> generate(SiteInfo site);
}
