package io.hcsim.cli;

import io.hcsim.core.library.Library;
import io.hcsim.reports.simulate.SimulationJson;
import io.hcsim.reports.simulate.SimulationReport;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.reports.simulate.SimulationText;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.experiment.PrecisionOutOfReach;
import io.hcsim.simulation.experiment.Settings;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim simulate`: the odds of an offer for one candidate in one loop. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Play the loop against a candidate many times: the chance of an offer and at which level.",
      "",
      "Reports P(offer) with its 95%% interval, P(offer) by level (down-levels visible), the outcome shares, "
          + "the funnel round by round, the competencies cited in rejections, the offer range, and the "
          + "competency whose improvement would move the odds most (measured on the same random draws)."
    })
final class SimulateCommand implements Callable<Integer> {
  static final long DEFAULT_SEED = 20261125L;

  enum Format { text, json }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin Inputs inputs;
  @Mixin CommonOptions common;

  @Option(names = {"-n", "--runs"}, paramLabel = "N", description = "Number of simulated loops (default ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  long runs;

  @Option(names = "--precision", paramLabel = "H",
      description = "Instead of --runs: run until the 95%% half-width of P(offer) is at most H (e.g. 0.002).")
  Double precision;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Random seed; the same seed gives the same output (default ${DEFAULT-VALUE}).",
      defaultValue = "" + DEFAULT_SEED)
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores). Never changes the results.")
  Integer threads;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the odds as a document: FILE.pdf or FILE.html (charts of the funnel and the weaknesses, offers per level, levers).")
  java.nio.file.Path report;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the text on the terminal and of --report: en or zh (default ${DEFAULT-VALUE}).",
      defaultValue = "en")
  String lang;

  @Option(names = "--font", paramLabel = "FILE", description = "TrueType font (.ttf/.ttc) with Chinese glyphs for a Chinese --report PDF (default: found among the system's fonts).")
  java.nio.file.Path font;

  @Option(names = "--force", description = "Overwrite the --report FILE if it exists.")
  boolean force;

  @Option(names = "--timings", description = "Add wall time and thread count to the output (makes it machine-dependent).")
  boolean timings;

  /**
   * The smallest half-width the run cap reaches: the asked one scaled by the square root of the
   * runs it needs over the cap, which for a tiny target (1e-300) overflows; then the share's own
   * binomial half-width at the cap, z * sqrt(p(1 - p) / cap), is taken (the same figure).
   */
  private static double reachable(PrecisionOutOfReach e) {
    double scaled = e.halfWidth() * Math.sqrt(e.runsNeeded() / e.maxRuns()) * 1.01;
    if (Double.isFinite(scaled)) {
      return scaled;
    }
    return 1.96 * Math.sqrt(e.hireRate() * (1 - e.hireRate()) / e.maxRuns()) * 1.01;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    Messages messages = Messages.of(ReportFile.language(lang));
    ReportFile reportFile = null;
    if (report != null) {
      // Checked before the runs, so that a bad name costs no time; the report classes load only here.
      reportFile = ReportFile.document(report, lang, font, force);
    }
    Library library = Library.bundled();
    Candidacy in = inputs.resolve(library, spec.commandLine().getErr());
    SimulationResult result;
    try (Progress progress = Progress.onStderr(settings.precision().isPresent() ? -1 : settings.runs())) {
      result = Pipelines.odds(library, in, settings, timings, progress);
    } catch (PrecisionOutOfReach e) {
      throw new BadArgumentException(String.format(Locale.ROOT, "--precision: %s is out of reach: P(offer) is about "
          + "%.3f after %,d runs, so it needs %s runs and at most %,d are played; expected a half-width "
          + "of at least %.1e", e.halfWidth(), e.hireRate(), e.runsSoFar(), Double.isFinite(e.runsNeeded())
              ? String.format(Locale.ROOT, "about %.1e", e.runsNeeded()) : "more than 1e308", e.maxRuns(),
          reachable(e)));
    }
    long elapsed = result.elapsedMillis().orElse(0);
    String text = format == Format.json ? SimulationJson.render(result) : SimulationText.render(result, messages);
    spec.commandLine().getOut().print(text);
    if (timings && format == Format.text) {
      spec.commandLine().getOut().printf("%n%s%n", messages.get("sim.took", messages.count(elapsed), settings.threads()));
    }
    spec.commandLine().getOut().flush();
    if (reportFile != null) {
      reportFile.write((m, f, cjk) -> new SimulationReport(result, m).render(f, cjk));
    }
    return Main.OK;
  }

  private Settings settings() {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 1024) {
      throw new BadArgumentException("--threads: " + t + " is out of range; expected 1 to 1024");
    }
    if (precision != null) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--runs")) {
        throw new BadArgumentException("--runs and --precision exclude each other; give one");
      }
      if (!(precision > 0 && precision < 0.5)) {
        throw new BadArgumentException("--precision: " + precision + " is out of range; expected a half-width above 0 and below 0.5, such as 0.002");
      }
      return new Settings(seed, Settings.MAX_RUNS, OptionalDouble.of(precision), t);
    }
    if (runs < 1 || runs > Settings.MAX_RUNS) {
      throw new BadArgumentException("--runs: " + runs + " is out of range; expected 1 to 10,000,000,000");
    }
    return Settings.runs(seed, runs, t);
  }
}
