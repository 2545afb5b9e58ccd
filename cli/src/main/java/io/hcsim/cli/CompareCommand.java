package io.hcsim.cli;

import io.hcsim.core.library.Library;
import io.hcsim.core.prep.Plan;
import io.hcsim.reports.prep.PrepJson;
import io.hcsim.reports.prep.PrepReport;
import io.hcsim.simulation.prep.PrepResult;
import io.hcsim.reports.prep.PrepText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim compare`: preparation strategies and plan files against no preparation, on the same draws. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare preparation strategies for one candidate: P(offer), P(offer at the target level) and the expected "
          + "offer after each, all on the same simulated loops as no preparation.",
      "",
      "Each plan's difference from 'none' is paired, with its own 95%% interval; plans are ranked best first, and "
          + "those the Holm-corrected test cannot tell from the best are marked as good as the best."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin Inputs inputs;
  @Mixin PrepOptions.Budget budget;
  @Mixin PrepOptions options;
  @Mixin CommonOptions common;

  @Option(names = "--strategies", paramLabel = "NAME", split = ",",
      description = "Built-in strategies to compare (default: all of them): none, balanced, domain-first, stories-first, "
          + "product-cases, mock-heavy, values-and-motivation.")
  List<String> strategies;

  @Option(names = "--plan", paramLabel = "FILE", description = "A plan file to compare too (repeatable); see 'hcsim init --plan'.")
  List<Path> plans;

  @Override
  public Integer call() throws Exception {
    budget.check();
    int threads = options.check();
    Library library = Library.bundled();
    Candidacy in = inputs.resolve(library, spec.commandLine().getErr());
    List<Plan> chosen = PlanChoice.plans(library.catalogue(), strategies, plans, budget.hours);
    PrepResult result = Pipelines.compare(library, in, chosen, budget.hours, options.seed, options.runs, threads);
    spec.commandLine().getOut().print(options.format == PrepOptions.Shown.json ? PrepJson.render(result) : PrepText.render(result, options.messages()));
    spec.commandLine().getOut().flush();
    if (options.report != null) {
      options.reportFile().orElseThrow().write((m, format, cjk) -> new PrepReport(result, m).render(format, cjk));
    }
    return Main.OK;
  }
}
