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
      if (Files.isDirectory(f)) {
        throw InvalidInputException.of(name, "", "--font: is a directory; give a TrueType font file (.ttf or .ttc) with Chinese glyphs");
      }
      if (Files.exists(f) && !Files.isRegularFile(f)) {
        throw InvalidInputException.of(name, "", "--font: is not a regular file (a device, pipe or socket); give a TrueType font file");
      }
      if (!Files.isRegularFile(f)) {
        throw InvalidInputException.of(name, "", "--font: no such file; give a TrueType font (.ttf or .ttc) with Chinese glyphs");
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (!(lower.endsWith(".ttf") || lower.endsWith(".ttc"))) {
        throw InvalidInputException.of(name, "", "--font: expected a TrueType font (.ttf or .ttc); PDF embedding cannot use"
            + " OpenType/CFF (.otf) fonts");
      }
      checkOutlines(f);
      return new CjkFont(f);
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst().map(CjkFont::new)
        .orElseThrow(() -> InvalidInputException.of("--lang zh", "", "a Chinese PDF needs a TrueType CJK font and none"
            + " was found; install the package " + PACKAGE + " (apt-get install " + PACKAGE + ") or give one with --font FILE"));
  }

  /**
   * The CJK font a document is drawn with. A PDF embeds its fonts, so a Chinese one (or any given
   * --font) needs one, found or refused here. An HTML page embeds none, the browser finds its own:
   * only its charts, drawn as outlines, use one, the given font or an installed one if any.
   */
  public static Optional<CjkFont> forDocument(boolean pdf, boolean chinese, Optional<Path> given) throws InvalidInputException {
    return forDocument(pdf, chinese, given, KNOWN);
  }

  static Optional<CjkFont> forDocument(boolean pdf, boolean chinese, Optional<Path> given, List<Path> candidates)
      throws InvalidInputException {
    if (given.isPresent() || pdf && chinese) {
      return Optional.of(find(given, candidates));
    }
    return chinese ? installed(candidates) : Optional.empty();
  }

  /** The largest font file read: CJK fonts are 5 to 30 MB; a bigger file is not one (a 3 GB sparse file was read as one). */
  static final long MAX_BYTES = 64L << 20;

  /**
   * Refuses, in one line, what is not a font PDF embedding can use: a file too big to be one, one
   * that is not a TrueType file or collection at all, and one whose outlines are CFF (PostScript),
   * as Noto CJK's are, whatever its name ends in; PDFBox would fail on those with a page of log.
   */
  static void checkOutlines(Path f) throws InvalidInputException {
    String name = f.toString();
    try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(f.toFile(), "r")) {
      long size = in.length();
      if (size > MAX_BYTES) {
        throw InvalidInputException.of(name, "", String.format(java.util.Locale.ROOT, "--font: the file is %,d MB; a font"
            + " is at most %d MB (CJK fonts are 5 to 30 MB); give a TrueType font file", size >> 20, MAX_BYTES >> 20));
      }
      int tag = size >= 12 ? in.readInt() : 0;
      if (tag == TTC) {
        in.readInt(); // version
        int fonts = in.readInt();
        long first = fonts > 0 && size >= 16 ? Integer.toUnsignedLong(in.readInt()) : size;
        if (first + 4 > size) {
          throw notAFont(name);
        }
        in.seek(first);
        tag = in.readInt();
      }
      if (tag == CFF) {
        throw InvalidInputException.of(name, "", "--font: the font has CFF (PostScript) outlines, which hcsim cannot embed"
            + " in a PDF; give a font with TrueType outlines, such as WenQuanYi Micro Hei (apt-get install " + PACKAGE + ")");
      }
      if (tag != TRUETYPE && tag != TRUE) {
        throw notAFont(name);
      }
    } catch (IOException e) {
      throw InvalidInputException.of(name, "", "--font: cannot be read (" + e.getMessage() + "); give a readable TrueType font file");
    }
  }

  private static final int TTC = 0x74746366; // 'ttcf'
  private static final int CFF = 0x4F54544F; // 'OTTO'
  private static final int TRUETYPE = 0x00010000;
  private static final int TRUE = 0x74727565; // 'true', old Apple TrueType

  private static InvalidInputException notAFont(String name) {
    return InvalidInputException.of(name, "", "--font: not a TrueType font (its first bytes are not a font's); give a .ttf or .ttc font file");
  }

  /** The first known system font, if one is installed: for an English report's stray Chinese characters. */
  public static Optional<CjkFont> installed() {
    return installed(KNOWN);
  }

  private static Optional<CjkFont> installed(List<Path> candidates) {
    return candidates.stream().filter(Files::isRegularFile).findFirst().map(CjkFont::new);
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
