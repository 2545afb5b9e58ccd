package io.hcsim.cli;

import io.hcsim.core.files.FileReference;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.library.Library;
import io.hcsim.core.scorecard.ScorecardReader;
import io.hcsim.core.scorecard.TeamScorecards;
import io.hcsim.reports.debrief.DebriefReport;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.ScoreReplay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `hcsim score FILE`: a hiring team's real scorecards read as the committee reads them. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Run a hiring team's scorecards (YAML or JSON) through the committee's cumulative signal and rule, and "
          + "print the debrief: cover, round by round with the team's notes, the signal with charts, the "
          + "committee. For a loop with rounds still to come: the chance it ends in an offer if it goes on, "
          + "and which next round would decide it most.",
      "",
      "Start with: hcsim init --scorecard team.yaml   (or the bundled example: hcsim score unfinished-p7)"
    })
final class ScoreCommand implements Callable<Integer> {
  /** The bundled example scorecards, by name. */
  static final List<String> BUNDLED = List.of("unfinished-p7");

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE|NAME", description = "Scorecard file (YAML or JSON) or a bundled example (unfinished-p7).")
  String file;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Random seed of the remaining-rounds simulation (default ${DEFAULT-VALUE}).",
      defaultValue = "" + SimulateCommand.DEFAULT_SEED)
  long seed;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws Exception {
    report.check();
    Library library = Library.bundled();
    ScorecardReader reader = new ScorecardReader(library.catalogue(), source -> library.loop(source).value());
    Loaded<TeamScorecards> team = read(reader, file);
    Debrief debrief = ScoreReplay.debrief(library.catalogue(), team.value(), file, report.anonymity(), seed, LocalDate.now());
    report.write((m, f, cjk) -> DebriefReport.render(debrief, m, f, cjk), spec.commandLine().getOut());
    return Main.OK;
  }

  /** A bundled name (always the bundled example; see {@link FileReference}) or a file. */
  static Loaded<TeamScorecards> read(ScorecardReader reader, String ref) throws InvalidInputException {
    if (BUNDLED.contains(ref)) {
      return reader.parse("scorecard " + ref, bundledText(ref).getBytes(StandardCharsets.UTF_8), false);
    }
    Path path = FileReference.path(null, ref, ref, "", "FILE");
    if (!FileReference.present(path)) {
      throw InvalidInputException.of(ref, "", "no such scorecard file (bundled examples: " + String.join(", ", BUNDLED) + ")");
    }
    return reader.read(path);
  }

  static String bundledText(String name) {
    try (InputStream in = ScoreCommand.class.getResourceAsStream("/hcsim/reports/scorecards/" + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
