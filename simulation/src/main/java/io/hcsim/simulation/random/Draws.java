package io.hcsim.simulation.random;

import io.hcsim.simulation.random.Draws;

/**
 * Addressed random numbers. A draw is a pure function of (seed, run, site), where a site names
 * what the number is for (a round's form, a rater's error on one competency, ...). So a draw is
 * the same whatever happened before it and whichever thread makes it: scenarios compared on one
 * seed differ only by what they change (common random numbers), and results do not depend on
 * the thread count.
 *
 * <p>Bits come from the SplitMix64 finaliser of the address (Steele, Lea &amp; Flood 2014);
 * Gaussians from a 128-layer ziggurat (Marsaglia &amp; Tsang 2000, in Doornik's 2005 form), which
 * needs one 64-bit word in about 99% of draws and continues the SplitMix64 sequence of the
 * address when it must reject.
 */
public final class Draws {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int LAYERS = 128;
  private static final double R = 3.442619855899;
  private static final double V = 9.91256303526217e-3;
  private static final double[] X = new double[LAYERS + 1];
  private static final double[] RATIO = new double[LAYERS];
  private static final double TWO_POW_53_INV = 0x1.0p-53;

  static {
    double f = Math.exp(-0.5 * R * R);
    X[0] = V / f;
    X[1] = R;
    X[LAYERS] = 0;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
      f = Math.exp(-0.5 * X[i] * X[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      RATIO[i] = X[i + 1] / X[i];
    }
  }

  private final long seed;

  public Draws(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** The key of one run: every draw of the run is made from it. */
  public long runKey(long run) {
    return mix(seed ^ mix(run * GOLDEN + 0x632BE59BD9B4E019L));
  }

  /** A site key from stable names (purpose, round id, competency id), so draws follow names; every site is declared in {@link DrawSite}. */
  static long site(String... names) {
    long h = 0x3C6EF372FE94F82AL;
    for (String n : names) {
      for (int i = 0; i < n.length(); i++) {
        h = mix(h ^ n.charAt(i)) + GOLDEN;
      }
      h = mix(h ^ 0xFF);
    }
    return h;
  }

  /** A standard normal draw at (run, site). */
  public static double gaussian(long runKey, long site) {
    // The ziggurat's fast path (about 99% of draws) kept small enough to inline where it is used.
    long bits = mix(runKey ^ site);
    // A signed uniform in [-1, 1) from the top 54 bits in one multiply; the layer comes from the low 7.
    double u = (bits >> 10) * TWO_POW_53_INV;
    int i = (int) (bits & (LAYERS - 1));
    if (Math.abs(u) < RATIO[i]) {
      return u * X[i];
    }
    return rejected(runKey ^ site, u, i);
  }

  /** The rest of the ziggurat after the fast path rejected (u, layer i) drawn from {@code state}. */
  private static double rejected(long state, double u, int i) {
    while (true) {
      state += GOLDEN;
      if (i == 0) {
        return tail(state, u < 0);
      }
      double x = u * X[i];
      double f0 = Math.exp(-0.5 * (X[i] * X[i] - x * x));
      double f1 = Math.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
      if (f1 + uniform(mix(state)) * (f0 - f1) < 1.0) {
        return x;
      }
      state += GOLDEN;
      long bits = mix(state);
      u = (bits >> 10) * TWO_POW_53_INV;
      i = (int) (bits & (LAYERS - 1));
      if (Math.abs(u) < RATIO[i]) {
        return u * X[i];
      }
    }
  }

  /** A uniform draw in (0, 1) at (run, site). */
  public static double uniform(long runKey, long site) {
    return uniform(mix(runKey ^ site));
  }

  private static double tail(long state, boolean negative) {
    double x;
    double y;
    do {
      state += GOLDEN;
      x = Math.log(uniform(mix(state))) / R;
      state += GOLDEN;
      y = Math.log(uniform(mix(state)));
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
  }

  private static double uniform(long bits) {
    return ((bits >>> 11) + 0.5) * TWO_POW_53_INV;
  }

  /** The SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
