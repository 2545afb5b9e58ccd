package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.privacy.Pseudonym;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How a debrief is written: language, format, destination, anonymity, font (a mixin of debrief
 * and score). Its methods name no report class: picocli reads a mixin's methods when the command
 * line is built, which would load them for every command.
 */
final class ReportOptions {
  private static final int MAX_KEY_BYTES = 4096;

  enum Shown { text, json, markdown }

  @Option(names = "--lang", paramLabel = "LANG", description = "en or zh (default ${DEFAULT-VALUE}).", defaultValue = "en")
  String lang;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, json or markdown on stdout (default text); --out FILE picks the format from its extension.")
  Shown format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE instead of stdout: .pdf, .html, .md, .json or .txt.")
  Path out;

  @Option(names = "--anonymize", description = "Replace the candidate's name by a random code (Candidate K7P2-M9QX), new "
      + "for every document, and leave out every note about them, the loop file's path and the PDF's author.")
  boolean anonymize;

  @Option(names = "--anonymize-key", paramLabel = "FILE", description = "Anonymise with your team's secret key, kept in "
      + "FILE (at least 16 bytes): the same name then gets the same code in every packet made with that key, and no one "
      + "without it can test a name against a code. Implies --anonymize.")
  Path anonymizeKey;

  @Option(names = "--font", paramLabel = "FILE",
      description = "TrueType font (.ttf/.ttc) with Chinese glyphs for a Chinese PDF (default: found among the system's fonts).")
  Path font;

  @Option(names = "--force", description = "Overwrite --out FILE if it exists.")
  boolean force;

  /** Checks what can be checked before any work: the language, the format, the key and the file to write. */
  void check() throws InvalidInputException {
    language();
    format();
    anonymity();
    if (out != null) {
      OutputFile.check(out, force);
    }
  }

  /** How the candidate is hidden, if at all: a random code, or one keyed by the team's secret. */
  Optional<Pseudonym> anonymity() throws InvalidInputException {
    if (anonymizeKey == null) {
      return anonymize ? Optional.of(Pseudonym.random()) : Optional.empty();
    }
    String file = anonymizeKey.toString();
    if (!Files.isRegularFile(anonymizeKey)) {
      throw InvalidInputException.of(file, "", "--anonymize-key: " + (Files.exists(anonymizeKey) ? "not a regular file"
          : "no such file") + "; expected a file holding your team's secret key");
    }
    try {
      if (Files.size(anonymizeKey) > MAX_KEY_BYTES) {
        throw InvalidInputException.of(file, "", "--anonymize-key: larger than " + MAX_KEY_BYTES
            + " bytes; expected a file holding only the key");
      }
      byte[] key = Files.readAllBytes(anonymizeKey);
      int end = key.length;
      while (end > 0 && (key[end - 1] == '\n' || key[end - 1] == '\r')) {
        end--; // a key written with echo or an editor ends with a line break that is not part of it
      }
      if (end < Pseudonym.MIN_KEY_BYTES) {
        throw InvalidInputException.of(file, "", "--anonymize-key: the key has " + end + " bytes; expected at least "
            + Pseudonym.MIN_KEY_BYTES + " (e.g. head -c 32 /dev/urandom | base64 > " + file + ")");
      }
      return Optional.of(Pseudonym.keyed(Arrays.copyOf(key, end)));
    } catch (IOException e) {
      throw InvalidInputException.of(file, "", "--anonymize-key: cannot be read (" + e.getClass().getSimpleName()
          + "); expected a readable file");
    }
  }

  /** The debrief to --out FILE, whole or not at all, or else to stdout. */
  void write(ReportFile.Renderer renderer, PrintWriter stdout) throws InvalidInputException {
    Optional<Path> cjk = Optional.ofNullable(font);
    if (out != null) {
      new ReportFile(out, language(), format(), cjk, force).write(renderer);
    } else {
      stdout.print(new String(renderer.render(Messages.of(language()), format(), cjk), StandardCharsets.UTF_8));
      stdout.flush();
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
