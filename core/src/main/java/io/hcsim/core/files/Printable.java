package io.hcsim.core.files;

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
}
