package io.hcsim.core.prep;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.text.Text;

/**
 * A preparation activity. Spending h hours on it raises competency c by {@code gains[c] * (1 -
 * exp(-h / tau))}: an exponential learning curve with diminishing returns.
 *
 * @param gains the most it can raise each competency, in proficiency units
 * @param tau hours for about 63% of the most it can give
 * @param consistencyGain the most it can raise the candidate's consistency (mock loops)
 * @param readinessGain the largest share (0-1) of the gap between the candidate's interview
 *     readiness and a practised candidate's ({@link Limits#readinessPractised}) it closes: rehearsal
 *     under interview conditions and told stories, not knowledge
 * @param phase where it belongs in a week-by-week schedule
 */
public record Activity(
    String id, Text name, String description, ImmutableMap<String, Double> gains, double tau, double consistencyGain,
    double readinessGain, Phase phase) {

  /** The fraction of its gains that {@code hours} of this activity delivers. */
  public double progress(double hours) {
    return hours <= 0 ? 0 : 1 - Math.exp(-hours / tau);
  }

  /** The share of the readiness gap {@code hours} of this activity close, for a response of {@code response}. */
  public double readinessShare(double hours, double response) {
    return Math.min(1, response * readinessGain * progress(hours));
  }
}
