package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.prep.Plan;
import io.hcsim.simulation.experiment.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The allocation of an hours budget, in whole steps, that maximises an objective. Every
 * evaluation plays the candidates on one seed, so the objective is a fixed function of the hours
 * (common random numbers freeze the noise) and two allocations differ only by what they change.
 *
 * <p>Greedy first: each step goes to the activity whose extra step raises the objective most.
 * Each activity's learning curve is concave, so greedy is exact for one activity; across
 * competencies it is not (the ceiling and the committee's rules tie them together), so the greedy
 * allocation is then improved by moving one step at a time from any activity to any other while
 * that helps. The winner is then checked on a fresh seed against the built-in strategies
 * (by the caller), so a choice that only fitted the search seed's noise shows.
 */
public final class Optimizer {
  /** Passes of single-step moves after the greedy allocation; each pass tries every move. */
  static final int MAX_MOVE_PASSES = 6;

  /** The result of a search, with its trail. */
  public record Result(Plan plan, double value, int evaluations, ImmutableList<String> trail) {}

  private final PlanTrial trial;
  private final List<String> activities;

  public Optimizer(PlanTrial trial) {
    this.trial = trial;
    this.activities = List.copyOf(trial.catalogue().activities().keySet());
  }

  public Result optimise(String name, double budget, double step, Objective objective, long seed, long runs) {
    int steps = (int) Math.floor(budget / step + 1e-9);
    int n = activities.size();
    int[] current = new int[n];
    int evaluations = 0;
    List<String> trail = new ArrayList<>();
    double value = Double.NaN;
    for (int s = 0; s < steps; s++) {
      List<int[]> options = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        int[] o = current.clone();
        o[a]++;
        options.add(o);
      }
      double[] v = evaluate(options, name, step, objective, seed, runs);
      evaluations += options.size();
      int best = argmax(v);
      current = options.get(best);
      value = v[best];
    }
    trail.add("greedy: " + describe(current, step));
    for (int pass = 0; pass < MAX_MOVE_PASSES; pass++) {
      List<int[]> options = new ArrayList<>();
      options.add(current);
      for (int from = 0; from < n; from++) {
        if (current[from] == 0) {
          continue;
        }
        for (int to = 0; to < n; to++) {
          if (to != from) {
            int[] o = current.clone();
            o[from]--;
            o[to]++;
            options.add(o);
          }
        }
      }
      double[] v = evaluate(options, name, step, objective, seed, runs);
      evaluations += options.size();
      int best = argmax(v);
      value = v[0];
      if (best == 0) {
        break;
      }
      current = options.get(best);
      value = v[best];
      trail.add("move " + (pass + 1) + ": " + describe(current, step));
    }
    return new Result(plan(name, current, step), value, evaluations, ImmutableList.copyOf(trail));
  }

  private double[] evaluate(List<int[]> options, String name, double step, Objective objective, long seed, long runs) {
    List<PreparedSource> sources = options.stream().map(o -> trial.source(plan(name, o, step))).toList();
    Field.Result r = Field.run(trial.loop(), sources, seed, runs, trial.threads(), false);
    double[] v = new double[options.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = objective.value(r, i);
    }
    return v;
  }

  /** The first of the highest values: ties go to the earlier option (the current allocation, or catalogue order). */
  private static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  private Plan plan(String name, int[] steps, double step) {
    Map<String, Double> hours = new LinkedHashMap<>();
    for (int a = 0; a < steps.length; a++) {
      if (steps[a] > 0) {
        hours.put(activities.get(a), steps[a] * step);
      }
    }
    return new Plan(name, ImmutableMap.copyOf(hours), OptionalInt.empty(), OptionalDouble.empty());
  }

  private String describe(int[] steps, double step) {
    StringBuilder s = new StringBuilder();
    for (int a = 0; a < steps.length; a++) {
      if (steps[a] > 0) {
        s.append(s.length() == 0 ? "" : ", ").append(activities.get(a)).append(' ').append(steps[a] * step);
      }
    }
    return s.length() == 0 ? "nothing" : s.toString();
  }
}
