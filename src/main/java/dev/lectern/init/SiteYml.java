package dev.lectern.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a site.yml that {@code lectern init --from} writes: keys with comments saying
 * where each value came from, and at the end what could not be carried over.
 */
final class SiteYml {
  private final StringBuilder text = new StringBuilder();
  private final List<String> unread = new ArrayList<>();

  SiteYml comment(String line) {
    for (String l : line.split("\n")) {
      text.append(l.isEmpty() ? "#" : "# " + l).append('\n');
    }
    return this;
  }

  SiteYml key(String key, String value) {
    text.append(YamlText.entry(key, value, 0));
    return this;
  }

  SiteYml key(String key, Optional<String> value) {
    value.ifPresent(v -> key(key, v));
    return this;
  }

  /** A key with a nested value (lists and maps of plain values). */
  SiteYml block(String key, Object value) {
    text.append(YamlText.entry(key, value, 0));
    return this;
  }

  SiteYml blank() {
    text.append('\n');
    return this;
  }

  /** Something of the project's configuration Lectern could not use or read. */
  SiteYml unread(String what) {
    unread.add(what);
    return this;
  }

  List<String> unread() {
    return List.copyOf(unread);
  }

  String text() {
    if (unread.isEmpty()) {
      return text.toString();
    }
    StringBuilder s = new StringBuilder(text).append('\n');
    s.append("# Not carried over:\n");
    unread.forEach(u -> s.append("# - ").append(u.replace("\n", " ")).append('\n'));
    return s.toString();
  }
}
