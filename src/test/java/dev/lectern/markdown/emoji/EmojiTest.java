package dev.lectern.markdown.emoji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiTest {
  @Test
  void iconShortcodesAreTextWithOneWarningPerPage() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Intro.\n\n| a | b |\n|---|---|\n| x | :material-check: |\n"
        + "| y | :fontawesome-solid-xmark: |\n", d);
    assertEquals(true, html.contains("<td>:material-check:</td>"), html);
    assertEquals(List.of("content/a.md:5:7: warning: 2 icon shortcodes (':material-check:' "
        + "first) are shown as text: Lectern has no icon sets"), Diags.headlines(d));
  }

  @Test
  void theTableHasGitHubsNames() {
    assertEquals("\uD83D\uDE04", EmojiTable.emoji("smile").orElseThrow());
    assertEquals("\uD83D\uDC4D", EmojiTable.emoji("+1").orElseThrow());
    assertEquals(true, EmojiTable.emoji("no_such_emoji").isEmpty());
  }

  @Test
  void emojiInHeadingsLeaveTheSlugAsOnGitHub() {
    assertEquals("<h2 id=\"-launch\">\uD83D\uDE80 Launch</h2>\n",
        MarkdownPage.render("## :rocket: Launch\n", new Diagnostics()));
  }
}
