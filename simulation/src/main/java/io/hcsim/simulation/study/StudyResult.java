package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A study: the loop and level, how many candidates on which seed, the sweeps (none, one or two)
 * and one result per point, the grid in the order of the sweeps (the first varies slowest).
 *
 * @param qualifiedShare the share of the pool whose true overall clears the target bar
 * @param calendar whether the loop has a calendar (the days metrics are measured)
 * @param fullInformationHireRate the share the full-information reference offers: the loop as
 *     given with every interview played and nothing ending it early, the committee deciding
 * @param fullInformationRightDecision the reference's own right decisions (level-aware)
 * @param interviews the loop's interviews at the target level, the deciding round apart
 * @param curve a plain study's loop cut after each number of interviews (none with a sweep, or
 *     for a loop of one interview)
 * @param cutDays the days played through that the study cuts inside (its curve reads after every
 *     interview; a rounds sweep, where a value ends inside the day): such a cut takes every choice
 *     of the day's interviews; empty otherwise
 */
public record StudyResult(
    String loopRef,
    String loopName,
    String targetLevel,
    double targetBar,
    long candidates,
    long seed,
    ImmutableList<Sweep> sweeps,
    ImmutableList<PointResult> points,
    double qualifiedShare,
    boolean calendar,
    double fullInformationHireRate,
    Estimate fullInformationRightDecision,
    int interviews,
    Optional<InterviewCurve> curve,
    ImmutableList<CutDay> cutDays) {

  /** Share of the full loop's gain over one interview at which a recruiting lead can stop adding interviews. */
  public static final double FLAT = 0.9;

  /** The metrics a reader should see for this loop: the days only when the loop has a calendar. */
  public ImmutableList<Metric> metrics() {
    return Arrays.stream(Metric.values())
        .filter(m -> calendar || m.kind() != Metric.Kind.DAYS)
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether the study is one sweep of the number of interviews, a curve that can flatten. */
  public boolean roundsCurve() {
    return sweeps.size() == 1 && sweeps.get(0).parameter() == SweepParameter.ROUNDS;
  }

  /**
   * Along a rounds sweep, the first point whose {@code metric} reaches {@code fraction} of the gain
   * of the last point over the first (the full loop over the fewest interviews swept); empty when
   * the study is not a rounds curve or the metric does not rise from first to last.
   */
  public OptionalInt reaching(Metric metric, double fraction) {
    if (!roundsCurve()) {
      return OptionalInt.empty();
    }
    double first = points.get(0).get(metric).value();
    double gain = points.get(points.size() - 1).get(metric).value() - first;
    if (!(gain > 0)) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).get(metric).value() - first >= fraction * gain) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.of(points.size() - 1);
  }

  /** The share of the gain of the last point over the first that point {@code i} reaches, on {@code metric}. */
  public double shareOfGain(Metric metric, int i) {
    double first = points.get(0).get(metric).value();
    double gain = points.get(points.size() - 1).get(metric).value() - first;
    return (points.get(i).get(metric).value() - first) / gain;
  }

  /**
   * Interviewer hours per candidate for each point (.01) of validity, from point {@code from} to
   * point {@code to}: the extra hours over the extra validity (from nothing when {@code from} is
   * negative); NaN when validity does not rise.
   */
  public double hoursPerValidityPoint(int from, int to) {
    double hours = points.get(to).get(Metric.HOURS_PER_CANDIDATE).value();
    double validity = points.get(to).get(Metric.VALIDITY).value();
    if (from >= 0) {
      hours -= points.get(from).get(Metric.HOURS_PER_CANDIDATE).value();
      validity -= points.get(from).get(Metric.VALIDITY).value();
    }
    return validity > 0 ? hours / (100 * validity) : Double.NaN;
  }

  /** The better of the two baselines' right decisions (no one offered, everyone offered the target level). */
  public double betterBaseline() {
    PointResult p = points.get(0);
    return Math.max(p.get(Metric.REJECT_ALL_BASELINE).value(), p.get(Metric.OFFER_ALL_BASELINE).value());
  }
}
