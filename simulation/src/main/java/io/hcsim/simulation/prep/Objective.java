package io.hcsim.simulation.prep;

import io.hcsim.simulation.estimate.MeanDifference;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.experiment.Field;
import java.util.Locale;
import java.util.Optional;

/** What a plan is judged by: P(offer), P(offer at the target level), or the expected offer. */
public enum Objective {
  OFFER("offer"),
  TARGET_LEVEL("target-level"),
  EXPECTED_OFFER("expected-offer");

  private final String id;

  Objective(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Objective> of(String id) {
    for (Objective o : values()) {
      if (o.id.equals(id.toLowerCase(Locale.ROOT))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Entrant i's value. */
  public double value(Field.Result r, int i) {
    return switch (this) {
      case OFFER -> r.hire(i);
      case TARGET_LEVEL -> r.atTarget(i);
      case EXPECTED_OFFER -> r.expectedOffer(i);
    };
  }

  /** The paired difference b - a and its 95% half-width. */
  public double[] difference(Field.Result r, int a, int b) {
    return switch (this) {
      case OFFER -> pair(r.hireDifference(a, b));
      case TARGET_LEVEL -> pair(r.atTargetDifference(a, b));
      case EXPECTED_OFFER -> {
        MeanDifference d = r.offerDifference(a, b);
        yield new double[] {d.difference(), d.halfWidth95()};
      }
    };
  }

  private static double[] pair(PairedDifference d) {
    return new double[] {d.difference(), d.halfWidth95()};
  }
}
