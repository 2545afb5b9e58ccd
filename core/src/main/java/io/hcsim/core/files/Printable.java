package io.hcsim.core.files;

import java.util.Locale;

/**
 * Text from a user's file or command line as it may be shown on a terminal: a control character
 * (an escape sequence, a bell, a line break inside a message, a NUL) is shown as an escape such as
 * {@code \u001b}, so it can neither recolour the terminal nor forge a line of output.
 */
public final class Printable {
  private Printable() {}

  /** Whether {@code c} does something to a terminal or a line rather than show a glyph. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /** The index of the first control character in {@code s}, or -1. */
  public static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code s} with each control character written as a visible escape ({@code \n}, {@code \u001b}). */
  public static String escape(String s) {
    if (firstControl(s) < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (isControl(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
  /**
   * The index of the first character that no text in a file may hold, or -1: a control character
   * (in free text a line break or a tab is fine), half of a surrogate pair (JSON can write one with
   * {@code \\ud800}), or a noncharacter such as U+FFFE. Reports cannot carry these (XML forbids
   * most of them) and a terminal would act on them.
   */
  public static int firstUnfit(String s, boolean freeText) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = s.codePointAt(i);
        if (noncharacter(cp)) {
          return i;
        }
        i++;
      } else if (Character.isSurrogate(c) || noncharacter(c) || (isControl(c) && !(freeText && (c == '\n' || c == '\t')))) {
        return i;
      }
    }
    return -1;
  }

  /** What the character at {@code i} of {@code s} is, for a message: "the control character U+001B". */
  public static String describe(String s, int i) {
    char c = s.charAt(i);
    if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))) {
      return String.format(Locale.ROOT, "half of a surrogate pair (U+%04X), which is no character", (int) c);
    }
    int cp = s.codePointAt(i);
    String kind = noncharacter(cp) ? "the noncharacter" : c >= '\u202a' && c <= '\u2069' ? "the direction control" : "the control character";
    return String.format(Locale.ROOT, "%s U+%04X", kind, cp);
  }

  /**
   * Whether {@code s} shows anything: a name made only of spaces and invisible format characters
   * (a zero-width space, a soft hyphen, a byte-order mark, tag characters) would print as a blank.
   */
  public static boolean hasVisible(String s) {
    return s.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.UNASSIGNED
        && !Character.isISOControl(cp) && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0);
  }

  private static boolean noncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
