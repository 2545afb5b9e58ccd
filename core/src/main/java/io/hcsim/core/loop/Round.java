package io.hcsim.core.loop;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One round of a loop: who interviews, what they assess (focus weights over competencies), what
 * is a must-have, whether it is a gate, how long it takes.
 *
 * @param focus weights over competency ids, in the file's order; empty for a round that only
 *     decides (the hiring committee reading the packet)
 * @param mustHave competencies whose Strong No makes the interviewer's recommendation Strong No
 * @param gate the round's pass mark, when it is not {@link Gate#DEFAULT}
 * @param checksCompensation the interviewer also weighs the candidate's compensation expectation
 *     against the target band (the recruiter screen)
 * @param fromLevel the round happens only for targets at or above this level id
 * @param decides the round is where the committee decides (reads the packet)
 * @param hours interviewer hours the round costs
 * @param continueAbove this round's own threshold for going on after it (else the committee's)
 * @param daysAfterPrevious the days between the round before and this one (the loop's calendar)
 */
public record Round(
    String id,
    String personaId,
    ImmutableMap<String, Double> focus,
    ImmutableSet<String> mustHave,
    Optional<Gate> gate,
    boolean checksCompensation,
    Optional<String> fromLevel,
    boolean decides,
    double hours,
    OptionalDouble continueAbove,
    Optional<DayRange> daysAfterPrevious) {
  public Round {
    checkArgument(hours >= 0, "hours must be >= 0");
    checkArgument(decides == focus.isEmpty(), "a round either decides or assesses competencies");
  }

  /** The score a recommendation needs for the round to pass ({@link Gate#DEFAULT} unless the round sets one). */
  public int passMark() {
    return gate.orElse(Gate.DEFAULT).minimum().score();
  }

  /**
   * Whether the round is one of a day played through (its continueAbove is 0): nobody reads its
   * feedback before the next interview, so its fail is held and weighed at the day's end.
   */
  public boolean playedThrough() {
    return continueAbove.orElse(1) == 0;
  }

  /** A round without a calendar. */
  public Round(String id, String personaId, ImmutableMap<String, Double> focus, ImmutableSet<String> mustHave,
      Optional<Gate> gate, boolean checksCompensation, Optional<String> fromLevel, boolean decides, double hours,
      OptionalDouble continueAbove) {
    this(id, personaId, focus, mustHave, gate, checksCompensation, fromLevel, decides, hours, continueAbove,
        Optional.empty());
  }
}
