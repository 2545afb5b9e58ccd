package io.hcsim.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.font.CjkFont;
import io.hcsim.reports.font.TextFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an XHTML report (with inline SVG charts) to a tagged PDF (PDF/UA) whose fonts are all
 * embedded: the text font ({@link TextFont}) draws Latin script under the family
 * {@link #TEXT_FAMILY}, at weights 400 and 700; a Chinese report registers the CJK font at weight
 * 400 only, under {@link #CJK_FAMILY}, for the CJK characters alone: bold is synthesised, since
 * the font has no bold face and registering it twice would embed it twice. The document carries
 * its language, its title and a bookmark for each section heading.
 */
public final class Pdf {
  /** The CSS font family a template names for Chinese text. */
  public static final String CJK_FAMILY = "hcsim-cjk";
  /** The CSS font family of the embedded text font. */
  public static final String TEXT_FAMILY = "hcsim-text";

  /**
   * PDFBox warns on the console for every standard font it maps to a system one; held here, as
   * java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  private Pdf() {}

  /**
   * The CSS font family of a report, the same in both languages: the text font first, so that
   * letters and digits look alike in English and Chinese, then the CJK font for the characters it
   * lacks (registered when the report is Chinese, or an English one has a name or a note in
   * Chinese), then the fallbacks for other scripts. A browser, which has none of these, uses
   * its own sans-serif.
   */
  public static String family(boolean chinese) {
    String fallbacks = FALLBACK_FAMILIES.stream().map(f -> ", '" + f + "'").collect(java.util.stream.Collectors.joining());
    return "'" + TEXT_FAMILY + "', '" + CJK_FAMILY + "'" + fallbacks + ", sans-serif";
  }
  /**
   * Fonts for scripts neither the standard fonts nor the CJK font draw (Arabic, Hebrew, Greek
   * beyond WinAnsi, Cyrillic, Devanagari...), tried in this order where installed; each that draws
   * a character still missing is registered, up to {@link #FALLBACK_FAMILIES}' count.
   */
  static final List<Path> FALLBACK_FONTS = List.of(
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
      Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
      Path.of("/usr/share/fonts/truetype/freefont/FreeSans.ttf"),
      Path.of("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
      Path.of("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"),
      Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));
  static final List<String> FALLBACK_FAMILIES = List.of("hcsim-fallback-1", "hcsim-fallback-2", "hcsim-fallback-3");

  private static TrueTypeFont parse(Path file) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
  }

  /**
   * The text or CJK font, without glyph substitution: it would only join Latin letters into
   * ligatures (Chinese needs none), and PDFBox's substitution builds regular expressions for every
   * string it draws, which took about a quarter of the time a debrief's PDF spent painting. The
   * fallback fonts keep it, as scripts such as Arabic need it.
   */
  private static TrueTypeFont unshaped(TrueTypeFont font) {
    font.setEnableGsub(false);
    return font;
  }

  /** Whether {@code font} has a glyph for a code point. */
  private static IntPredicate drawsWith(TrueTypeFont font) throws IOException {
    CmapLookup cmap = font.getUnicodeCmapLookup(false);
    return cp -> cmap != null && cmap.getGlyphId(cp) > 0;
  }

  /**
   * The PDF of {@code xhtml}. Its metadata is exactly {@code title}, with hcsim as its author
   * and producer (never the candidate: the file may be sent on), and the language of the
   * document's {@code lang}.
   */
  public static byte[] render(String xhtml, Optional<CjkFont> required, String title) throws InvalidInputException {
    // The renderer reports every CSS quirk on the console; a report's reader has no use for that.
    XRLog.setLoggingEnabled(false);
    PDFBOX.setLevel(java.util.logging.Level.SEVERE);
    TextFont text = TextFont.find();
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.withProducer("hcsim");
    b.useSVGDrawer(new BatikSVGDrawer());
    b.usePdfUaAccessibility(true);
    String html = Outline.withBookmarks(xhtml);
    b.withHtmlContent(html, null);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      b.usePDDocument(doc);
      TrueTypeCollection collection = null;
      TrueTypeFont regular = unshaped(parse(text.regular()));
      b.useFont(new PDFontSupplier(PDType0Font.load(doc, regular, true)), TEXT_FAMILY, 400, FontStyle.NORMAL, true);
      if (text.bold().isPresent()) {
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, unshaped(parse(text.bold().get())), true)), TEXT_FAMILY, 700,
            FontStyle.NORMAL, true);
      }
      IntPredicate covered = drawsWith(regular);
      Set<Integer> wanted = Glyphs.of(xhtml);
      Optional<CjkFont> cjk = required.isPresent() || Glyphs.missing(wanted, covered).isEmpty() ? required
          : CjkFont.installed();
      if (cjk.isPresent()) {
        TrueTypeFont ttf;
        if (cjk.get().collection()) {
          collection = new TrueTypeCollection(cjk.get().file().toFile());
          TrueTypeFont[] first = new TrueTypeFont[1];
          collection.processAllFonts(f -> {
            if (first[0] == null) {
              first[0] = unshaped(f);
            }
          });
          ttf = first[0];
        } else {
          ttf = unshaped(parse(cjk.get().file()));
        }
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), CJK_FAMILY, 400, FontStyle.NORMAL, true);
        covered = covered.or(drawsWith(ttf));
      }
      Set<Integer> missing = Glyphs.missing(wanted, covered);
      int family = 0;
      for (Path f : FALLBACK_FONTS) {
        if (missing.isEmpty() || family == FALLBACK_FAMILIES.size()) {
          break;
        }
        if (Files.isRegularFile(f)) {
          TrueTypeFont fallback = parse(f);
          IntPredicate draws = drawsWith(fallback);
          if (missing.stream().anyMatch(draws::test)) {
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, fallback, true)), FALLBACK_FAMILIES.get(family++), 400,
                FontStyle.NORMAL, true);
            missing = Glyphs.missing(missing, draws);
          }
        }
      }
      if (!missing.isEmpty()) {
        // the PDF would show each of them as '#': say so instead
        boolean chinese = missing.stream().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        throw InvalidInputException.of("the PDF", "", "no font here draws " + missing.size() + " of its characters: "
            + Glyphs.describe(missing) + "; " + (chinese && required.isPresent() ? "the --font given has no Chinese glyphs;"
            + " give a TrueType CJK font or install " + CjkFont.PACKAGE : "install a font that has them (Debian: "
            + (chinese ? CjkFont.PACKAGE : "fonts-noto-core") + ") or give one with --font FILE")
            + ", or write the report as .html, which a browser shows with its own fonts");
      }
      try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setAuthor("hcsim");
      info.setProducer("hcsim");
      info.setCreator("hcsim");
      doc.setDocumentInformation(info);
      doc.getDocumentCatalog().setLanguage(Outline.language(xhtml));
      // The file identifier from the content, not the clock: the same report gives the same bytes.
      byte[] id = java.security.MessageDigest.getInstance("MD5").digest(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
      ids.add(new org.apache.pdfbox.cos.COSString(id));
      ids.add(new org.apache.pdfbox.cos.COSString(id));
      doc.getDocument().setDocumentID(ids);
      doc.save(out);
      if (collection != null) {
        collection.close();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has MD5", e);
    }
  }
}
