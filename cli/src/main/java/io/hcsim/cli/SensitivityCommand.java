package io.hcsim.cli;

import io.hcsim.core.library.Library;
import io.hcsim.reports.prep.HourValueReport;
import io.hcsim.simulation.prep.HourValueResult;
import io.hcsim.simulation.prep.HourValue;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopPlans;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** `hcsim sensitivity`: where an hour of preparation is worth most for one candidate. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "Where an hour of preparation is worth most: the rise in P(offer) for +0.25 on each competency alone and "
          + "+0.2 consistency, on the same simulated loops as the candidate as they are, ranked, with paired 95%% "
          + "intervals, and the fewest hours of preparation that buy each raise."
    })
final class SensitivityCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin Inputs inputs;
  @Mixin PrepOptions options;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    int threads = options.check();
    Library library = Library.bundled();
    Candidacy in = inputs.resolve(library, spec.commandLine().getErr());
    LoopPlan loop = LoopPlans.of(library.catalogue(), in.loop(), in.profile().targetLevel());
    Candidate candidate = Candidate.of(in.profile(), library.catalogue().competencies());
    HourValueResult result = new HourValueResult(in.profileRef(), in.loopRef(), in.profile(), loop.atLevel(), options.seed,
        options.runs, HourValue.rows(loop, candidate, in.profile().selfAssessment(), in.profile().preparationResponse(), options.seed, options.runs, threads));
    spec.commandLine().getOut().print(options.format == PrepOptions.Shown.json ? HourValueReport.json(result)
        : HourValueReport.text(result, options.messages()));
    spec.commandLine().getOut().flush();
    if (options.report != null) {
      options.reportFile().orElseThrow().write((m, format, cjk) -> new HourValueReport(result, m).render(format, cjk));
    }
    return Main.OK;
  }
}
