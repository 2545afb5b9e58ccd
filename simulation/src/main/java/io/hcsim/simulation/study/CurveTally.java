package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.loop.Round;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.trace.Stop;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;

/**
 * One worker's counts for the {@link InterviewCurve}: per batch of candidates (run number modulo
 * {@link #BATCHES}) and per number of interviews, the exact correlation sums of the score after
 * that interview with the truth, and how many loops ended where and how. The batches give the
 * jackknife intervals of the shares of gain and of the costs, which are ratios of differences of
 * correlated figures; as every sum is an integer the result is the same for any number of threads.
 */
final class CurveTally {
  /** Delete-one-batch jackknife: enough batches that the normal quantile serves for the interval. */
  static final int BATCHES = 50;
  /** How a loop ended: it went on to the committee, a round's verdict ended it, the owner's reading did. */
  private static final int WENT_ON = 0;
  private static final int BY_ROUND = 1;
  private static final int BY_READING = 2;
  private static final int ENDS = 3;

  private final int interviews;
  private final double targetBar;
  /** hoursBefore[v][j]: the hours of the first j interviews in order v. */
  private final double[][] hoursBefore;
  /** The deciding round's hours (the committee), zero for a loop that the rule decides after its last interview. */
  private final double committeeHours;
  private final CorrelationSums[][] validity;
  /** ends[b][(v * (interviews + 1) + j) * ENDS + how]: loops of batch b read in order v that played j interviews and ended so. */
  private final long[][] ends;

  /** {@code orders}: the orders of the interviews the curve reads in turn ({@link LoopVariants#dayOrders}). */
  CurveTally(LoopPlan plan, int[][] orders, int interviews, double targetBar) {
    this.interviews = interviews;
    this.targetBar = targetBar;
    this.hoursBefore = new double[orders.length][interviews + 1];
    double committee = 0;
    List<Round> rounds = plan.rounds();
    for (Round r : rounds) {
      committee += r.decides() ? r.hours() : 0;
    }
    for (int v = 0; v < orders.length; v++) {
      for (int j = 0; j < interviews; j++) {
        hoursBefore[v][j + 1] = hoursBefore[v][j] + rounds.get(orders[v][j]).hours();
      }
    }
    this.committeeHours = committee;
    this.validity = new CorrelationSums[BATCHES][interviews];
    this.ends = new long[BATCHES][orders.length * (interviews + 1) * ENDS];
    for (CorrelationSums[] batch : validity) {
      for (int k = 0; k < interviews; k++) {
        batch[k] = new CorrelationSums();
      }
    }
  }

  /** The interviews a plan plays at its level (its rounds but the deciding one). */
  static int interviews(LoopPlan plan) {
    return (int) plan.rounds().stream().filter(r -> !r.decides()).count();
  }

  /** A loop read in order {@code order} ({@link InterviewScores#readInOrder}). */
  void add(long run, int order, InterviewScores scores, Stop stop, double truth) {
    int b = (int) (run % BATCHES);
    CorrelationSums[] batch = validity[b];
    double t = truth - targetBar;
    for (int k = 1; k <= interviews; k++) {
      batch[k - 1].add(scores.scoreAfter(k) - targetBar, t);
    }
    int how = stop == Stop.NONE ? WENT_ON : scores.endedByReading() ? BY_READING : BY_ROUND;
    ends[b][(order * (interviews + 1) + scores.played()) * ENDS + how]++;
  }

  void merge(CurveTally o) {
    for (int b = 0; b < BATCHES; b++) {
      for (int k = 0; k < interviews; k++) {
        validity[b][k].merge(o.validity[b][k]);
      }
      for (int i = 0; i < ends[b].length; i++) {
        ends[b][i] += o.ends[b][i];
      }
    }
  }

  /**
   * The hours of the loop cut after k interviews, for a loop read in order v that played j
   * interviews and ended {@code how} (the three in {@code cell}):
   * one ended within the first k (by a verdict at the k-th too, but not by the owner's reading
   * after it, as no interview follows the k-th to decide on) spent j interviews; any other goes on
   * to the committee after min(j, k).
   */
  private double hours(int k, int cell) {
    int how = cell % ENDS;
    int j = cell / ENDS % (interviews + 1);
    double[] before = hoursBefore[cell / ENDS / (interviews + 1)];
    boolean endedWithin = how != WENT_ON && (j < k || (j == k && how == BY_ROUND));
    return endedWithin ? before[j] : before[Math.min(k, j)] + committeeHours;
  }

