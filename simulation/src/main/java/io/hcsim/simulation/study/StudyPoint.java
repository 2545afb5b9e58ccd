package io.hcsim.simulation.study;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.loop.Loop;

/**
 * One loop a study plays: the values of the swept parameters that made it (none for a plain
 * study), and the loop as one or more variants the candidates take in turn. There is more than one
 * when the point keeps some of the interviews of a day played through: the day's interviews have
 * no order to cut at, so every choice of them is played, each on an equal share of the candidates.
 * The variants have the same number of rounds, the same committee and the same calendar or none.
 */
public record StudyPoint(ImmutableMap<String, String> values, ImmutableList<Loop> variants) {
  public StudyPoint {
    checkArgument(!variants.isEmpty(), "a study point plays at least one loop");
  }

  public StudyPoint(ImmutableMap<String, String> values, Loop loop) {
    this(values, ImmutableList.of(loop));
  }

  /** The first variant: the loop's committee, calendar and number of rounds are those of every variant. */
  public Loop loop() {
    return variants.get(0);
  }
}
