package io.hcsim.core.prep;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan laid out week by week: activities in the order of their phase (reading and research
 * first, practice next, mock loops last), each week filled up to the hours a week before the next
 * one starts. An activity may straddle two weeks.
 */
public record Schedule(double hoursPerWeek, ImmutableList<Week> weeks) {
  /** One week: hours per activity, in the order they are done. */
  public record Week(int number, ImmutableMap<String, Double> hours) {
    public double total() {
      return hours.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /**
   * Lays {@code plan} out over {@code weeks} weeks of at most {@code hoursPerWeek}; with no hours a
   * week given, the plan's hours are spread evenly (rounded up to the half hour).
   *
   * @throws IllegalArgumentException when the plan does not fit
   */
  public static Schedule of(Plan plan, Map<String, Activity> activities, int weeks, double hoursPerWeek) {
    double total = plan.totalHours();
    double perWeek = hoursPerWeek > 0 ? hoursPerWeek : Math.ceil(total / weeks * 2) / 2;
    if (total > weeks * perWeek + 1e-9) {
      throw new IllegalArgumentException("plan of " + total + " hours does not fit in " + weeks + " weeks of " + perWeek);
    }
    List<Activity> order = new ArrayList<>(activities.values());
    order.sort(Comparator.comparing(Activity::phase)); // stable: catalogue order within a phase
    List<Map<String, Double>> out = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      out.add(new LinkedHashMap<>());
    }
    int week = 0;
    double room = perWeek;
    for (Activity a : order) {
      double left = plan.hours(a.id());
      while (left > 1e-9) {
        if (room <= 1e-9) {
          week++;
          room = perWeek;
        }
        double h = Math.min(left, room);
        out.get(week).merge(a.id(), h, Double::sum);
        left -= h;
        room -= h;
      }
    }
    ImmutableList.Builder<Week> built = ImmutableList.builder();
    for (int w = 0; w < weeks; w++) {
      built.add(new Week(w + 1, ImmutableMap.copyOf(out.get(w))));
    }
    return new Schedule(perWeek, built.build());
  }
}
