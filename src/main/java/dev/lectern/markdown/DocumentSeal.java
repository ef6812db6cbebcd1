package dev.lectern.markdown;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.Node;

/**
 * A structural digest of a syntax tree: every node's class and every field's value, in tree
 * order. The pipeline takes one of each document when it is parsed and, when assertions are on
 * (as in the test suite), checks at the end of the build that no document changed: the rule
 * "parse once, never mutate" is enforced, not only written down. Reflection makes it slow; it
 * never runs in a normal build.
 */
public final class DocumentSeal {
  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      List<Field> fields = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && f.getType() != Node.class) {
            f.setAccessible(true);
            fields.add(f);
          }
        }
      }
      return List.copyOf(fields);
    }
  };

  private DocumentSeal() {}

  /** The digest of {@code document} as it is now. */
  public static String of(Node document) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      add(document, sha);
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(Node node, MessageDigest sha) {
    sha.update(node.getClass().getName().getBytes(StandardCharsets.UTF_8));
    for (Field f : FIELDS.get(node.getClass())) {
      Object value;
      try {
        value = f.get(node);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      String text = value instanceof Object[] array ? Arrays.deepToString(array)
          : String.valueOf(value);
      sha.update((f.getName() + "=" + text + ";").getBytes(StandardCharsets.UTF_8));
    }
    sha.update((byte) '(');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      add(child, sha);
    }
    sha.update((byte) ')');
  }
}
