package dev.lectern.config;

import dev.lectern.config.NavConfig.Item;
import dev.lectern.config.NavConfig.LinkItem;
import dev.lectern.config.NavConfig.PageItem;
import dev.lectern.config.NavConfig.SectionItem;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code nav} list in MkDocs' shape, from site.yml or mkdocs.yml, reporting every item
 * that has another shape at its line.
 */
final class NavReader {
  private static final Pattern URL = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)");
  private static final String SHAPE = "write '- Title: page.md', '- page.md', "
      + "'- Title: https://…' or '- Section:' followed by an indented list";

  private NavReader() {}

  /** The navigation under {@code entry}, with the pages {@code notInNav} leaves out on purpose. */
  static Optional<NavConfig> read(YamlNode.Entry entry, List<String> notInNav, Diagnostics out) {
    if (!(entry.value() instanceof YamlList list)) {
      out.error(entry.value().position(), "'nav' must be a list, not " + entry.value().kind(),
          SHAPE);
      return Optional.empty();
    }
    return Optional.of(new NavConfig(items(list, out), entry.keyPosition(), notInNav));
  }

  private static List<Item> items(YamlList list, Diagnostics out) {
    List<Item> items = new ArrayList<>();
    for (YamlNode node : list.items()) {
      item(node, out).ifPresent(items::add);
    }
    return List.copyOf(items);
  }

  private static Optional<Item> item(YamlNode node, Diagnostics out) {
    if (node instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
      String target = s.text().strip();
      return Optional.of(isUrl(target) ? new LinkItem(target, target, s.position())
          : new PageItem(Optional.empty(), target, s.position()));
    }
    if (node instanceof YamlMap map && map.entries().size() == 1) {
      YamlNode.Entry e = map.entries().values().iterator().next();
      String title = e.key().strip();
      YamlNode value = e.value();
      if (value instanceof YamlList children) {
        return Optional.of(new SectionItem(title, items(children, out), e.keyPosition()));
      }
      if (value instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
        String target = s.text().strip();
        return Optional.of(isUrl(target) ? new LinkItem(title, target, e.keyPosition())
            : new PageItem(Optional.of(title), target, e.keyPosition()));
      }
      out.error(value.position(), "the nav item '" + title + "' needs a page, a URL or a list",
          SHAPE);
      return Optional.empty();
    }
    out.error(node.position(), "a nav item must be a page or one 'Title: target' pair, not "
        + (node instanceof YamlMap m ? "a mapping of " + m.entries().size() + " keys"
            : node.kind()), SHAPE);
    return Optional.empty();
  }

  /** True for an absolute URL ({@code https://…}, {@code mailto:…}, {@code //host/…}). */
  static boolean isUrl(String target) {
    return URL.matcher(target).find();
  }
}
