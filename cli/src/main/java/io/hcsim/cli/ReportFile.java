package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way a command writes a report document: {@code --report FILE} of simulate, study,
 * compare, optimize and sensitivity, and {@code --out FILE} of debrief and score. The checks that
 * need no results (language, format, a file that may not be replaced) run before any work; the
 * file is then written whole or not at all. A class of its own so that the report stack
 * (templates, charts, PDF) loads only when a report is asked for.
 *
 * @param format the format asked for; {@code --report} takes only PDF or HTML
 */
record ReportFile(Path file, Language language, Format format, Optional<Path> font, boolean force) {
  /** A report class's render method: the document in a language and format, with an optional CJK font. */
  interface Renderer {
    byte[] render(Messages messages, Format format, Optional<Path> font) throws InvalidInputException;
  }

  /** {@code --report FILE}: PDF or HTML by the file's extension, checked now. */
  static ReportFile document(Path file, String lang, Path font, boolean force) throws InvalidInputException {
    OutputFile.refuseDirectory(file);
    Format f = Format.ofFile(file.getFileName() == null ? "" : file.getFileName().toString()).orElse(Format.TEXT);
    if (!f.rich()) {
      throw new BadArgumentException("--report " + file + ": expected a .pdf or .html file");
    }
    ReportFile report = new ReportFile(file, language(lang), f, Optional.ofNullable(font), force);
    OutputFile.check(file, force);
    return report;
  }

  static Language language(String lang) {
    return Language.of(lang).orElseThrow(
        () -> new BadArgumentException("--lang: unknown language '" + lang + "'; expected en or zh"));
  }

  /** Renders the document and writes it whole, or not at all. */
  void write(Renderer renderer) throws InvalidInputException {
    OutputFile.write(file, renderer.render(Messages.of(language), format, font), force);
  }
}
