package dev.lectern.seo;

/** Meta descriptions: the author's, or else the start of the page, cut at a word to 160 characters. */
public final class Descriptions {
  /** The longest description search engines show in full. */
  public static final int MAX = 160;

  private Descriptions() {}

  public static String of(String written, String firstParagraph) {
    String text = (written.isBlank() ? firstParagraph : written).strip().replaceAll("\\s+", " ");
    if (text.length() <= MAX) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX - 1);
    String head = (cut > 0 ? text.substring(0, cut) : text.substring(0, MAX - 1))
        .replaceAll("[\\s,;:.]+$", "");
    return head + "…";
  }
}
