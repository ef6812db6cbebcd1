package dev.lectern.yaml;

import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.util.List;

/** MkDocs' {@code !ENV} tag: a value read from the environment, with a default. */
final class Tags {
  private Tags() {}

  /**
   * {@code !ENV NAME} is the variable's value (null if unset); {@code !ENV [A, B, default]} the
   * first of the variables that is set, else the last item.
   */
  static YamlNode environment(YamlNode node) {
    if (node instanceof YamlScalar s) {
      return new YamlScalar(s.position(), s.text() == null ? null : System.getenv(s.text()));
    }
    if (node instanceof YamlList list && !list.items().isEmpty()) {
      List<YamlNode> items = list.items();
      for (YamlNode item : items.subList(0, items.size() - 1)) {
        if (item instanceof YamlScalar s && s.text() != null && System.getenv(s.text()) != null) {
          return new YamlScalar(s.position(), System.getenv(s.text()));
        }
      }
      return items.get(items.size() - 1);
    }
    return node;
  }
}
