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
 * Gaussians from a 256-layer ziggurat (Marsaglia &amp; Tsang 2000, with Doornik's 2005 separate
 * bits for the layer and the uniform), which needs one 64-bit word in about 99% of draws and
 * continues the SplitMix64 sequence of the address when it must reject. Where a run needs many
 * normals at once (a round's form and its raters' errors, a candidate's competencies) {@link
 * #gaussians} draws them together before they are used, two from each word, 32 bits apiece: 5-6%
 * faster in a simulated loop (docs/performance.md), and 32 bits still place a normal to within
 * 2^-23 of its layer's width, far finer than anything a rating's cut can tell apart.
 */
public final class Draws {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int LAYERS = 256;
  private static final double R = 3.6541528853610088;
  private static final double V = 4.92867323399e-3;
  private static final double[] X = new double[LAYERS + 1];
  /** exp(-X[i]^2 / 2): the density (unnormalised) at each layer's edge, for the wedge test. */
  private static final double[] F = new double[LAYERS + 1];
  private static final double[] RATIO = new double[LAYERS];
  /**
   * The fast path of the 32-bit draw in integers: a 24-bit signed b is accepted in layer i when
   * |b| < ACCEPT[i], the least integer not under RATIO[i] 2^23 (so exactly when |b 2^-23| <
   * RATIO[i]), and returned as b STEP[i], STEP[i] = X[i] 2^-23: the same double as (b 2^-23) X[i],
   * since scaling by a power of two is exact.
   */
  private static final int[] ACCEPT = new int[LAYERS];
  private static final double[] STEP = new double[LAYERS];
  private static final double TWO_POW_53_INV = 0x1.0p-53;
  private static final double TWO_POW_23_INV = 0x1.0p-23;
  /** Where the second normal of a word continues when it must reject: away from the first's sequence. */
  private static final long SECOND = 0x6A09E667F3BCC909L;

  static {
    double f = Math.exp(-0.5 * R * R);
    X[0] = V / f;
    X[1] = R;
    X[LAYERS] = 0;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
      f = Math.exp(-0.5 * X[i] * X[i]);
    }
    for (int i = 0; i <= LAYERS; i++) {
      F[i] = Math.exp(-0.5 * X[i] * X[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      RATIO[i] = X[i + 1] / X[i];
      ACCEPT[i] = (int) Math.ceil(RATIO[i] * 0x1.0p23);
      STEP[i] = X[i] * 0x1.0p-23;
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
    // The ziggurat's fast path (about 99% of draws), kept small enough to inline where it is used.
    long bits = mix(runKey ^ site);
    // A signed uniform in [-1, 1) from the top 54 bits in one multiply; the layer comes from the low 8.
    double u = (bits >> 10) * TWO_POW_53_INV;
    int i = (int) (bits & (LAYERS - 1));
    if (Math.abs(u) < RATIO[i]) {
      return u * X[i];
    }
    return rejected(runKey ^ site, u, i);
  }

  /**
   * Fills {@code into[0, count)} with standard normals of run {@code runKey}, two to a 64-bit word:
   * the pair (2m, 2m + 1) from the word at {@code pairSites[m]}, its low 32 bits for the first and
   * its high 32 bits for the second (see {@link DrawSite#pairKeys}).
   */
  public static void gaussians(long runKey, long[] pairSites, double[] into, int count) {
    for (int m = 0, j = 0; j < count; m++, j += 2) {
      long state = runKey ^ pairSites[m];
      long bits = mix(state);
      into[j] = gaussian32((int) bits, state);
      if (j + 1 < count) {
        into[j + 1] = gaussian32((int) (bits >>> 32), state + SECOND);
      }
    }
  }

  /** A standard normal from 32 random bits: the layer from the low 8, a signed uniform from the other 24. */
  private static double gaussian32(int bits, long state) {
    int b = bits >> 8;
    int i = bits & (LAYERS - 1);
    if (Math.abs(b) < ACCEPT[i]) {
      return b * STEP[i];
    }
    return rejected(state, b * TWO_POW_23_INV, i);
  }

  /** The rest of the ziggurat after the fast path rejected (u, layer i) drawn from {@code state}. */
  private static double rejected(long state, double u, int i) {
    while (true) {
      state += GOLDEN;
      if (i == 0) {
        return tail(state, u < 0);
      }
      // In the wedge of layer i: accept where a height drawn between the layer's edges lies under the density.
      double x = u * X[i];
      if (F[i + 1] + uniform(mix(state)) * (F[i] - F[i + 1]) < Math.exp(-0.5 * x * x)) {
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
