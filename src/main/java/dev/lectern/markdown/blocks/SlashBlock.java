package dev.lectern.markdown.blocks;

import dev.lectern.api.PageContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A pymdownx.blocks block as parsed: {@code /// name | argument}, option lines indented by four
 * spaces right below the header ({@code open: true}), Markdown content, and a closing line of
 * exactly as many slashes ({@code ///}); more slashes on an outer block let blocks nest. The
 * extension that knows the name turns it into its own nodes in a page processor; a block nobody
 * converts keeps its content in a plain {@code div} and gets a warning.
 */
public final class SlashBlock extends CustomBlock {
  private final String name;
  private final String argument;
  private final int slashes;
  private final Map<String, String> options = new LinkedHashMap<>();
  private boolean closed;

  public SlashBlock(String name, String argument, int slashes) {
    this.name = name;
    this.argument = argument;
    this.slashes = slashes;
  }

  /** The block's name, lower-case ({@code note}, {@code details}, {@code tab}). */
  public String name() {
    return name;
  }

  /** The text after {@code |} on the header line, trimmed ("" if none). */
  public String argument() {
    return argument;
  }

  public int slashes() {
    return slashes;
  }

  /** The options, by key, as written (values unquoted). */
  public Map<String, String> options() {
    return Collections.unmodifiableMap(options);
  }

  /** An option's value. */
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  /** True when the option is {@code true} (or {@code yes}, {@code on}). */
  public boolean flag(String key) {
    return option(key).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")
        || v.equalsIgnoreCase("on")).orElse(false);
  }

  void addOption(String key, String value) {
    options.put(key, value);
  }

  public boolean isClosed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }

  /** The header as written, for messages: {@code /// note}. */
  public String header() {
    return "/".repeat(slashes) + " " + name;
  }

  /** Warns when the block was never closed: it then runs to the end of its container. */
  public void reportIfUnclosed(PageContext page) {
    if (!closed) {
      page.warning(this, "'" + header() + "' is never closed; it runs to the end of the page "
          + "or of the block around it", "end it with a line holding only '"
          + "/".repeat(slashes) + "'");
    }
  }
}