  InterviewCurve result() {
    long[] all = new long[ends[0].length];
    CorrelationSums[] total = sums(-1, all);
    double[][] whole = figures(total, all);
    // Delete-one-batch replicates of every figure.
    double[][][] replicates = new double[BATCHES][][];
    for (int b = 0; b < BATCHES; b++) {
      long[] counts = new long[all.length];
      replicates[b] = figures(sums(b, counts), counts);
    }
    ImmutableList.Builder<InterviewCurve.Point> points = ImmutableList.builder();
    OptionalInt flat = OptionalInt.empty();
    for (int k = 1; k <= interviews; k++) {
      int at = k;
      Estimate share = jackknife(whole, replicates, f -> shareOfGain(f, at));
      if (flat.isEmpty() && share.value() >= StudyResult.FLAT) {
        flat = OptionalInt.of(k);
      }
      points.add(new InterviewCurve.Point(k, total[k - 1].correlation(), hoursMean(k, all), share));
    }
    Estimate before = Estimate.NONE;
    Estimate after = Estimate.NONE;
    if (flat.isPresent()) {
      int f = flat.getAsInt();
      before = f > 1 ? jackknife(whole, replicates, x -> perPoint(x, 1, f)) : Estimate.NONE;
      after = f < interviews ? jackknife(whole, replicates, x -> perPoint(x, f, interviews)) : Estimate.NONE;
    }
    return new InterviewCurve(points.build(), flat, before, after);
  }

  /** The sums over every batch but {@code except} (none left out when negative); the end counts added into {@code counts}. */
  private CorrelationSums[] sums(int except, long[] counts) {
    CorrelationSums[] out = new CorrelationSums[interviews];
    for (int k = 0; k < interviews; k++) {
      out[k] = new CorrelationSums();
    }
    for (int b = 0; b < BATCHES; b++) {
      if (b == except) {
        continue;
      }
      for (int k = 0; k < interviews; k++) {
        out[k].merge(validity[b][k]);
      }
      for (int i = 0; i < counts.length; i++) {
        counts[i] += ends[b][i];
      }
    }
    return out;
  }

  /** {validity by k, hours per candidate by k}, index k - 1. */
  private double[][] figures(CorrelationSums[] sums, long[] counts) {
    double[] v = new double[interviews];
    double[] h = new double[interviews];
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    for (int k = 1; k <= interviews; k++) {
      v[k - 1] = sums[k - 1].correlation().value();
      double s = 0;
      for (int cell = 0; cell < counts.length; cell++) {
        s += hours(k, cell) * counts[cell];
      }
      h[k - 1] = n == 0 ? Double.NaN : s / n;
    }
    return new double[][] {v, h};
  }

  /** The share of the gain of the full loop's validity over the first interview's that k interviews reach. */
  private double shareOfGain(double[][] f, int k) {
    double first = f[0][0];
    double gain = f[0][interviews - 1] - first;
    return gain > 0 ? (f[0][k - 1] - first) / gain : Double.NaN;
  }

  /** Hours per candidate per point (0.01) of validity from {@code from} interviews to {@code to}. */
  private static double perPoint(double[][] f, int from, int to) {
    double validity = f[0][to - 1] - f[0][from - 1];
    return validity > 0 ? (f[1][to - 1] - f[1][from - 1]) / (100 * validity) : Double.NaN;
  }

  /** The figure on all candidates, with the normal interval of its delete-one-batch jackknife SE. */
  private static Estimate jackknife(double[][] whole, double[][][] replicates, ToDoubleFunction<double[][]> figure) {
    double value = figure.applyAsDouble(whole);
    if (Double.isNaN(value)) {
      return Estimate.NONE;
    }
    double mean = 0;
    double[] r = new double[replicates.length];
    for (int b = 0; b < r.length; b++) {
      r[b] = figure.applyAsDouble(replicates[b]);
      mean += r[b];
    }
    mean /= r.length;
    double ss = 0;
    for (double x : r) {
      ss += (x - mean) * (x - mean);
    }
    double half = Wilson.Z95 * Math.sqrt((r.length - 1.0) / r.length * ss);
    return Double.isNaN(half) ? new Estimate(value, Double.NaN, Double.NaN) : new Estimate(value, value - half, value + half);
  }

  /** Hours per candidate of the loop cut after k interviews, with its normal interval. */
  private Estimate hoursMean(int k, long[] counts) {
    double[] h = new double[counts.length];
    for (int cell = 0; cell < counts.length; cell++) {
      h[cell] = hours(k, cell);
    }
    return Estimate.mean(h, counts);
  }
}
