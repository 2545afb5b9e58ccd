package io.hcsim.reports.font;

import io.hcsim.core.files.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The TrueType font every PDF draws its Latin text with, embedded so that each viewer shows the
 * same letters (the standard PDF fonts are not embedded: each viewer substitutes its own). Liberation
 * Sans first: its widths are Helvetica's, so a page breaks where it did with the standard font. The
 * CJK font draws only the CJK characters.
 *
 * @param regular the upright face
 * @param bold the bold face, if installed (else bold is synthesised from the upright one)
 */
public record TextFont(Path regular, Optional<Path> bold) {
  /** The package that provides the preferred font on Debian and Ubuntu. */
  public static final String PACKAGE = "fonts-liberation2";

  /** Where Debian, Ubuntu, Fedora and Arch put them, in order of preference. */
  static final List<TextFont> KNOWN = List.of(
      pair("/usr/share/fonts/truetype/liberation2/LiberationSans"),
      pair("/usr/share/fonts/truetype/liberation/LiberationSans"),
      pair("/usr/share/fonts/liberation-sans/LiberationSans"),
      pair("/usr/share/fonts/liberation/LiberationSans"),
      new TextFont(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Optional.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))));

  private static TextFont pair(String stem) {
    return new TextFont(Path.of(stem + "-Regular.ttf"), Optional.of(Path.of(stem + "-Bold.ttf")));
  }

  /** The first known font installed; a problem naming the package to install when there is none. */
  public static TextFont find() throws InvalidInputException {
    return find(KNOWN);
  }

  static TextFont find(List<TextFont> candidates) throws InvalidInputException {
    return candidates.stream().filter(f -> Files.isRegularFile(f.regular()))
        .map(f -> new TextFont(f.regular(), f.bold().filter(Files::isRegularFile))).findFirst()
        .orElseThrow(() -> InvalidInputException.of("the PDF", "", "a PDF embeds its text font and none was found; install"
            + " the package " + PACKAGE + " (apt-get install " + PACKAGE + "), or write the report as .html"));
  }
}
