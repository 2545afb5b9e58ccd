package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.reports.debrief.DebriefReport;
import io.hcsim.reports.i18n.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Writes a debrief as the report options say: to --out (whole or not at all) or to stdout. */
final class DebriefOutput {
  private DebriefOutput() {}

  static void write(ReportOptions options, Debrief debrief, PrintWriter stdout) throws InvalidInputException {
    byte[] bytes = DebriefReport.render(debrief, Messages.of(options.language()), options.format(),
        Optional.ofNullable(options.font));
    if (options.out != null) {
      OutputFile.write(options.out, bytes, options.force);
    } else {
      stdout.print(new String(bytes, StandardCharsets.UTF_8));
      stdout.flush();
    }
  }
}
