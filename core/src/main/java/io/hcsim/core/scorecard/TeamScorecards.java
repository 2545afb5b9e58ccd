package io.hcsim.core.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.rating.Scorecard;

/**
 * What a hiring team has after some or all rounds of a loop: the scorecards in the loop's order,
 * each with the recommendation the interviewer gave (or, when the file leaves it out, the one the
 * engine's interviewers would give from those ratings), and the team's notes per round.
 *
 * @param recommendationGiven the rounds whose recommendation the file states
 */
public record TeamScorecards(
    String loopRef,
    Loop loop,
    Level target,
    String candidate,
    ImmutableList<Scorecard> cards,
    ImmutableMap<String, String> notes,
    ImmutableList<String> recommendationGiven) {}
