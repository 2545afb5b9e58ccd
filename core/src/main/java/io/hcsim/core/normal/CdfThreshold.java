package io.hcsim.core.normal;


/**
 * The test {@code NormalCdf.phi(z) >= p}, answered without the CDF away from its root. The root
 * is bracketed once by bisection on {@code phi} itself; z more than {@link #MARGIN} outside the
 * bracket is decided by comparison, since phi is within about 1e-15 of the normal CDF, which
 * climbs by far more than that over the margin for the p where the shortcut is used. Inside the
 * margin (and for a NaN) phi is evaluated, so the answer is always the one phi gives.
 *
 * @param surelyBelow phi(z) < p for every z at or below it
 * @param surelyAbove phi(z) >= p for every z at or above it
 */
public record CdfThreshold(double p, double surelyBelow, double surelyAbove) {
  /** Far wider than phi's error, far narrower than the spread of z across loops. */
  static final double MARGIN = 1e-7;

  public static CdfThreshold of(double p) {
    if (!(p >= 1e-4 && p <= 1 - 1e-4)) {
      // Out in the tails the CDF is too flat for the argument above: always evaluate it.
      return new CdfThreshold(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    double lo = -10;
    double hi = 10;
    for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
      double mid = 0.5 * (lo + hi);
      if (NormalCdf.phi(mid) >= p) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return new CdfThreshold(p, lo - MARGIN, hi + MARGIN);
  }

  /**
   * {@code phi(d / sd) >= p} when its answer is the same for every sd in (0, sdBound]: 1 when it
   * holds for all of them, -1 when for none, 0 when it depends on sd (or d is NaN).
   */
  public int bySign(double d, double sdBound) {
    // 1 + 1e-9 keeps the rounding of d / sd from mattering; the margin is 1e-7 besides.
    if (d > 0 && (surelyAbove <= 0 || d >= surelyAbove * sdBound * (1 + 1e-9))) {
      return 1;
    }
    if (d < 0 && (surelyBelow >= 0 || d <= surelyBelow * sdBound * (1 + 1e-9))) {
      return -1;
    }
    return 0;
  }

  /** Exactly {@code NormalCdf.phi(z) >= p}. */
  public boolean reached(double z) {
    if (z >= surelyAbove) {
      return true;
    }
    if (z <= surelyBelow) {
      return false;
    }
    return NormalCdf.phi(z) >= p;
  }
}
