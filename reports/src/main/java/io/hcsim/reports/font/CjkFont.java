package io.hcsim.reports.font;

import io.hcsim.core.files.InvalidInputException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A TrueType font with Chinese glyphs, for Chinese reports: PDFBox can embed TrueType (a single
 * font or a collection) but not CFF-flavoured OpenType, so Noto CJK's .otf/.ttc will not do.
 * Found among the system's fonts or given with {@code --font FILE}.
 *
 * @param file a .ttf or .ttc file; of a collection the first font is used
 */
public record CjkFont(Path file) {
  /** Where Debian, Ubuntu, Fedora and Arch put TrueType CJK fonts, in order of preference. */
  static final List<Path> KNOWN = List.of(
      Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
      Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/wqy-microhei-fonts/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
      Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

  /** The package that provides the preferred font on Debian and Ubuntu (and under that name elsewhere). */
  public static final String PACKAGE = "fonts-wqy-microhei";

  /**
   * The font given with {@code --font}, else the first known system font that exists; a problem
   * naming what to install when there is none.
   */
  public static CjkFont find(Optional<Path> given) throws InvalidInputException {
    return find(given, KNOWN);
  }

  static CjkFont find(Optional<Path> given, List<Path> candidates) throws InvalidInputException {
    if (given.isPresent()) {
      Path f = given.get();
      String name = f.toString();
      if (!Files.isRegularFile(f)) {
        throw InvalidInputException.of(name, "", "--font: no such file; give a TrueType font (.ttf or .ttc) with Chinese glyphs");
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (!(lower.endsWith(".ttf") || lower.endsWith(".ttc"))) {
        throw InvalidInputException.of(name, "", "--font: expected a TrueType font (.ttf or .ttc); PDF embedding cannot use"
            + " OpenType/CFF (.otf) fonts");
      }
      return new CjkFont(f);
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst().map(CjkFont::new)
        .orElseThrow(() -> InvalidInputException.of("--lang zh", "", "a Chinese PDF needs a TrueType CJK font and none"
            + " was found; install the package " + PACKAGE + " (apt-get install " + PACKAGE + ") or give one with --font FILE"));
  }

  /** The first known system font, if one is installed: for an English report's stray Chinese characters. */
  public static Optional<CjkFont> installed() {
    return KNOWN.stream().filter(Files::isRegularFile).findFirst().map(CjkFont::new);
  }

  /** Whether this font is a collection (.ttc) rather than a single font. */
  public boolean collection() {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
  }

  /** The font for drawing (charts), at 1 pt: Java reads the first font of a collection. */
  public Font awt() throws InvalidInputException {
    try {
      Font[] fonts = Font.createFonts(file.toFile());
      return fonts[0];
    } catch (FontFormatException | IOException e) {
      throw InvalidInputException.of(file.toString(), "", "--font: not a readable TrueType font (" + e.getMessage() + ")");
    }
  }
}
