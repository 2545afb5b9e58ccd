package io.hcsim.cli;

import io.hcsim.core.files.Problems;
import io.hcsim.core.level.Level;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.prep.Schedule;
import io.hcsim.core.privacy.Pseudonym;
import io.hcsim.simulation.calendar.DecisionDays;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.PrecisionOutOfReach;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.prep.Objective;
import io.hcsim.simulation.prep.Optimizer;
import io.hcsim.simulation.prep.PlanTrial;
import io.hcsim.simulation.prep.PrepResult;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.DebriefPlayer;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopPlans;
import io.hcsim.simulation.study.LoopVariants;
import io.hcsim.simulation.study.Study;
import io.hcsim.simulation.study.StudyInputException;
import io.hcsim.simulation.study.StudyPoint;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * Each command's work from checked inputs to a finished result, the one place it is written:
 * the commands call it and print the result; {@code hcsim serve} calls it and answers with the
 * same JSON, so the page and the command line can never disagree.
 */
public final class Pipelines {
  private Pipelines() {}

  /** `simulate`: the odds of an offer, the levels, the funnel, the weak spots and the levers. */
  public static SimulationResult odds(Library library, Candidacy in, Settings settings, boolean timings,
      LongConsumer progress) throws PrecisionOutOfReach {
    LoopPlan plan = LoopPlans.of(library.catalogue(), in.loop(), in.profile().targetLevel());
    Candidate candidate = Candidate.of(in.profile(), library.catalogue().competencies());
    long start = System.nanoTime();
    CandidateSource source = CandidateSource.stated(candidate, in.profile().selfAssessment(),
        library.catalogue().pool().structure());
    Experiment.Watched<DecisionDays.Recorder> played =
        new Experiment(plan, source, settings, progress).run(SimulationResult.daysRecorder(plan));
    boolean expectation = in.profile().compensationExpectation().isPresent();
    Summary summary = played.acc().summary(in.profileRef(), plan, settings.seed(), expectation);
    return SimulationResult.analyse(in.profileRef(), in.loopRef(), in.profile(), plan, candidate, source, summary,
        played.watcher().result(), settings.threads(), start, timings);
  }

  /** `compare`: the plans (none first) on the same draws, ranked by P(offer). */
  public static PrepResult compare(Library library, Candidacy in, List<Plan> plans, double hours, long seed, long runs,
      int threads) {
    LoopPlan loop = LoopPlans.of(library.catalogue(), in.loop(), in.profile().targetLevel());
    PlanTrial trial = PlanChoice.trial(library.catalogue(), loop, in.profile(), threads);
    PlanTrial.Ranking ranking = trial.compare(plans, Objective.OFFER, seed, runs);
    return PrepResult.of(in.profileRef(), in.loopRef(), in.profile(), loop, hours, trial.candidate(),
        PlanChoice.after(trial, plans), ranking, Optional.empty());
  }

  /**
   * `optimize`: the allocation of {@code hours} in steps that maximises {@code goal} on {@code
   * seed}, confirmed on a fresh seed against every built-in strategy; laid out over {@code weeks}
   * when given (its plan is {@code result.optimised().orElseThrow().search().plan()}).
   */
  public static PrepResult optimise(Library library, Candidacy in, double hours, double step, Objective goal, long seed,
      long searchRuns, long runs, OptionalInt weeks, OptionalDouble hoursPerWeek, int threads) {
    LoopPlan loop = LoopPlans.of(library.catalogue(), in.loop(), in.profile().targetLevel());
    PlanTrial trial = PlanChoice.trial(library.catalogue(), loop, in.profile(), threads);
    Optimizer.Result found = new Optimizer(trial).optimise(OptimizeCommand.PLAN_NAME, hours, step, goal, seed, searchRuns);
    Plan plan = found.plan();
    Optional<Schedule> schedule = Optional.empty();
    if (weeks.isPresent()) {
      schedule = Optional.of(Schedule.of(plan, library.catalogue().activities(), weeks.getAsInt(), hoursPerWeek.orElse(0)));
      plan = new Plan(plan.name(), plan.hours(), weeks, OptionalDouble.of(schedule.get().hoursPerWeek()));
      found = new Optimizer.Result(plan, found.value(), found.evaluations(), found.trail());
    }
    List<Plan> all;
    try {
      all = new ArrayList<>(PlanChoice.plans(library.catalogue(), null, null, hours));
    } catch (io.hcsim.core.files.InvalidInputException e) {
      throw new IllegalStateException("the built-in strategies read no file", e);
    }
    all.add(1, plan);
    PlanTrial.Ranking ranking = trial.compare(all, goal, seed + OptimizeCommand.CONFIRMATION_OFFSET, runs);
    return PrepResult.of(in.profileRef(), in.loopRef(), in.profile(), loop, hours, trial.candidate(),
        PlanChoice.after(trial, all), ranking,
        Optional.of(new PrepResult.Optimised(found, goal, seed, searchRuns, step, schedule)));
  }

