package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Committee;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.simulation.calendar.DayCounts;
import io.hcsim.simulation.calendar.LoopCalendar;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.experiment.ParallelRuns;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopRunner;
import io.hcsim.simulation.run.PoolSource;
import io.hcsim.simulation.trace.Stop;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Draws candidates from the target level's applicant pool and plays every study point's loop on
 * each, on the same draws (common random numbers), comparing each decision with the truth and
 * with the full-information decision of the loop as given. A point whose loop has variants (a cut
 * inside a day played through, {@link StudyPoint}) plays each on an equal share of the candidates,
 * a run of consecutive ones each, by run number. Workers keep only integer counts
 * (outcomes, rounds reached, days in quarter-day bins), so the result is the same for any number
 * of threads and memory does not grow with the number of candidates.
 */
public final class Study {
  /** More points than this is no longer a grid anyone reads. */
  public static final int MAX_POINTS = 400;

  private final Catalogue catalogue;
  private final Level target;
  private final LoopPlan fullPlan;
  private final List<Compiled> points;
  private final PoolSource source;
  private final int[] window;
  private final double[] windowBar;
  private final double targetBar;
  private final int targetIndex;
  private final int interviews;
  /** The days played through of the loop at the target, which a cut inside averages over. */
  private final ImmutableList<CutDay> days;
  /** The interviews of a plain study's loop when the curve of its first k is measured (two or more), else 0. */
  private final int curveInterviews;

  /**
   * A point's loops compiled for the target, with what the tally needs per round: {@code hoursReached}
   * holds each variant's hours after 0, 1, ... rounds, one variant after another.
   */
  private record Compiled(StudyPoint point, LoopPlan[] plans, double[] hoursReached, LoopCalendar[] calendars) {
    LoopPlan plan() {
      return plans[0];
    }

    /**
     * The variant candidate {@code run} of {@code candidates} plays: each an equal share (to one
     * candidate), in runs of consecutive candidates, so a worker keeps one variant's tables in cache.
     */
    int variant(long run, long candidates) {
      return (int) (run * plans.length / candidates);
    }

    /** Where variant {@code v}'s hours start in {@link #hoursReached}. */
    int hoursFrom(int v) {
      return v * (plans[0].rounds().size() + 1);
    }
  }

  public Study(Catalogue catalogue, Loop loop, Level target, List<StudyPoint> points) {
    if (points.size() > MAX_POINTS) {
      throw new StudyInputException("--sweep: a grid of " + points.size() + " points; expected at most " + MAX_POINTS
          + " (fewer values)");
    }
    this.catalogue = catalogue;
    this.target = target;
    this.fullPlan = new LoopPlan(catalogue, LoopVariants.fullInformation(loop), target);
    this.points = points.stream().map(this::compile).toList();
    this.source = new PoolSource(catalogue.pool(), target, catalogue.competencies());
    LoopPlan given = new LoopPlan(catalogue, loop, target);
    List<Level> levels = given.committee().window();
    List<Round> rounds = given.rounds();
    this.days = LoopVariants.days(rounds).stream()
        .map(d -> new CutDay(d[0] + 1, rounds.subList(d[0], d[1]).stream().map(Round::id)
            .collect(ImmutableList.toImmutableList())))
        .collect(ImmutableList.toImmutableList());
    this.window = levels.stream().mapToInt(l -> catalogue.levels().indexOf(l)).toArray();
    this.windowBar = levels.stream().mapToDouble(Level::bar).toArray();
    this.targetBar = target.bar();
    this.targetIndex = catalogue.levels().indexOf(target);
    this.interviews = LoopVariants.interviews(catalogue, loop, target);
    // A plain study (no sweep) also reads its loop cut after every number of interviews, in the same pass.
    boolean plain = this.points.size() == 1 && this.points.get(0).point().values().isEmpty();
    int curve = plain ? CurveTally.interviews(this.points.get(0).plan()) : 0;
    this.curveInterviews = curve >= 2 ? curve : 0;
  }

