package dev.lectern.pipeline;

import dev.lectern.api.DataKey;
import dev.lectern.api.PageInfo;
import dev.lectern.api.SiteInfo;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.site.Page;
import dev.lectern.site.SiteAssembler.Assembled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;

/** The built site as output generators see it ({@link SiteInfo}). */
final class SiteInfoView implements SiteInfo {
  private final SiteConfig config;
  private final List<PageInfo> pages;
  private final Diagnostics out;

  SiteInfoView(Assembled assembled, Diagnostics out) {
    this.config = assembled.site().config();
    this.out = out;
    List<PageInfo> list = new ArrayList<>();
    for (Page page : assembled.site().allPages()) {
      if (!page.generated()) {
        list.add(new PageView(page, assembled.documents().get(page.contentPath()), config));
      }
    }
    this.pages = List.copyOf(list);
  }

  @Override
  public String title() {
    return config.title();
  }

  @Override
  public String baseUrl() {
    return config.baseUrl().toString();
  }

  @Override
  public List<PageInfo> pages() {
    return pages;
  }

  @Override
  public void error(PageInfo page, String message, String hint) {
    String file = page instanceof PageView view ? view.page().file()
        : config.sources().file(page.contentPath());
    out.error(new SourcePosition(file, 1, 1), message, hint);
  }

  private record PageView(Page page, ParsedMarkdown parsed, SiteConfig config)
      implements PageInfo {
    @Override
    public String contentPath() {
      return page.contentPath();
    }

    @Override
    public String url() {
      return config.url(page.sitePath());
    }

    @Override
    public String absoluteUrl() {
      return config.absoluteUrl(page.sitePath());
    }

    @Override
    public String title() {
      return page.meta().title();
    }

    @Override
    public Document document() {
      return parsed.document();
    }

    @Override
    public <T> Optional<T> data(DataKey<T> key) {
      return parsed.data(key);
    }
  }
}
