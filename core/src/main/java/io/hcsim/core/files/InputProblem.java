package io.hcsim.core.files;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a user's input, said in one line: which file, where in it (line and
 * column, or a key path such as {@code proficiency.product_sense}) and what is expected.
 */
public record InputProblem(String file, String where, String message) {
  /** The {@code where} of a problem at a line and column (both counted from 1). */
  public static String at(int line, int column) {
    return "line " + line + ", column " + column;
  }

  /** One line: whatever the file's name, key or value held, control characters show as escapes. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (!where.isEmpty()) {
      s.append(where.startsWith("line") ? ", " : ": ").append(where);
    }
    return shortenQuotes(Printable.escape(s.append(": ").append(message).toString()));
  }

  /** A quoted value longer than this is shown by its beginning and its length. */
  static final int MAX_QUOTED = 80;
  private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + (MAX_QUOTED + 1) + ",})'");

  /**
   * A line with each long quoted value cut to its beginning and a count: a 1 MB value from a file
   * would otherwise come back as a 1 MB line of error.
   */
  private static String shortenQuotes(String line) {
    Matcher m = LONG_QUOTE.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    do {
      String value = m.group(1);
      int cut = value.offsetByCodePoints(0, Math.min(MAX_QUOTED / 2, value.codePointCount(0, value.length())));
      m.appendReplacement(out, Matcher.quoteReplacement("'" + value.substring(0, cut) + "…' (" + String.format(
          java.util.Locale.ROOT, "%,d", value.codePointCount(0, value.length())) + " characters)"));
    } while (m.find());
    return m.appendTail(out).toString();
  }
}
