package io.hcsim.cli;

import io.hcsim.core.files.Problems;
import io.hcsim.core.library.Library;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.prep.Schedule;
import io.hcsim.reports.prep.PrepJson;
import io.hcsim.reports.prep.PrepReport;
import io.hcsim.simulation.prep.PrepResult;
import io.hcsim.reports.prep.PrepText;
import io.hcsim.simulation.prep.Objective;
import io.hcsim.simulation.prep.Optimizer;
import io.hcsim.simulation.prep.PlanTrial;
import io.hcsim.simulation.run.LoopPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim optimize`: the allocation of an hours budget that maximises the odds, confirmed against every built-in strategy. */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {
      "Find where a candidate's preparation hours do most: the allocation in steps that maximises the objective, "
          + "searched on one seed and confirmed on a fresh one against every built-in strategy.",
      "",
      "Prints the plan (hours per activity and what each buys), the odds before and after, with --weeks a "
          + "week-by-week schedule, and the questions to practise for the competencies it raises."
    })
final class OptimizeCommand implements Callable<Integer> {
  /** Runs per evaluation of the search: a paired difference to about +-0.3 points. */
  static final long SEARCH_RUNS = 20_000;
  /** Added to --seed for the confirmation, so it meets draws the search never saw. */
  static final long CONFIRMATION_OFFSET = 7_919;
  static final String PLAN_NAME = "optimized";

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin Inputs inputs;
  @Mixin PrepOptions.Budget budget;
  @Mixin PrepOptions options;
  @Mixin CommonOptions common;

  @Option(names = "--objective", paramLabel = "OBJECTIVE",
      description = "What to maximise: offer (P(offer), the default), target-level (P(offer at the target level)) or expected-offer.",
      defaultValue = "offer")
  String objective;

  @Option(names = "--step", paramLabel = "HOURS", description = "Hours are allotted in steps of this size (default ${DEFAULT-VALUE}).",
      defaultValue = "5")
  double step;

  @Option(names = "--weeks", paramLabel = "W", description = "Lay the plan out over W weeks (reading first, mock loops last).")
  Integer weeks;

  @Option(names = "--hours-per-week", paramLabel = "H", description = "At most H hours a week in the schedule (default: the hours spread evenly).")
  Double hoursPerWeek;

  @Option(names = "--search-runs", paramLabel = "N", description = "Simulated loops per allocation tried in the search (default ${DEFAULT-VALUE}).",
      defaultValue = "" + SEARCH_RUNS)
  long searchRuns;

  @Option(names = {"-o", "--out"}, paramLabel = "PLAN.yaml", description = "Write the plan as a plan file that 'compare --plan' reads back.")
  Path out;

  @Override
  public Integer call() throws Exception {
    budget.check();
    int threads = options.check();
    Objective goal = Objective.of(objective).orElseThrow(() -> new BadArgumentException("--objective: "
        + io.hcsim.core.files.Suggestions.unknown("objective", objective, List.of("offer", "target-level", "expected-offer"))));
    if (!Double.isFinite(step) || step <= 0 || step > budget.hours) {
      throw new BadArgumentException("--step: " + Problems.fmt(step) + " is out of range; expected more than 0 and at most "
          + "the budget (--hours " + Problems.fmt(budget.hours) + ")");
    }
    double used = Math.floor(budget.hours / step + 1e-9) * step;
    if (used < budget.hours - 1e-9) {
      spec.commandLine().getErr().println("warning: --hours " + Problems.fmt(budget.hours) + " is not a whole number of "
          + Problems.fmt(step) + "-hour steps; the plan uses " + Problems.fmt(used));
    }
    if (searchRuns < 100 || searchRuns > 1_000_000) {
      throw new BadArgumentException("--search-runs: " + searchRuns + " is out of range; expected 100 to 1,000,000");
    }
    if (weeks != null && (weeks < 1 || weeks > 52)) {
      throw new BadArgumentException("--weeks: " + weeks + " is out of range; expected 1 to 52");
    }
    if (hoursPerWeek != null) {
      if (weeks == null) {
        throw new BadArgumentException("--hours-per-week needs --weeks");
      }
      if (!Double.isFinite(hoursPerWeek) || hoursPerWeek <= 0 || hoursPerWeek > 100) {
        throw new BadArgumentException("--hours-per-week: " + Problems.fmt(hoursPerWeek) + " is out of range; expected more than 0 to 100");
      }
      if (budget.hours > weeks * hoursPerWeek + 1e-9) {
        throw new BadArgumentException(String.format(Locale.ROOT, "--hours %s do not fit in %d weeks of %s hours; expected "
            + "at most %s hours, or more --weeks or --hours-per-week", Problems.fmt(budget.hours), weeks,
            Problems.fmt(hoursPerWeek), Problems.fmt(weeks * hoursPerWeek)));
      }
    }
    if (out != null) {
      InitCommand.checkYamlName(out, "--out", "plan");
      if (!options.force && java.nio.file.Files.exists(out)) {
        throw new BadArgumentException("--out " + out + ": already exists; use --force to overwrite it");
      }
    }
    Library library = Library.bundled();
    Inputs.Resolved in = inputs.resolve(library, spec.commandLine().getErr());
    LoopPlan loop = new LoopPlan(library.catalogue(), in.loop(), in.profile().targetLevel());
    PlanTrial trial = PlanChoice.trial(library.catalogue(), loop, in.profile(), threads);
    Optimizer.Result found = new Optimizer(trial).optimise(PLAN_NAME, budget.hours, step, goal, options.seed, searchRuns);
    Plan plan = found.plan();
    Optional<Schedule> schedule = Optional.empty();
    if (weeks != null) {
      schedule = Optional.of(Schedule.of(plan, library.catalogue().activities(), weeks, hoursPerWeek == null ? 0 : hoursPerWeek));
      plan = new Plan(plan.name(), plan.hours(), OptionalInt.of(weeks), OptionalDouble.of(schedule.get().hoursPerWeek()));
      found = new Optimizer.Result(plan, found.value(), found.evaluations(), found.trail());
    }
    List<Plan> all = new ArrayList<>(PlanChoice.plans(library.catalogue(), null, null, budget.hours));
    all.add(1, plan);
    long confirmSeed = options.seed + CONFIRMATION_OFFSET;
    PlanTrial.Ranking ranking = trial.compare(all, goal, confirmSeed, options.runs);
    PrepResult result = PrepResult.of(in.profileRef(), in.loopRef(), in.profile(), loop, budget.hours,
        trial.candidate(), PlanChoice.after(trial, all), ranking,
        Optional.of(new PrepResult.Optimised(found, goal, options.seed, searchRuns, step, schedule)));
    spec.commandLine().getOut().print(options.format == PrepOptions.Shown.json ? PrepJson.render(result) : PrepText.render(result));
    spec.commandLine().getOut().flush();
    if (out != null) {
      OutputFile.write(out, planFile(plan, library.catalogue().activities().values(), in.profile().name()), options.force);
      spec.commandLine().getErr().println("Wrote " + out + "; compare it with: hcsim compare --plan " + out);
    }
    if (options.report != null) {
      options.reportFile().orElseThrow().write((m, format, cjk) -> new PrepReport(result, m).render(format, cjk));
    }
    return Main.OK;
  }

  /** The plan as a commented plan file. */
  static String planFile(Plan plan, Iterable<Activity> activities, String candidate) {
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
