package io.hcsim.reports.render;

import io.hcsim.reports.i18n.Messages;

/**
 * Free text from a user's file (a profile's notes, a team's notes on a round) as a document shows
 * it: whole up to {@link #MAX_CHARACTERS}, else its beginning and a line saying it was shortened.
 * A document's rendering time grows with its text (a 1 MB note made a 235-page PDF in 380 s),
 * and no reader of a packet needs more than a page of notes; the file keeps the whole text.
 */
public final class Excerpt {
  /** About a page of notes. */
  public static final int MAX_CHARACTERS = 2_000;

  private Excerpt() {}

  /** {@code text}, or its first {@link #MAX_CHARACTERS} characters (whole code points, ending at a space when one is near) and a note. */
  public static String of(String text, Messages m) {
    int length = text.codePointCount(0, text.length());
    if (length <= MAX_CHARACTERS) {
      return text;
    }
    int end = text.offsetByCodePoints(0, MAX_CHARACTERS);
    int space = text.lastIndexOf(' ', end);
    if (space > end - 80) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + " " + m.get("excerpt.shortened", m.count(MAX_CHARACTERS), m.count(length));
  }
}
