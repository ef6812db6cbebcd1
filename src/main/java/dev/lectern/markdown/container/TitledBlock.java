package dev.lectern.markdown.container;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomBlock;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A block that a container became and that renders as a titled section (a FAQ, a quiz): its
 * title, the title's id, and the heading level that fits the page outline.
 */
public abstract class TitledBlock extends CustomBlock {
  private final String title;
  private final String titleId;
  private final int titleLevel;

  protected TitledBlock(String title, String titleId, int titleLevel) {
    this.title = title;
    this.titleId = titleId;
    this.titleLevel = titleLevel;
  }

  public String title() {
    return title;
  }

  public String titleId() {
    return titleId;
  }

  public int titleLevel() {
    return titleLevel;
  }

  /** Opens {@code <section class="CSS" aria-labelledby=ID>} and writes the title heading. */
  public void openSection(HtmlWriter html, String cssClass) {
    html.line();
    html.tag("section", attrs("class", cssClass, "aria-labelledby", titleId));
    html.line();
    html.tag("h" + titleLevel, attrs("id", titleId, "class", cssClass + "-title"));
    html.text(title);
    html.tag("/h" + titleLevel);
    html.line();
  }

  /** Closes the section opened by {@link #openSection}. */
  public static void closeSection(HtmlWriter html) {
    html.tag("/section");
    html.line();
  }

  /** Attributes in the order given: Map.of iterates in an order that changes between runs. */
  public static Map<String, String> attrs(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
