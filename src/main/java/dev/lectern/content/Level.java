package dev.lectern.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How experienced a reader a chapter is written for. */
public enum Level {
  JUNIOR,
  MID,
  SENIOR,
  STAFF;

  /** The spelling used in front matter and CSS classes. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label readers see. */
  public String label() {
    return switch (this) {
      case JUNIOR -> "Junior";
      case MID -> "Mid-level";
      case SENIOR -> "Senior";
      case STAFF -> "Staff";
    };
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Level::id).toList();
  }
}
