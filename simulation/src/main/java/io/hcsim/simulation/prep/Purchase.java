package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

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
    return buy(catalogue, a -> a.gains().getOrDefault(competency, 0.0) * scale, by);
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
    return buy(catalogue, a -> a.consistencyGain() * response, by);
  }

  private static Optional<Purchase> buy(Catalogue catalogue, ToDoubleFunction<Activity> gain, double by) {
    Map<String, Double> hours = new LinkedHashMap<>();
    double got = 0;
    double total = 0;
    while (got < by - TOLERANCE) {
      if (total >= MAX_HOURS) {
        return Optional.empty();
      }
      Activity best = null;
      double bestStep = 0;
      for (Activity a : catalogue.activities().values()) {
        double h = hours.getOrDefault(a.id(), 0.0);
        double step = gain.applyAsDouble(a) * (a.progress(h + STEP) - a.progress(h));
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
