package io.hcsim.reports.render;

/**
 * Padding for the columns of a plain-text table, by the width a terminal gives a string: a
 * Chinese character (or any East Asian wide or full-width one) takes two cells, so a Chinese
 * table lines up as an English one does.
 */
public final class Columns {
  private Columns() {}

  /** The cells a terminal uses for {@code s}. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      w += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return w;
  }

  /** {@code s} followed by spaces up to {@code width} cells. */
  public static String left(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  /** Spaces up to {@code width} cells, then {@code s}. */
  public static String right(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }

  /** The widest of {@code strings}, in cells. */
  public static int widest(Iterable<String> strings) {
    int w = 0;
    for (String s : strings) {
      w = Math.max(w, width(s));
    }
    return w;
  }

  /** East Asian Wide and Fullwidth ranges (Unicode UAX #11) that hcsim's texts can hold. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
