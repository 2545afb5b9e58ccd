package io.hcsim.cli;

import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Printable;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.study.StudyJson;
import io.hcsim.reports.study.StudyReport;
import io.hcsim.reports.study.StudyText;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.study.StudyInputException;
import io.hcsim.simulation.study.StudyResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim study`: how well a loop decides, against the truth, and what changing it would do. */
@Command(
    name = "study",
    mixinStandardHelpOptions = true,
    description = {
      "Study a loop for a recruiting team: draw candidates from the target level's applicant pool, run the loop on "
          + "each, and compare every decision with the truth.",
      "",
      "Reports right decisions (an offer at the candidate's true level, or none) beside the reject-all and "
          + "offer-all baselines, right hire/no-hire at the target bar, balanced accuracy, the AUC and validity of the "
          + "final score, inter-rater reliability and the spread of ratings within a loop, precision, recall, "
          + "false-positive and false-negative rates, hire and hold rates, offers at, below and above the true level, "
          + "agreement with the full-information reference, interviewer hours per candidate and per hire, and days "
          + "to a decision, each with its 95%% interval. --sweep varies one parameter (a curve) or two (a grid) on the "
          + "same candidates and draws: rounds, rule, visibility, rater-noise, confidence, gates, bar-raiser."
    })
final class StudyCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-l", "--loop"}, paramLabel = "FILE|NAME",
      description = "Interview loop: a YAML/JSON file or a bundled name (see 'hcsim loops'). Default: ali-health-pm.")
  String loop;

  @Option(names = "--target-level", paramLabel = "LEVEL",
      description = "The level whose applicant pool is drawn from (default: the default profile's, P7).")
  String targetLevel;

  @Option(names = {"-n", "--candidates"}, paramLabel = "N", defaultValue = "100000",
      description = "Candidates drawn from the pool (default ${DEFAULT-VALUE}).")
  long candidates;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "" + SimulateCommand.DEFAULT_SEED,
      description = "Random seed; the same seed gives the same output (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores). Never changes the results.")
  Integer threads;

  @Option(names = "--sweep", paramLabel = "PARAM=V1,V2,...",
      description = "Vary a parameter on the same candidates: rounds=1,2,3 | rule=posterior,majority,consensus | "
          + "visibility=independent,open | rater-noise=0.5,1 | confidence=0.6,0.7,0.8 | gates=on,off | "
          + "bar-raiser=off,on. Give it twice for a grid.")
  List<String> sweeps = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the study as a document: FILE.pdf or FILE.html (each metric along the sweep with its band, the heat map of a grid, the table and the reading).")
  Path report;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the text on the terminal and of --report: en or zh (default ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--font", paramLabel = "FILE", description = "TrueType font (.ttf/.ttc) with Chinese glyphs for a Chinese --report PDF.")
  Path font;

  @Option(names = "--force", description = "Overwrite the --report FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 1024) {
      throw new BadArgumentException("--threads: " + t + " is out of range; expected 1 to 1024");
    }
    if (candidates < 1 || candidates > Settings.MAX_RUNS) {
      throw new BadArgumentException("--candidates: " + candidates + " is out of range; expected 1 to 10,000,000,000");
    }
    if (sweeps.size() > 2) {
      throw new BadArgumentException("--sweep: given " + sweeps.size() + " times; expected at most two (a curve or a grid)");
    }
    Language language = ReportFile.language(lang);
    ReportFile reportFile = report == null ? null : ReportFile.document(report, lang, font, force);
    Library library = Library.bundled();
    String loopRef = loop == null ? library.catalogue().defaultLoop() : loop;
    if (loopRef.isBlank()) {
      throw new BadArgumentException("--loop: empty; give a file or a bundled name (see 'hcsim loops')");
    }
    Loaded<Loop> loaded = library.loop(loopRef);
    loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + Printable.escape(w)));
    Level target = targetLevel == null
        ? library.profile(library.catalogue().defaultProfile()).value().targetLevel()
        : library.catalogue().levels().byId(targetLevel.toUpperCase(Locale.ROOT)).orElseThrow(() -> new BadArgumentException(
            "--target-level: unknown level '" + targetLevel + "'; expected one of " + String.join(", ", library.catalogue().levels().ids())));
    Loop base = loaded.value();
    Candidacy.checkRoundsAtTarget(library, loopRef, base, target);
    StudyResult result;
    try {
      try (Progress progress = Progress.onStderr(candidates)) {
        result = Pipelines.study(library, loopRef, base, target, sweeps, seed, candidates, t, progress);
      }
    } catch (StudyInputException e) {
      throw new BadArgumentException(e.getMessage());
    }
    spec.commandLine().getOut().print(format == Format.json ? StudyJson.render(result) : StudyText.render(result, Messages.of(language)));
    spec.commandLine().getOut().flush();
    if (reportFile != null) {
      reportFile.write((m, f, cjk) -> new StudyReport(result, m).render(f, cjk));
    }
    return Main.OK;
  }
}
