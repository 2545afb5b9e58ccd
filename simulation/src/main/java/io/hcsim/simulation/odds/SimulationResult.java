package io.hcsim.simulation.odds;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.prep.Sensitivity.Lever;
import io.hcsim.simulation.calendar.DecisionDays;
import io.hcsim.simulation.reasons.WeakSpots;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.prep.Sensitivity;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

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
 * @param selfAssessment the odds as the candidate rates themselves against as interviewers would
 *     likely rate them (the summary's own reading), and the range the self-assessment's uncertainty
 *     spans
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
    SelfAssessmentOdds selfAssessment,
    Optional<DecisionDays> days) {

  /** Runs per lever in the sensitivity part: a paired difference to about +-0.5 points. */
  static final long LEVER_RUNS = 10_000;
  /** Runs for the odds at the neighbouring levels and the two readings of the self-assessment. */
  static final long SIDE_RUNS = 10_000;
  /** Runs per bisection step of the effective bar. */
  static final long BAR_RUNS = 5_000;
  /** Runs of the even profile the weak spots are measured against. */
  static final long EVEN_RUNS = 20_000;
  /** Runs for the days to a decision (the experiment's own first runs): quantiles of days settle fast. */
  public static final long DAYS_RUNS = 100_000;

  /**
   * Watchers for the experiment's runs that record its days to a decision, when the loop has a
   * calendar (see {@link #analyse}).
   */
  public static Supplier<DecisionDays.Recorder> daysRecorder(LoopPlan plan) {
    return DecisionDays.recorder(plan, plan.loop().hasCalendar() ? DAYS_RUNS : 0);
  }

  /**
   * Everything `simulate` reports beyond the summary, each part on the experiment's seed (common
   * random numbers) and at most as many runs as the experiment made. The parts are independent,
   * so they run side by side on {@code threads} threads, each on one; their results do not depend
   * on the thread count.
   *
   * @param source where the experiment's candidates came from (the stated profile, with its
   *     self-assessment error)
   * @param days what {@link #daysRecorder} recorded of the experiment's runs
   * @param startNanos when the work began, for the elapsed time
   */
  public static SimulationResult analyse(String profileRef, String loopRef, CandidateProfile profile, LoopPlan plan,
      Candidate candidate, CandidateSource source, Summary summary, DecisionDays days, int threads, long startNanos,
      boolean timings) {
    Loop loop = plan.loop();
    Catalogue catalogue = plan.catalogue();
    long seed = summary.seed();
    long runs = Math.max(summary.runs(), 1);
    long side = Math.min(SIDE_RUNS, runs);
    double overall = plan.overall(candidate);
    Candidate even = candidate.copy();
    for (int c = 0; c < even.competencies(); c++) {
      even.raise(c, overall - even.proficiency(c), Proficiency.MAX);
    }
    var structure = catalogue.pool().structure();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hcsim-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      // Longest first, so that the last to start are the short ones.
      var levers = pool.submit(() -> Sensitivity.levers(plan, candidate, profile.selfAssessment(), seed, Math.min(LEVER_RUNS, runs), 1));
      var bar = pool.submit(() -> EffectiveBar.find(plan, candidate, seed, Math.min(BAR_RUNS, runs), 1));
      var otherLevels = pool.submit(() -> LevelOdds.around(catalogue, loop, plan.target(), source, seed, side, 1));
      var self = pool.submit(() -> SelfAssessmentOdds.measure(plan, candidate, profile.selfAssessment(),
          seed, side));
      // The even profile is read as the candidate's own is (the same leniency and uncertainty, the same draws).
      var evenSummary = pool.submit(() -> new Experiment(plan, CandidateSource.stated(even, profile.selfAssessment(), structure),
          Settings.runs(seed, Math.min(EVEN_RUNS, runs), 1)).run().summary("even", plan, seed, false));
      WeakSpots weakSpots = WeakSpots.of(summary, done(evenSummary));
      long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
      return new SimulationResult(profileRef, loopRef, loop.committee().rule().id(), profile, overall, summary,
          plan.rounds(), done(levers), catalogue, timings ? OptionalLong.of(elapsed) : OptionalLong.empty(), threads,
          done(otherLevels), done(bar), weakSpots, done(self),
          loop.hasCalendar() ? Optional.of(days) : Optional.empty());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The typical offer as a package beside what the candidate has, when there is an offer to split. */
  public Optional<OfferPay> pay() {
    return OfferPay.of(summary, catalogue.levels(), profile);
  }

  /** A part's result, its failure rethrown as it was. */
  private static <T> T done(Future<T> part) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