  /** The study points of {@code sweeps} (none, one or two) applied to {@code loop}, the first sweep varying slowest. */
  public static List<StudyPoint> grid(Catalogue catalogue, Loop loop, Level target, List<Sweep> sweeps) {
    List<StudyPoint> points = List.of(new StudyPoint(ImmutableMap.of(), loop));
    long size = sweeps.stream().mapToLong(s -> s.values().size()).reduce(1, (a, b) -> a * b);
    if (size > MAX_POINTS) {
      throw new StudyInputException("--sweep: a grid of " + size + " points; expected at most " + MAX_POINTS + " (fewer values)");
    }
    for (Sweep s : sweeps) {
      List<StudyPoint> next = new ArrayList<>();
      for (StudyPoint p : points) {
        for (String v : s.values()) {
          Map<String, String> values = new LinkedHashMap<>(p.values());
          values.put(s.parameter().id(), v);
          ImmutableList.Builder<Loop> variants = ImmutableList.builder();
          for (Loop variant : p.variants()) {
            variants.addAll(LoopVariants.apply(catalogue, variant, target, s.parameter(), v));
          }
          next.add(new StudyPoint(ImmutableMap.copyOf(values), variants.build()));
        }
      }
      points = next;
    }
    return points;
  }

  private Compiled compile(StudyPoint point) {
    int n = point.variants().size();
    LoopPlan[] plans = new LoopPlan[n];
    LoopCalendar[] calendars = new LoopCalendar[n];
    for (int v = 0; v < n; v++) {
      plans[v] = new LoopPlan(catalogue, point.variants().get(v), target);
    }
    // Every variant plays as many rounds at the target level (Compiled.hoursFrom).
    int size = plans[0].rounds().size() + 1;
    double[] hours = new double[n * size];
    for (int v = 0; v < n; v++) {
      calendars[v] = new LoopCalendar(plans[v]);
      List<Round> rounds = plans[v].rounds();
      for (int r = 0; r < rounds.size(); r++) {
        hours[v * size + r + 1] = hours[v * size + r] + rounds.get(r).hours();
      }
    }
    return new Compiled(point, plans, hours, calendars);
  }

  public StudyResult run(String loopRef, String loopName, long seed, long candidates, int threads, List<Sweep> sweeps,
      LongConsumer progress) {
    Worker w = ParallelRuns.run(new Draws(seed), 0, candidates, threads, () -> new Worker(candidates), progress);
    Map<Metric, Estimate> baselines = new EnumMap<>(Metric.class);
    baselines.put(Metric.REJECT_ALL_BASELINE, Tally.share(w.deservesNone, candidates));
    baselines.put(Metric.OFFER_ALL_BASELINE, Tally.share(w.deservesTarget, candidates));
    ImmutableList.Builder<PointResult> results = ImmutableList.builder();
    boolean calendar = true;
    for (int p = 0; p < points.size(); p++) {
      results.add(new PointResult(points.get(p).point().values(), w.tallies[p].metrics(baselines)));
      calendar &= points.get(p).point().loop().hasCalendar();
    }
    return new StudyResult(loopRef, loopName, target.id(), target.bar(), candidates, seed, ImmutableList.copyOf(sweeps),
        results.build(), (double) w.qualified / candidates, calendar,
        (double) w.fullHires / candidates, Tally.share(w.fullRight, candidates), interviews,
        w.curve == null ? Optional.empty() : Optional.of(w.curve.result()), cut(sweeps, w.curve != null));
  }

  /** The days the study cuts inside: every one for the curve, those a swept number of interviews ends inside. */
  private ImmutableList<CutDay> cut(List<Sweep> sweeps, boolean curve) {
    return days.stream()
        .filter(d -> curve || sweeps.stream().anyMatch(s -> s.parameter() == SweepParameter.ROUNDS
            && s.values().stream().anyMatch(v -> d.cutBy(Integer.parseInt(v)))))
        .collect(ImmutableList.toImmutableList());
  }

  /** The offer the truth deserves: the highest level of the window whose bar it clears, else none. */
  private int deserved(double truth) {
    int best = Committee.NO_HIRE;
    for (int i = 0; i < window.length; i++) {
      if (truth >= windowBar[i]) {
        best = window[i];
      }
    }
    return best;
  }

