package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.simulate.SimulationReport;
import io.hcsim.simulation.odds.SimulationResult;
import java.nio.file.Path;
import java.util.Optional;

/**
 * `hcsim simulate --report FILE`: the odds as a PDF or HTML document. A class of its own so that
 * the report stack (templates, charts, PDF) loads only when a report is asked for.
 */
final class OddsReport {
  private OddsReport() {}

  /** What can be told before the simulation runs: the language, the format, and a file that may not be replaced. */
  static void check(Path file, String lang, boolean force) throws InvalidInputException {
    language(lang);
    format(file);
    OutputFile.check(file, force);
  }

  static void write(SimulationResult result, Path file, String lang, Path font, boolean force) throws InvalidInputException {
    byte[] bytes = new SimulationReport(result, Messages.of(language(lang))).render(format(file), Optional.ofNullable(font));
    OutputFile.write(file, bytes, force);
  }

  static Language language(String lang) {
    return Language.of(lang).orElseThrow(
        () -> new BadArgumentException("--lang: unknown language '" + lang + "'; expected en or zh"));
  }

  static Format format(Path file) throws InvalidInputException {
    OutputFile.refuseDirectory(file);
    Format f = Format.ofFile(file.getFileName() == null ? "" : file.getFileName().toString()).orElse(Format.TEXT);
    if (!f.rich()) {
      throw new BadArgumentException("--report " + file + ": expected a .pdf or .html file");
    }
    return f;
  }
}
