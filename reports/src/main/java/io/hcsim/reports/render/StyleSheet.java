package io.hcsim.reports.render;

import java.util.Map;

/**
 * The style sheet every HTML and PDF report shares, with the page footer in it. The footer can
 * hold a candidate's name or a file's path, and it stands inside a {@code <style>} element, where
 * neither XML nor HTML escaping applies: a browser reads that element's text raw up to the first
 * {@code </style>}. So the footer is written as a CSS string in which everything but letters,
 * digits and spaces is a hexadecimal escape: no quote, brace, angle bracket or backslash of the
 * text can end the string, the rule or the element.
 */
public final class StyleSheet {
  private StyleSheet() {}

  /** The sheet for a report whose body font is {@code fontFamily} (a fixed stack, never user text). */
  public static String render(String fontFamily, String footer) {
    return Template.plain("style.css.mustache").render(Map.of("fontFamily", fontFamily, "footer", cssString(footer)));
  }

  /** {@code text} as a quoted CSS string that can hold nothing but text. */
  static String cssString(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8).append('"');
    text.codePoints().forEach(cp -> {
      if (cp == ' ' || (cp < 0x80 && Character.isLetterOrDigit(cp)) || (cp >= 0x80 && Character.isLetter(cp))) {
        b.appendCodePoint(cp);
      } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE || cp == 0xFFFE
          || cp == 0xFFFF) {
        b.append("\\fffd "); // not a character a document may carry; shown as the replacement mark
      } else {
        b.append('\\').append(Integer.toHexString(cp)).append(' ');
      }
    });
    return b.append('"').toString();
  }
}