  private final class Worker implements ParallelRuns.Worker<Worker> {
    private final Candidate candidate = new Candidate(catalogue.competencies().size());
    private final LoopRunner full = new LoopRunner(fullPlan);
    /** runners[p][v]: point p's variant v. */
    private final LoopRunner[][] runners = new LoopRunner[points.size()][];
    private final Tally[] tallies = new Tally[points.size()];
    private final RatingCounts ratings = new RatingCounts(catalogue.competencies().size());
    /** A plain study's scores after each interview, and their counts; null otherwise. */
    private final InterviewScores scores;
    /** The orders a plain study's curve reads the interviews in, in turn ({@link LoopVariants#dayOrders}). */
    private final int[][] orders;
    private final CurveTally curve;
    private long qualified;
    private long fullHires;
    private long fullRight;
    private long deservesNone;
    private long deservesTarget;
    private final long candidates;

    Worker(long candidates) {
      this.candidates = candidates;
      for (int p = 0; p < runners.length; p++) {
        LoopPlan[] plans = points.get(p).plans();
        runners[p] = new LoopRunner[plans.length];
        for (int v = 0; v < plans.length; v++) {
          runners[p][v] = new LoopRunner(plans[v]);
        }
        tallies[p] = new Tally(points.get(p), targetBar);
      }
      LoopPlan plan = points.get(0).plan();
      scores = curveInterviews > 0 ? new InterviewScores(plan, curveInterviews, ratings) : null;
      orders = LoopVariants.dayOrders(plan.rounds());
      curve = curveInterviews > 0 ? new CurveTally(plan, orders, curveInterviews, targetBar) : null;
    }

    @Override
    public void play(long run, long runKey) {
      source.fill(run, runKey, candidate);
      double truth = fullPlan.overall(candidate);
      boolean isQualified = truth >= targetBar;
      if (isQualified) {
        qualified++;
      }
      int deserved = deserved(truth);
      deservesNone += deserved == Committee.NO_HIRE ? 1 : 0;
      deservesTarget += deserved == targetIndex ? 1 : 0;
      int fullOffer = Math.max(Committee.NO_HIRE, full.run(runKey, candidate).decision());
      if (fullOffer >= 0) {
        fullHires++;
      }
      fullRight += fullOffer == deserved ? 1 : 0;
      if (scores != null) {
        scores.reset();
        LoopOutcome o = runners[0][0].run(runKey, candidate, scores);
        // Not run % orders: the curve's jackknife batches are run % BATCHES, and each batch should hold every order.
        int order = (int) (run / CurveTally.BATCHES % orders.length);
        curve.add(run, scores.readInOrder(orders[order]) ? order : 0, scores, o.stop(), truth);
        tallies[0].add(o, 0, runKey, truth, isQualified, deserved, fullOffer, ratings);
        return;
      }
      for (int p = 0; p < runners.length; p++) {
        int v = points.get(p).variant(run, candidates);
        LoopOutcome o = runners[p][v].run(runKey, candidate, ratings);
        tallies[p].add(o, v, runKey, truth, isQualified, deserved, fullOffer, ratings);
      }
    }

    @Override
    public void merge(Worker other) {
      qualified += other.qualified;
      fullHires += other.fullHires;
      fullRight += other.fullRight;
      deservesNone += other.deservesNone;
      deservesTarget += other.deservesTarget;
      for (int p = 0; p < tallies.length; p++) {
        tallies[p].merge(other.tallies[p]);
      }
      if (curve != null) {
        curve.merge(other.curve);
      }
    }
  }

  /** One point's counts. */
  private static final class Tally {
    /** The committee's P(overall >= bar) is ranked by its z, which bins evenly; beyond +-8 the order no longer matters. */
    private static final double Z_RANGE = 8;

