package io.hcsim.cli;

import io.hcsim.core.library.Library;
import io.hcsim.reports.debrief.DebriefReport;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.DebriefPlayer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim debrief`: one simulated loop written up as the packet a hiring committee reads. */
@Command(
    name = "debrief",
    mixinStandardHelpOptions = true,
    description = {
      "Play one loop and write it up as the committee's packet: cover and decision, timeline, round by round "
          + "(questions, ratings with evidence notes, recommendation), the cumulative signal with charts, the "
          + "committee's reading, the smallest change that would have flipped it (same random draws) and how "
          + "typical the loop was.",
      "",
      "Examples:",
      "  hcsim debrief --out debrief.pdf",
      "  hcsim debrief --lang zh --outcome hire --out debrief-zh.pdf",
      "  hcsim debrief --format json --anonymize"
    })
final class DebriefCommand implements Callable<Integer> {
  enum Wanted { hire, no_hire, hold, down_level }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin Inputs inputs;
  @Mixin CommonOptions common;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).",
      defaultValue = "" + SimulateCommand.DEFAULT_SEED)
  long seed;

  @Option(names = "--run", paramLabel = "N", description = "Which loop of the seed to play, from 0 (default 0).")
  Long run;

  @Option(names = "--outcome", paramLabel = "OUTCOME", converter = OutcomeConverter.class,
      description = "Instead of --run: the first loop (from run 0 up) that ends this way: hire, no-hire, hold or down-level.")
  Wanted outcome;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws Exception {
    report.check();
    if (run != null && outcome != null) {
      throw new BadArgumentException("--run and --outcome exclude each other; give one");
    }
    if (run != null && run < 0) {
      throw new BadArgumentException("--run: " + run + " is out of range; expected 0 or more");
    }
    Library library = Library.bundled();
    Candidacy in = inputs.resolve(library, spec.commandLine().getErr());
    Debrief debrief = Pipelines.debrief(library, in, seed, run == null ? OptionalLong.empty() : OptionalLong.of(run),
        Optional.ofNullable(outcome).map(o -> DebriefPlayer.Wanted.valueOf(o.name().toUpperCase(Locale.ROOT))),
        report.anonymity(), LocalDate.now(), Runtime.getRuntime().availableProcessors());
    report.write((m, f, cjk) -> DebriefReport.render(debrief, m, f, cjk), spec.commandLine().getOut());
    return Main.OK;
  }

  /** Accepts the outcome as written in the docs: no-hire, down-level (or with underscores). */
  static final class OutcomeConverter implements picocli.CommandLine.ITypeConverter<Wanted> {
    @Override
    public Wanted convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
      for (Wanted w : Wanted.values()) {
        if (w.name().equals(v)) {
          return w;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown outcome '" + value + "'; expected hire, no-hire, hold or down-level");
    }
  }
}
