package io.hcsim.reports.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A number with a fixed count of decimals, as reports print it, never as a negative zero: -0.0,
 * or -0.001 to two decimals, prints as zero would ("0.00", "+0.0"), since "-0.00" and "-0.0 h"
 * read as a loss where there is none.
 */
public final class Decimal {
  private Decimal() {}

  /** {@code pattern} holds one floating-point conversion, such as {@code %.2f} or {@code %+.1f}. */
  public static String format(Locale locale, String pattern, double value) {
    String s = String.format(locale, pattern, value);
    return roundsToNegativeZero(s) ? String.format(locale, pattern, 0.0) : s;
  }

  /** As {@link #format(Locale, String, double)} in {@link Locale#ROOT}. */
  public static String format(String pattern, double value) {
    return format(Locale.ROOT, pattern, value);
  }

  /** A share's change in percentage points with a sign, "+1.2"; one that rounds to zero is "0.0". */
  public static String points(double share) {
    String p = format("%+.1f", 100 * share);
    return p.equals("+0.0") ? "0.0" : p;
  }

  /**
   * Shares of one whole (outcomes of the same runs) as percentages to one decimal that add up as
   * the shares do, by largest remainder: each gets its tenths rounded down, and the tenths still
   * missing from the rounded total go to the largest remainders (the first on a tie). Rounding each
   * on its own can make 33.35% + 33.35% + 33.3% print as 100.1%. A share above zero that gets no
   * tenth prints "<0.1%".
   */
  public static List<String> percents(double... shares) {
    double sum = 0;
    long[] tenths = new long[shares.length];
    long given = 0;
    for (int i = 0; i < shares.length; i++) {
      sum += shares[i];
      tenths[i] = (long) Math.floor(shares[i] * 1000 + 1e-9);
      given += tenths[i];
    }
    long missing = Math.round(sum * 1000) - given;
    Integer[] order = new Integer[shares.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -(shares[i] * 1000 - tenths[i])));
    for (int k = 0; k < missing && k < order.length; k++) {
      tenths[order[k]]++;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      out.add(shares[i] > 0 && tenths[i] == 0 ? "<0.1%" : String.format(Locale.ROOT, "%d.%d%%", tenths[i] / 10, tenths[i] % 10));
    }
    return out;
  }

  private static boolean roundsToNegativeZero(String s) {
    int minus = s.indexOf('-');
    if (minus < 0) {
      return false;
    }
    for (int i = minus + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }
}
