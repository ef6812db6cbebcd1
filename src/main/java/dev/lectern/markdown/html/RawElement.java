package dev.lectern.markdown.html;

import java.util.Map;

/** An element of raw HTML that the sanitiser kept: its tag and its allowed attributes. */
public interface RawElement {
  /** The tag, lower-case. */
  String tag();

  /** The attributes kept, in the order written. */
  Map<String, String> attributes();
}
