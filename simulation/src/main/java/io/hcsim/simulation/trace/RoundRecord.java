package io.hcsim.simulation.trace;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.loop.Round;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Signal;

/**
 * One round of a traced loop, as a debrief shows it: the scorecard, what the interviewer
 * observed before cutting it into ratings, what ended the loop here if anything, and the
 * committee's belief after the round (with P(overall >= bar) per level id).
 *
 * @param stop what ended the loop at this round, or {@link Stop#NONE}
 */
public record RoundRecord(
    Round round,
    Scorecard scorecard,
    ImmutableMap<String, Double> observed,
    boolean compensationStep,
    boolean vetoed,
    boolean stopped,
    Signal signalAfter,
    ImmutableMap<String, Double> levelProbabilities,
    Stop stop) {

  /** The interviewer's overall recommendation as a score 1-4. */
  public int roundScore() {
    return scorecard.recommendation().score();
  }
}
