package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;

/**
 * A study: the loop and level, how many candidates on which seed, the sweeps (none, one or two)
 * and one result per point, the grid in the order of the sweeps (the first varies slowest).
 *
 * @param qualifiedShare the share of the pool whose true overall clears the target bar
 * @param calendar whether the loop has a calendar (the days metrics are measured)
 * @param fullInformationHireRate the share the loop as given would offer with every round played
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
    double fullInformationHireRate) {

  /** The metrics a reader should see for this loop: the days only when the loop has a calendar. */
  public ImmutableList<Metric> metrics() {
    return java.util.Arrays.stream(Metric.values())
        .filter(m -> calendar || m.kind() != Metric.Kind.DAYS)
        .collect(ImmutableList.toImmutableList());
  }
}
