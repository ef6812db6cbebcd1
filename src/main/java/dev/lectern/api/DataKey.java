package dev.lectern.api;

import java.util.Objects;

/**
 * The name and type of a piece of data an extension records about a page
 * ({@link PageContext#put}). Values must be immutable: text, numbers, booleans, records and
 * lists or maps of them. Templates see them as {@code page.data.<name>}.
 *
 * @param <T> the value's type
 */
public final class DataKey<T> {
  private final String name;
  private final Class<T> type;

  private DataKey(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  /** A key; by convention its name starts with the extension's name ({@code faq.questions}). */
  public static <T> DataKey<T> of(String name, Class<T> type) {
    return new DataKey<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
