package dev.lectern.markdown.emoji;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.PageContext;
import dev.lectern.api.Registry;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * Emoji shortcodes, as an extension: {@code :smile:} becomes 😄 (GitHub's names). Material's
 * icon shortcodes ({@code :material-check:}) stay text, with one warning per page at the first.
 */
public final class Emoji implements LecternExtension {
  @Override
  public String name() {
    return "emoji";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("pymdownx.emoji");
    registry.markdown(EmojiExtension.create());
    registry.pageProcessor((document, page) -> reportIcons(document, page));
  }

  private static void reportIcons(Node document, PageContext page) {
    List<IconShortcode> icons = new ArrayList<>();
    collect(document, icons);
    if (!icons.isEmpty()) {
      IconShortcode first = icons.get(0);
      page.warning(first, (icons.size() == 1 ? "the icon shortcode ':" + first.name() + ":' is"
          : icons.size() + " icon shortcodes (':" + first.name() + ":' first) are")
          + " shown as text: Lectern has no icon sets",
          "use an emoji shortcode such as :white_check_mark:, or an image");
    }
  }

  private static void collect(Node node, List<IconShortcode> icons) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof IconShortcode icon) {
        icons.add(icon);
      }
      collect(n, icons);
    }
  }
}
