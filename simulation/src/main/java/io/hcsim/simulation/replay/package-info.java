/**
 * One loop written up as a debrief, computed and ready to render: {@link
 * io.hcsim.simulation.replay.DebriefPlayer} plays and searches the runs of a simulated candidate
 * (with the counterfactual on the same draws and how typical the loop was), {@link
 * io.hcsim.simulation.replay.ScoreReplay} runs a team's real scorecards through the same signal and
 * committee, and {@link io.hcsim.simulation.replay.RemainingOdds} plays the rounds an unfinished
 * loop still has to come. The result is a {@link io.hcsim.simulation.replay.Debrief}, an immutable
 * record that any front end renders without running anything.
 */
package io.hcsim.simulation.replay;
