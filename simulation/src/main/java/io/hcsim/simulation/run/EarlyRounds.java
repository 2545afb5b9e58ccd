package io.hcsim.simulation.run;

/**
 * What a loop's first rounds settle, remembered by the scores that led there. After a round
 * whose loop so far holds few ratings, the ratings' codes, and so the owner's reading of the signal
 * and the weakest competencies cited when the loop ends there, are a function of those scores
 * alone: a history of n scores (two bits each, in the order the loop gives them) has one of 4^n
 * values, few enough to index a table while n is at most {@link #MAX_RATINGS}. Each answer is
 * worked out the first time its history occurs and looked up after that, so the answers are the
 * very ones the signal gives.
 *
 * <p>Shared by the threads of a plan. A table is allocated on first use and its entries written
 * without locks: a thread that sees no table or no entry yet (0) works the answer out itself and
 * writes the same value, so a race costs only the work, never a different answer.
 */
final class EarlyRounds {
  /** At most 4^9 = 262,144 histories a round (a quarter of a megabyte for the owner's readings). */
  static final int MAX_RATINGS = 9;

  /** Per round: how many histories it has, or 0 when too many ratings precede its end. */
  private final int[] histories;
  /** Per round: the owner's reading by history: 0 not yet read, 1 clears, -1 does not. */
  private final byte[][] clears;
  /** Per round: 0 not yet worked out, else {@link #concerns(int, int)} of the two weakest. */
  private final char[][] concerns;
  private final boolean concernsFit;

  EarlyRounds(int[][] focus, int competencies) {
    int n = focus.length;
    this.histories = new int[n];
    this.clears = new byte[n][];
    this.concerns = new char[n][];
    int ratings = 0;
    for (int r = 0; r < n; r++) {
      ratings += focus[r].length;
      histories[r] = ratings <= MAX_RATINGS ? 1 << (2 * ratings) : 0;
    }
    // Two competency indices from -1 to K - 1 share one char, a byte each.
    this.concernsFit = competencies < 255;
  }

  /** The history after one more score (1-4). */
  static long extend(long history, int score) {
    return history << 2 | (score - 1);
  }

  /** The owner's reading after round r with this history: 1 clears, -1 does not, 0 not known. */
  int clears(int r, long history) {
    byte[] table = clears[r];
    return table == null ? 0 : table[(int) history];
  }

  /** Records the owner's reading after round r with this history (when the round is covered). */
  void rememberClears(int r, long history, boolean clear) {
    if (histories[r] == 0) {
      return;
    }
    byte[] table = clears[r];
    if (table == null) {
      table = new byte[histories[r]];
      clears[r] = table;
    }
    table[(int) history] = (byte) (clear ? 1 : -1);
  }

  /** The weakest competencies of a loop ended at round r with this history, or 0 when not known. */
  int concerns(int r, long history) {
    char[] table = concerns[r];
    return table == null ? 0 : table[(int) history];
  }

  /** Records them (when the round is covered). */
  void rememberConcerns(int r, long history, int first, int second) {
    if (histories[r] == 0 || !concernsFit) {
      return;
    }
    char[] table = concerns[r];
    if (table == null) {
      table = new char[histories[r]];
      concerns[r] = table;
    }
    table[(int) history] = (char) (1 + (first + 1) * 256 + (second + 1));
  }

  /** The first of the two weakest from a remembered value. */
  static int first(int remembered) {
    return (remembered - 1) / 256 - 1;
  }

  /** The second of them. */
  static int second(int remembered) {
    return (remembered - 1) % 256 - 1;
  }
}