    private final Compiled point;
    private final double targetBar;
    /** Whether the final score is the committee's posterior (else the share of hire votes, for a vote rule). */
    private final boolean posterior;
    /** Bit r set for the rounds that rate (the deciding round apart). */
    private final long interviewMask;
    long n;
    long hires;
    long holds;
    long qualified;
    long hiredQualified;
    long hiredUnqualified;
    long right;
    long offersAt;
    long offersBelow;
    long offersAbove;
    long agree;
    /** Candidates (and hires) by variant and the number of rounds reached (as {@link Compiled#hoursReached}), for the hours. */
    final long[] reached;
    final long[] reachedHired;
    /** Candidates by days to the decision. */
    final DayCounts days = new DayCounts();
    final ScoreHistogram scores;
    final CorrelationSums validity = new CorrelationSums();
    final CorrelationSums validityDecided = new CorrelationSums();
    final RatingSpread spread;

    Tally(Compiled point, double targetBar) {
      this.point = point;
      this.targetBar = targetBar;
      this.reached = new long[point.hoursReached().length];
      this.reachedHired = new long[point.hoursReached().length];
      this.posterior = point.point().loop().committee().rule() == DecisionRule.POSTERIOR;
      this.scores = posterior ? new ScoreHistogram(-Z_RANGE, Z_RANGE) : new ScoreHistogram(0, 1);
      List<Round> rounds = point.plan().rounds();
      long mask = 0;
      for (int r = 0; r < rounds.size(); r++) {
        mask |= rounds.get(r).decides() ? 0 : 1L << r;
      }
      this.interviewMask = mask;
      this.spread = new RatingSpread(rounds.size());
    }

    void add(LoopOutcome o, int variant, long runKey, double truth, boolean isQualified, int deserved, int fullOffer,
        RatingCounts ratings) {
      n++;
      int decision = o.decision();
      boolean hired = decision >= 0;
      int roundsReached = o.roundsReached();
      int at = point.hoursFrom(variant) + roundsReached;
      reached[at]++;
      days.add(point.calendars()[variant].days(roundsReached, runKey));
      if (decision == Committee.HOLD) {
        holds++;
      }
      if (isQualified) {
        qualified++;
      }
      int offered = Math.max(Committee.NO_HIRE, decision);
      right += offered == deserved ? 1 : 0;
      if (hired) {
        hires++;
        reachedHired[at]++;
        if (isQualified) {
          hiredQualified++;
        } else {
          hiredUnqualified++;
        }
        offersAt += decision == deserved ? 1 : 0;
        offersBelow += decision < deserved ? 1 : 0;
        offersAbove += decision > deserved ? 1 : 0;
      }
      if (offered == fullOffer) {
        agree++;
      }
      double score;
      double rank;
      if (posterior) {
        score = o.overallMean();
        double sd = o.overallSd();
        rank = sd > 0 ? (score - targetBar) / sd : Math.copySign(Z_RANGE, score - targetBar);
      } else {
        long played = interviewMask & (roundsReached >= 64 ? -1L : (1L << roundsReached) - 1);
        int interviews = Long.bitCount(played);
        score = interviews == 0 ? 0 : (double) Long.bitCount(o.recommendedRounds() & played) / interviews;
        rank = score;
      }
      scores.add(rank, isQualified);
      validity.add(score - targetBar, truth - targetBar);
      if (o.stop() == Stop.NONE) {
        validityDecided.add(score - targetBar, truth - targetBar);
      }
      ratings.drainInto(spread);
    }

    void merge(Tally o) {
      n += o.n;
      hires += o.hires;
      holds += o.holds;
      qualified += o.qualified;
      hiredQualified += o.hiredQualified;
      hiredUnqualified += o.hiredUnqualified;
      right += o.right;
      offersAt += o.offersAt;
      offersBelow += o.offersBelow;
      offersAbove += o.offersAbove;
      agree += o.agree;
      add(reached, o.reached);
      add(reachedHired, o.reachedHired);
      days.merge(o.days);
      scores.merge(o.scores);
      validity.merge(o.validity);
      validityDecided.merge(o.validityDecided);
      spread.merge(o.spread);
    }

    private static void add(long[] into, long[] from) {
      for (int i = 0; i < into.length; i++) {
        into[i] += from[i];
      }
    }

