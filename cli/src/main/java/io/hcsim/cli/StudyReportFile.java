package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.study.StudyReport;
import io.hcsim.simulation.study.StudyResult;
import java.nio.file.Path;
import java.util.Optional;

/** `hcsim study --report FILE`: a class of its own so that the report stack loads only when asked for. */
final class StudyReportFile {
  private StudyReportFile() {}

  static void write(StudyResult result, Path file, String lang, Path font, boolean force) throws InvalidInputException {
    byte[] bytes = new StudyReport(result, Messages.of(OddsReport.language(lang)))
        .render(OddsReport.format(file), Optional.ofNullable(font));
    OutputFile.write(file, bytes, force);
  }
}
