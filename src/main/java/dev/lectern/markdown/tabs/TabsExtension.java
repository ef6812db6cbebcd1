package dev.lectern.markdown.tabs;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * Parses pymdownx.tabbed's {@code === "Label"} tabs and Docusaurus/Starlight
 * {@code <Tabs>}/{@code <TabItem>} blocks. See {@code tabs-spec.txt}.
 */
public final class TabsExtension implements Parser.ParserExtension {
  private TabsExtension() {}

  public static Extension create() {
    return new TabsExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new TabbedBlockParser.Factory());
    builder.customBlockParserFactory(new JsxTabsBlockParser.Factory());
  }
}
