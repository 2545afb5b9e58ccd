package io.hcsim.cli;

import io.hcsim.core.files.Problems;
import io.hcsim.core.library.Library;
import io.hcsim.core.prep.Plan;
import io.hcsim.reports.prep.PrepJson;
import io.hcsim.reports.prep.PrepReport;
import io.hcsim.simulation.prep.PrepResult;
import io.hcsim.reports.prep.PrepText;
import io.hcsim.simulation.prep.Objective;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  /** The finest step: half an hour, finer than any activity is practised in. */
  static final double MIN_STEP = 0.5;
  /**
   * The most steps a budget is cut into: the search evaluates every activity at every step, so its
   * time grows with the steps (the default, 60 hours in steps of 5, is 12; --step 0.001 was 60,000
   * and never ended).
   */
  static final int MAX_STEPS = 100;

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
    if (!Double.isFinite(step) || step < MIN_STEP || step > budget.hours) {
      throw new BadArgumentException("--step: " + Problems.fmt(step) + " is out of range; expected at least " + MIN_STEP
          + " (half an hour) and at most the budget (--hours " + Problems.fmt(budget.hours) + ")");
    }
    long steps = (long) Math.floor(budget.hours / step + 1e-9);
    if (steps > MAX_STEPS) {
      throw new BadArgumentException(String.format(Locale.ROOT, "--step: %s cuts the %s-hour budget into %,d steps; expected"
          + " at most %d (a step of at least %s hours): the search tries every activity at every step",
          Problems.fmt(step), Problems.fmt(budget.hours), steps, MAX_STEPS, Problems.fmt(Math.ceil(budget.hours / MAX_STEPS * 100) / 100)));
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
    Candidacy in = inputs.resolve(library, spec.commandLine().getErr());
    PrepResult result = Pipelines.optimise(library, in, budget.hours, step, goal, options.seed, searchRuns, options.runs,
        weeks == null ? OptionalInt.empty() : OptionalInt.of(weeks),
        hoursPerWeek == null ? OptionalDouble.empty() : OptionalDouble.of(hoursPerWeek), threads);
    Plan plan = result.optimised().orElseThrow().search().plan();
    spec.commandLine().getOut().print(options.format == PrepOptions.Shown.json ? PrepJson.render(result) : PrepText.render(result, options.messages()));
    spec.commandLine().getOut().flush();
    if (out != null) {
      OutputFile.write(out, Pipelines.planFile(plan, library.catalogue().activities().values(), in.profile().name()), options.force);
      spec.commandLine().getErr().println("Wrote " + out + "; compare it with: hcsim compare --plan " + out);
    }
    if (options.report != null) {
      options.reportFile().orElseThrow().write((m, format, cjk) -> new PrepReport(result, m).render(format, cjk));
    }
    return Main.OK;
  }
}
