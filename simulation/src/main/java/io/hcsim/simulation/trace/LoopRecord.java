package io.hcsim.simulation.trace;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.committee.Decision;
import io.hcsim.core.signal.Signal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The full trace of one loop: every round, the decision, the round that ended it, the
 * competencies cited when there is no offer, the offer, the final belief and the truth.
 *
 * @param endedAt id of the round that ended the loop, or empty when it was decided after the last
 *     interview with no deciding round
 */
public record LoopRecord(
    long run,
    ImmutableList<RoundRecord> rounds,
    Decision decision,
    Optional<String> endedAt,
    ImmutableList<String> concerns,
    OptionalLong offer,
    Signal finalSignal,
    double trueOverall) {}
