package io.hcsim.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * Rows laid out in columns as {@code layout} says: per column "L" or "R" (aligned left or right)
   * and its width, then the text between it and the next column in bars, as in {@code "L22| |R8"}.
   * A longer cell pushes the rest of its line right, as printf's widths do; the last column, when
   * it is aligned left, is not padded (it ends the line). Each language's bundle gives the widths
   * its words need.
   */
  public static List<String> lay(String layout, List<List<String>> rows) {
    Matcher spec = Pattern.compile("([LR])(\\d+)(\\|[^|]*\\|)?").matcher(layout);
    List<String> align = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    while (spec.find()) {
      align.add(spec.group(1));
      widths.add(Integer.parseInt(spec.group(2)));
      gaps.add(spec.group(3) == null ? "" : spec.group(3).substring(1, spec.group(3).length() - 1));
    }
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        boolean last = c == row.size() - 1;
        String cell = row.get(c);
        b.append(align.get(c).equals("R") ? right(cell, widths.get(c)) : last ? cell : left(cell, widths.get(c)));
        b.append(last ? "" : gaps.get(c));
      }
      out.add(b.toString());
    }
    return out;
  }

  /** East Asian Wide and Fullwidth ranges (Unicode UAX #11) that hcsim's texts can hold. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
