package io.hcsim.cli;

import io.hcsim.core.prep.PlanReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What `hcsim compare`, `optimize` and `sensitivity` share: the runs and how the result is written (a mixin). */
final class PrepOptions {
  enum Shown { text, json }

  /** The hours of preparation to share out (a mixin of compare and optimize). */
  static final class Budget {
    @Option(names = "--hours", paramLabel = "H", description = "Hours of preparation to share out (default ${DEFAULT-VALUE}).",
        defaultValue = "60")
    double hours;

    void check() {
      if (!Double.isFinite(hours) || hours < 0) {
        throw new BadArgumentException("--hours: " + hours + " is not a number of hours; expected 0 to "
            + (long) PlanReader.MAX_HOURS);
      }
      if (hours > PlanReader.MAX_HOURS) {
        throw new BadArgumentException(String.format(Locale.ROOT, "--hours: %s is over the %d hours hcsim plans for; expected 0 to %d",
            io.hcsim.core.files.Problems.fmt(hours), (long) PlanReader.MAX_HOURS, (long) PlanReader.MAX_HOURS));
      }
    }
  }

  @Option(names = {"-n", "--runs"}, paramLabel = "N", description = "Simulated loops per plan or lever (default ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  long runs;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Random seed; the same seed gives the same output (default ${DEFAULT-VALUE}).",
      defaultValue = "" + SimulateCommand.DEFAULT_SEED)
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores). Never changes the results.")
  Integer threads;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Shown format;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the result as a document: FILE.pdf or FILE.html.")
  Path report;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of --report: en or zh (default ${DEFAULT-VALUE}).",
      defaultValue = "en")
  String lang;

  @Option(names = "--font", paramLabel = "FILE", description = "TrueType font (.ttf/.ttc) with Chinese glyphs for a Chinese --report PDF (default: found among the system's fonts).")
  Path font;

  @Option(names = "--force", description = "Overwrite the --report FILE (and optimize's --out FILE) if it exists.")
  boolean force;

  /** The --report file, checked (language, format, a file that may not be replaced), if one is asked for. */
  Optional<ReportFile> reportFile() throws io.hcsim.core.files.InvalidInputException {
    return report == null ? Optional.empty() : Optional.of(ReportFile.document(report, lang, font, force));
  }

  /** Checks the numbers and the report's name before any work; returns the thread count. */
  int check() throws io.hcsim.core.files.InvalidInputException {
    if (runs < 100 || runs > 10_000_000) {
      throw new BadArgumentException("--runs: " + runs + " is out of range; expected 100 to 10,000,000");
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 1024) {
      throw new BadArgumentException("--threads: " + t + " is out of range; expected 1 to 1024");
    }
    reportFile();
    return t;
  }
}