  /**
   * `debrief`: loop {@code run} of {@code seed}, or the first one (from run 0 up) that ends as
   * {@code wanted}, written up as the committee's packet.
   *
   * @throws BadArgumentException when no loop among the first {@link DebriefPlayer#SEARCH_LIMIT} ends that way
   */
  public static Debrief debrief(Library library, Candidacy in, long seed, OptionalLong run,
      Optional<DebriefPlayer.Wanted> wanted, Optional<Pseudonym> anonymity, LocalDate date, int threads) {
    LoopPlan plan = LoopPlans.of(library.catalogue(), in.loop(), in.profile().targetLevel());
    DebriefPlayer player = new DebriefPlayer(plan, in.profile(), seed, threads);
    long which = run.orElse(0);
    if (wanted.isPresent()) {
      OptionalLong found = player.find(wanted.get());
      if (found.isEmpty()) {
        throw new BadArgumentException("--outcome " + wanted.get().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + ": no loop among the first " + String.format(Locale.ROOT, "%,d", DebriefPlayer.SEARCH_LIMIT)
            + " of seed " + seed + " ends that way for this candidate; try another seed or outcome");
      }
      which = found.getAsLong();
    }
    return player.play(which, in.profileRef(), in.loopRef(), anonymity, date);
  }

  /** `study`: the loop's decisions against the truth for the target level's pool, along each sweep. */
  public static StudyResult study(Library library, String loopRef, Loop base, Level target, List<String> sweeps,
      long seed, long candidates, int threads, LongConsumer progress) throws StudyInputException {
    int interviews = LoopVariants.interviews(library.catalogue(), base, target);
    List<Sweep> parsed = new ArrayList<>();
    for (String s : sweeps) {
      Sweep sweep = Sweep.parse(s, interviews);
      if (parsed.stream().anyMatch(p -> p.parameter() == sweep.parameter())) {
        throw new StudyInputException("--sweep " + sweep.parameter().id()
            + ": swept twice; expected two different parameters for a grid");
      }
      parsed.add(sweep);
    }
    List<StudyPoint> points = Study.grid(library.catalogue(), base, target, parsed);
    return new Study(library.catalogue(), base, target, points)
        .run(loopRef, base.name(), seed, candidates, threads, parsed, progress);
  }

  /** The plan as a commented plan file. */
  public static String planFile(Plan plan, Iterable<Activity> activities, String candidate) {
    StringBuilder s = new StringBuilder();
    s.append("# A preparation plan found by 'hcsim optimize' for ").append(candidate).append(".\n");
    s.append("# Compare it with the built-in strategies: hcsim compare --plan FILE\n");
    s.append("name: ").append(plan.name()).append("\nhours:\n");
    for (Activity a : activities) {
      double h = plan.hours(a.id());
      if (h > 0) {
        s.append(String.format(Locale.ROOT, "  %-22s %s   # %s%n", a.id() + ":", Problems.fmt(h), a.name().en()));
      }
    }
    plan.weeks().ifPresent(w -> s.append("weeks: ").append(w).append('\n'));
    plan.hoursPerWeek().ifPresent(h -> s.append("hoursPerWeek: ").append(Problems.fmt(h)).append('\n'));
    return s.toString();
  }
}
