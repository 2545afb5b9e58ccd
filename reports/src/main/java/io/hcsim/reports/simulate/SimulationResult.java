package io.hcsim.reports.simulate;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.experiment.Summary;
import io.hcsim.simulation.prep.Sensitivity.Lever;
import io.hcsim.simulation.calendar.DecisionDays;
import io.hcsim.simulation.experiment.Paired;
import io.hcsim.simulation.odds.EffectiveBar;
import io.hcsim.simulation.odds.LevelOdds;
import io.hcsim.simulation.reasons.WeakSpots;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.prep.Sensitivity;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.List;
import java.util.OptionalLong;

/**
 * Everything `hcsim simulate` reports: the summary of the experiment, the levers (P(offer) with
 * each competency raised, on the same draws), and what the user asked for.
 *
 * @param profileRef the bundled name or file the profile came from
 * @param loopRef the bundled name or file the loop came from
 * @param rule the id of the decision rule the loop's committee applies
 * @param overall the candidate's true overall proficiency under the loop's role weights
 * @param rounds the rounds of the loop for the target level, in order
 * @param elapsedMillis wall time of the experiment, reported only on request
 * @param threads how many threads ran it (does not change results)
 * @param otherLevels the odds applying one level lower and one higher
 * @param effectiveBar the overall at which this shape has an even chance of an offer at the target
 * @param weakSpots what the notes cite more often than for an even profile with the same overall
 * @param selfAssessment the stated candidate against the same candidate 0.3 weaker and 0.3
 *     stronger everywhere, on the same draws (variants in that order)
 * @param days days from the first round to a decision, for offers and for the rest, when the
 *     loop has a calendar
 */
public record SimulationResult(
    String profileRef,
    String loopRef,
    String rule,
    CandidateProfile profile,
    double overall,
    Summary summary,
    ImmutableList<io.hcsim.core.loop.Round> rounds,
    ImmutableList<Lever> levers,
    Catalogue catalogue,
    OptionalLong elapsedMillis,
    int threads,
    ImmutableList<LevelOdds> otherLevels,
    EffectiveBar effectiveBar,
    WeakSpots weakSpots,
    ImmutableList<Paired.Comparison> selfAssessment,
    java.util.Optional<DecisionDays> days) {

  /** How far the self-assessment range moves every competency. */
  public static final double SELF_ASSESSMENT_SHIFT = 0.3;
  /** Runs per lever in the sensitivity part: a paired difference to about +-0.5 points. */
  static final long LEVER_RUNS = 10_000;
  /** Runs for the odds at the neighbouring levels and the self-assessment range. */
  static final long SIDE_RUNS = 10_000;
  /** Runs per bisection step of the effective bar. */
  static final long BAR_RUNS = 5_000;
  /** Runs of the even profile the weak spots are measured against. */
  static final long EVEN_RUNS = 20_000;
  /** Runs for the days to a decision (the experiment's own first runs): quantiles of days settle fast. */
  static final long DAYS_RUNS = 100_000;

  /**
   * Everything `simulate` reports beyond the summary, each part on the experiment's seed (common
   * random numbers) and at most as many runs as the experiment made.
   *
   * @param source where the experiment's candidates came from (the stated profile, with its
   *     uncertainty if any)
   * @param startNanos when the work began, for the elapsed time
   */
  public static SimulationResult analyse(String profileRef, String loopRef, CandidateProfile profile, LoopPlan plan,
      Candidate candidate, CandidateSource source, Summary summary, int threads, long startNanos, boolean timings) {
    Loop loop = plan.loop();
    Catalogue catalogue = plan.catalogue();
    long seed = summary.seed();
    long runs = Math.max(summary.runs(), 1);
    long side = Math.min(SIDE_RUNS, runs);
    var levers = Sensitivity.levers(plan, candidate, seed, Math.min(LEVER_RUNS, runs), threads);
    var otherLevels = LevelOdds.around(catalogue, loop, plan.target(), source, seed, side, threads);
    EffectiveBar bar = EffectiveBar.find(plan, candidate, seed, Math.min(BAR_RUNS, runs), threads);
    double overall = plan.overall(candidate);
    Candidate even = candidate.copy();
    for (int c = 0; c < even.competencies(); c++) {
      even.raise(c, overall - even.proficiency(c), Proficiency.MAX);
    }
    Summary evenSummary = Summary.of("even", plan, seed, new Experiment(plan, CandidateSource.fixed(even),
        Settings.runs(seed, Math.min(EVEN_RUNS, runs), threads)).run(), false);
    Candidate weaker = candidate.copy();
    weaker.shiftAll(-SELF_ASSESSMENT_SHIFT, Proficiency.MIN, Proficiency.MAX);
    Candidate stronger = candidate.copy();
    stronger.shiftAll(SELF_ASSESSMENT_SHIFT, Proficiency.MIN, Proficiency.MAX);
    var range = Paired.compareAll(new Paired.Scenario(plan, candidate),
        List.of(new Paired.Scenario(plan, weaker), new Paired.Scenario(plan, stronger)), seed, side, threads);
    long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
    return new SimulationResult(profileRef, loopRef, loop.committee().rule().id(), profile, overall, summary,
        plan.rounds(), levers, catalogue, timings ? OptionalLong.of(elapsed) : OptionalLong.empty(), threads,
        otherLevels, bar, WeakSpots.of(summary, evenSummary), range,
        loop.hasCalendar() ? java.util.Optional.of(DecisionDays.measure(plan, source, seed, Math.min(runs, DAYS_RUNS), threads))
            : java.util.Optional.empty());
  }
}
