package dev.lectern.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a built site the way a static host serves it: a URL under the
 * base path maps to a file ({@code dir/} to {@code dir/index.html}) and a fragment must be an id
 * on the target page.
 */
public final class LinkAudit {
  private final SortedMap<String, byte[]> files;
  private final String basePath;
  private final Map<String, Document> parsed = new HashMap<>();

  public LinkAudit(SortedMap<String, byte[]> files, String basePath) {
    this.files = files;
    this.basePath = basePath;
  }

  public Document page(String file) {
    return parsed.computeIfAbsent(file, f -> Jsoup.parse(
        new String(files.get(f), StandardCharsets.UTF_8), "https://site.invalid" + basePath + f));
  }

  /** Every broken internal link, as "page: url (why)". */
  public List<String> brokenLinks() {
    List<String> broken = new ArrayList<>();
    for (String file : files.keySet()) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Document doc = page(file);
      for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        String why = check(file, url);
        if (why != null) {
          broken.add(file + ": " + url + " (" + why + ")");
        }
      }
    }
    return broken;
  }

  /** True if root-relative {@code url} (with its fragment) resolves in the output. */
  public boolean resolves(String url) {
    return check("index.html", url) == null;
  }

  private String check(String fromFile, String url) {
    if (url.startsWith("#")) {
      return fragmentMissing(fromFile, url.substring(1)) ? "no such id on this page" : null;
    }
    URI base = URI.create("https://site.invalid" + basePath + fromFile);
    URI target = base.resolve(url);
    if (!"site.invalid".equals(target.getHost())) {
      return null;
    }
    String path = URLDecoder.decode(target.getRawPath(), StandardCharsets.UTF_8);
    if (!path.startsWith(basePath)) {
      return "outside the base path " + basePath;
    }
    String file = path.substring(basePath.length());
    if (file.isEmpty() || file.endsWith("/")) {
      file += "index.html";
    }
    if (!files.containsKey(file)) {
      return "no file " + file;
    }
    String fragment = target.getRawFragment();
    if (fragment != null && file.endsWith(".html")
        && fragmentMissing(file, URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
      return "no id '" + fragment + "' in " + file;
    }
    return null;
  }

  private boolean fragmentMissing(String file, String id) {
    return !id.isEmpty() && !id.equals("top") && page(file).getElementById(id) == null;
  }
}
