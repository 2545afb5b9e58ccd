package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.prep.PrepReport;
import io.hcsim.reports.prep.PrepResult;
import io.hcsim.reports.render.Format;
import java.nio.file.Path;
import java.util.Optional;

/**
 * `--report FILE` of compare and optimize. A class of its own so that the report stack loads only
 * when a report is asked for; the checks before the runs are {@link OddsReport#check}'s.
 */
final class PrepDocument {
  private PrepDocument() {}

  static void write(PrepResult result, PrepOptions o) throws InvalidInputException {
    Language language = Language.of(o.lang).orElseThrow();
    String name = o.report.getFileName() == null ? "" : o.report.getFileName().toString();
    Format format = Format.ofFile(name).orElseThrow();
    byte[] bytes = new PrepReport(result, Messages.of(language)).render(format, Optional.ofNullable(o.font));
    OutputFile.write(o.report, bytes, o.force);
  }
}
