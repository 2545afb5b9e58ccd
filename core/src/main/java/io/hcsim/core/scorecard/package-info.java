/**
 * A hiring team's real scorecards: the file format (the loop, the target level and the rounds
 * held so far, each with its ratings, recommendation and notes), its reader, and the checked
 * result that {@code hcsim score} replays through the signal and the committee.
 */
package io.hcsim.core.scorecard;
