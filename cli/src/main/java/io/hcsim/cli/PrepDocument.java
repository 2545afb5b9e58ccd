package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.prep.HourValueReport;
import io.hcsim.simulation.prep.HourValueResult;
import io.hcsim.reports.prep.PrepReport;
import io.hcsim.simulation.prep.PrepResult;
import io.hcsim.reports.render.Format;
import java.nio.file.Path;
import java.util.Optional;

/**
 * `--report FILE` of compare, optimize and sensitivity. A class of its own so that the report
 * stack loads only when a report is asked for; the checks before the runs are {@link OddsReport#check}'s.
 */
final class PrepDocument {
  private interface Renderer {
    byte[] render(Messages messages, Format format, Optional<Path> font) throws InvalidInputException;
  }

  private PrepDocument() {}

  static void write(PrepResult result, PrepOptions o) throws InvalidInputException {
    write((m, f, font) -> new PrepReport(result, m).render(f, font), o);
  }

  static void write(HourValueResult result, PrepOptions o) throws InvalidInputException {
    write((m, f, font) -> new HourValueReport(result, m).render(f, font), o);
  }

  private static void write(Renderer renderer, PrepOptions o) throws InvalidInputException {
    Language language = Language.of(o.lang).orElseThrow();
    String name = o.report.getFileName() == null ? "" : o.report.getFileName().toString();
    Format format = Format.ofFile(name).orElseThrow();
    OutputFile.write(o.report, renderer.render(Messages.of(language), format, Optional.ofNullable(o.font)), o.force);
  }
}
