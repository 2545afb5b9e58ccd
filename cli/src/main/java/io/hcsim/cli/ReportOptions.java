package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.render.Format;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How a debrief is written: language, format, destination, anonymity, font (a mixin of debrief
 * and score). Its methods name no report class: picocli reads a mixin's methods when the command
 * line is built, which would load them for every command.
 */
final class ReportOptions {
  enum Shown { text, json, markdown }

  @Option(names = "--lang", paramLabel = "LANG", description = "en or zh (default ${DEFAULT-VALUE}).", defaultValue = "en")
  String lang;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, json or markdown on stdout (default text); --out FILE picks the format from its extension.")
  Shown format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE instead of stdout: .pdf, .html, .md, .json or .txt.")
  Path out;

  @Option(names = "--anonymize", description = "Replace the candidate's name by a stable code (Candidate 7F3A) and leave out "
      + "every note about them, the PDF's metadata included.")
  boolean anonymize;

  @Option(names = "--font", paramLabel = "FILE",
      description = "TrueType font (.ttf/.ttc) with Chinese glyphs for a Chinese PDF (default: found among the system's fonts).")
  Path font;

  @Option(names = "--force", description = "Overwrite --out FILE if it exists.")
  boolean force;

  /** Checks what can be checked before any work: the language, the format and the file to write. */
  void check() throws InvalidInputException {
    language();
    format();
    if (out != null) {
      OutputFile.check(out, force);
    }
  }

  Language language() {
    return Language.of(lang).orElseThrow(
        () -> new BadArgumentException("--lang: unknown language '" + lang + "'; expected en or zh"));
  }

  /** The format: from --out's extension, else --format, else text. */
  Format format() throws InvalidInputException {
    if (out == null) {
      return format == null ? Format.TEXT : Format.valueOf(format.name().toUpperCase(Locale.ROOT));
    }
    OutputFile.refuseDirectory(out);
    Format byName = Format.ofFile(out.getFileName() == null ? "" : out.getFileName().toString()).orElseThrow(
        () -> new BadArgumentException("--out " + out + ": unknown extension; expected .pdf, .html, .md, .json or .txt"));
    if (format != null && !format.name().equalsIgnoreCase(byName.name())) {
      throw new BadArgumentException("--format " + format + " and --out " + out + " disagree; give one or make them match");
    }
    return byName;
  }
}
