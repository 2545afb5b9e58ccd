/**
 * The cumulative signal: the committee's belief about each competency and about the overall
 * proficiency given every rating so far (an exact grid posterior per competency, combined with
 * the pool's correlation in closed form), the rating model it inverts, and the normal CDF and its
 * threshold test that turn the belief into P(overall &gt;= bar). Shared by simulated and real loops.
 */
package io.hcsim.core.signal;
