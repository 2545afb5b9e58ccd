package io.hcsim.cli;

import io.hcsim.reports.i18n.Messages;
import picocli.CommandLine.Option;

/** {@code --lang} for a command whose only output is its text on the terminal (a mixin). */
final class LanguageOption {
  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of the text on the terminal: en or zh (default ${DEFAULT-VALUE}).")
  String lang;

  /** The words of --lang; an unknown language is refused as a bad argument. */
  Messages messages() {
    return Messages.of(ReportFile.language(lang));
  }
}
