package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.trace.LoopAtLevel;

/** Everything `hcsim sensitivity` reports: the levers, each with the hours that buy it. */
public record HourValueResult(String profileRef, String loopRef, CandidateProfile profile, LoopAtLevel loop, long seed,
    long runs, ImmutableList<HourValue.Row> rows) {}