    ImmutableMap<Metric, Estimate> metrics(Map<Metric, Estimate> baselines) {
      Map<Metric, Estimate> m = new EnumMap<>(Metric.class);
      long unqualified = n - qualified;
      long rejectedUnqualified = unqualified - hiredUnqualified;
      m.put(Metric.RIGHT_DECISION, share(right, n));
      m.putAll(baselines);
      m.put(Metric.RIGHT_AT_BAR, share(hiredQualified + rejectedUnqualified, n));
      m.put(Metric.BALANCED_ACCURACY, balanced(hiredQualified, qualified, rejectedUnqualified, unqualified));
      m.put(Metric.AUC, scores.auc());
      m.put(Metric.VALIDITY, validity.correlation());
      m.put(Metric.VALIDITY_DECIDED, validityDecided.correlation());
      m.put(Metric.RELIABILITY, spread.reliability());
      m.put(Metric.RATING_SD, spread.withinSd());
      m.put(Metric.PRECISION, share(hiredQualified, hires));
      m.put(Metric.RECALL, share(hiredQualified, qualified));
      m.put(Metric.FALSE_POSITIVE_RATE, share(hiredUnqualified, unqualified));
      m.put(Metric.FALSE_NEGATIVE_RATE, share(qualified - hiredQualified, qualified));
      m.put(Metric.HIRE_RATE, share(hires, n));
      m.put(Metric.HOLD_RATE, share(holds, n));
      m.put(Metric.OFFERS_AT_LEVEL, share(offersAt, hires));
      m.put(Metric.OFFERS_BELOW, share(offersBelow, hires));
      m.put(Metric.OFFERS_ABOVE, share(offersAbove, hires));
      m.put(Metric.AGREEMENT, share(agree, n));
      double[] h = point.hoursReached();
      m.put(Metric.HOURS_PER_CANDIDATE, Estimate.mean(h, reached));
      m.put(Metric.HOURS_PER_HIRE, perHire(h));
      if (point.point().loop().hasCalendar()) {
        m.put(Metric.DAYS_MEDIAN, quantile(days, 0.5));
        m.put(Metric.DAYS_P90, quantile(days, 0.9));
      }
      return ImmutableMap.copyOf(m);
    }

    /** The mean of recall and specificity, its interval from the two independent binomial variances. */
    private static Estimate balanced(long truePositives, long positives, long trueNegatives, long negatives) {
      if (positives == 0 || negatives == 0) {
        return Estimate.NONE;
      }
      double sensitivity = (double) truePositives / positives;
      double specificity = (double) trueNegatives / negatives;
      double value = (sensitivity + specificity) / 2;
      double half = Wilson.Z95 / 2 * Math.sqrt(sensitivity * (1 - sensitivity) / positives
          + specificity * (1 - specificity) / negatives);
      return new Estimate(value, value - half, value + half);
    }

    static Estimate share(long k, long of) {
      if (of == 0) {
        return Estimate.NONE;
      }
      Wilson w = Wilson.of95(k, of);
      return new Estimate((double) k / of, w.low(), w.high());
    }

    /**
     * All interviewer hours over the hires, with the delta-method interval of a ratio of means:
     * Var(R) ~ Var(h - R x) / (n E[x]^2), x the hire indicator.
     */
    private Estimate perHire(double[] h) {
      if (hires == 0) {
        return Estimate.NONE;
      }
      double eh2 = 0;
      double ehx = 0;
      double total = 0;
      for (int i = 0; i < reached.length; i++) {
        total += h[i] * reached[i];
        eh2 += h[i] * h[i] * reached[i];
        ehx += h[i] * reachedHired[i];
      }
      double ex = (double) hires / n;
      double r = total / hires;
      double var = (eh2 / n - 2 * r * ehx / n + r * r * ex) / (n * ex * ex);
      double half = Wilson.Z95 * Math.sqrt(Math.max(0, var));
      return new Estimate(r, r - half, r + half);
    }

    private static Estimate quantile(DayCounts days, double p) {
      double[] ci = days.quantileInterval(p, Wilson.Z95);
      return new Estimate(days.quantile(p), ci[0], ci[1]);
    }
  }
}
