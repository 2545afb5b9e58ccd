package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;

/**
 * The loop cut after each number of interviews, on the same candidates and draws: its validity
 * there (the final score after that interview against the true overall), the interviewer hours it
 * would have cost, and the share of the full loop's validity gain over the first interview it
 * reaches; where that share first reaches {@link StudyResult#FLAT} (the curve flattens), and what
 * a point (0.01) of validity costs before and after. The shares and costs carry jackknife intervals.
 *
 * @param flattensAt the fewest interviews that reach the share, empty when validity does not rise
 * @param hoursPerValidityPointBefore interviewer hours per candidate per point of validity from the
 *     first interview to the flattening point
 * @param hoursPerValidityPointAfter the same from the flattening point to the full loop (NONE when
 *     it flattens only at the last interview, or validity does not rise after it)
 */
public record InterviewCurve(
    ImmutableList<Point> points,
    OptionalInt flattensAt,
    Estimate hoursPerValidityPointBefore,
    Estimate hoursPerValidityPointAfter) {

  /**
   * The loop cut after {@code interviews}: a loop ended sooner counts as it ended; one still going
   * goes to the committee (whose hours count).
   */
  public record Point(int interviews, Estimate validity, Estimate hoursPerCandidate, Estimate shareOfGain) {}

  /** The point of {@code interviews} (1-based). */
  public Point at(int interviews) {
    return points.get(interviews - 1);
  }
}
