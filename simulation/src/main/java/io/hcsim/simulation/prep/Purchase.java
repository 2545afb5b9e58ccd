package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fewest hours of preparation that buy a raise, for a typical response: half-hours go one at
 * a time to the activity whose next half-hour gives most. Each activity's curve is concave, so
 * this greedy order is the cheapest way to any raise (the marginal gains only fall).
 *
 * @param hours the hours in all
 * @param byActivity the hours per activity, in the order first used
 */
public record Purchase(double hours, ImmutableMap<String, Double> byActivity) {
  static final double STEP = 0.5;
  /** Beyond this, a raise counts as out of reach of preparation. */
  public static final double MAX_HOURS = 200;
  /** A raise this close to the one asked for counts as bought (the curves only approach their gains). */
  static final double TOLERANCE = 0.005;

  /** Hours that raise competency {@code competency} (at {@code proficiency}) by {@code by}; empty when out of reach. */
  public static Optional<Purchase> competency(Catalogue catalogue, String competency, double proficiency, double by,
      double response) {
    Limits limits = catalogue.preparationLimits();
    double scale = response * limits.headroom(proficiency);
    if (by > most(catalogue, competency, proficiency, response) + TOLERANCE) {
      return Optional.empty();
    }
    return buy(catalogue, (a, h) -> a.gains().getOrDefault(competency, 0.0) * scale * (a.progress(h + STEP) - a.progress(h)),
        by - TOLERANCE);
  }

  /** The most any amount of preparation raises a competency at {@code proficiency}, for a typical response. */
  public static double most(Catalogue catalogue, String competency, double proficiency, double response) {
    Limits limits = catalogue.preparationLimits();
    double sum = catalogue.activities().values().stream().mapToDouble(a -> a.gains().getOrDefault(competency, 0.0)).sum();
    return limits.headroom(proficiency) * Math.min(limits.ceiling(), response * sum);
  }

  /** Hours that raise consistency by {@code by} (from {@code consistency}, never past the catalogue's cap). */
  public static Optional<Purchase> consistency(Catalogue catalogue, double consistency, double by, double response) {
    if (consistency + by > catalogue.preparationLimits().consistencyMax() + 1e-12) {
      return Optional.empty();
    }
    return buy(catalogue, (a, h) -> a.consistencyGain() * response * (a.progress(h + STEP) - a.progress(h)),
        by - TOLERANCE);
  }

  /**
   * Hours that raise interview readiness by {@code by} from {@code readiness}; empty when more than
   * preparation can close of the gap to a practised candidate. The shares of the gap combine as a
   * product of what each activity leaves, so the greedy order works on its logarithm, where each
   * activity's next half-hour is worth less the more it has had.
   */
  public static Optional<Purchase> readiness(Catalogue catalogue, double readiness, double by, double response) {
    double gap = catalogue.preparationLimits().readinessGap(readiness);
    if (by > mostReadiness(catalogue, readiness, response) + TOLERANCE) {
      return Optional.empty();
    }
    double need = -Math.log(1 - Math.max(0, by - TOLERANCE) / gap);
    return buy(catalogue, (a, h) -> Math.log((1 - a.readinessShare(h, response)) / (1 - a.readinessShare(h + STEP, response))),
        need);
  }

  /** The most any amount of preparation raises interview readiness from {@code readiness}, for a typical response. */
  public static double mostReadiness(Catalogue catalogue, double readiness, double response) {
    double left = 1;
    for (Activity a : catalogue.activities().values()) {
      left *= 1 - Math.min(1, response * a.readinessGain());
    }
    return catalogue.preparationLimits().readinessGap(readiness) * (1 - left);
  }

  /** What the next half-hour of an activity, after {@code hours} of it, adds towards a raise. */
  private interface StepGain {
    double next(Activity activity, double hours);
  }

  /** Half-hours to the activity whose next one adds most, until {@code need} is reached. */
  private static Optional<Purchase> buy(Catalogue catalogue, StepGain gain, double need) {
    Map<String, Double> hours = new LinkedHashMap<>();
    double got = 0;
    double total = 0;
    while (got < need) {
      if (total >= MAX_HOURS) {
        return Optional.empty();
      }
      Activity best = null;
      double bestStep = 0;
      for (Activity a : catalogue.activities().values()) {
        double h = hours.getOrDefault(a.id(), 0.0);
        double step = gain.next(a, h);
        if (step > bestStep) {
          best = a;
          bestStep = step;
        }
      }
      if (best == null) {
        return Optional.empty();
      }
      hours.merge(best.id(), STEP, Double::sum);
      got += bestStep;
      total += STEP;
    }
    return Optional.of(new Purchase(total, ImmutableMap.copyOf(hours)));
  }
}
