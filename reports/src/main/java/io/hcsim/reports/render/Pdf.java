package io.hcsim.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.hcsim.reports.font.CjkFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an XHTML report (with inline SVG charts) to PDF. A Chinese report registers the CJK
 * font at weight 400 only, under the family {@link #CJK_FAMILY}: bold is synthesised, since the
 * font has no bold face and registering it twice would embed it twice.
 */
public final class Pdf {
  /** The CSS font family a template names for Chinese text. */
  public static final String CJK_FAMILY = "hcsim-cjk";

  /**
   * PDFBox warns on the console for every standard font it maps to a system one; held here, as
   * java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  private Pdf() {}

  /**
   * The CSS font family of a report: the CJK font first for Chinese; for English the standard
   * sans-serif with the CJK font behind it, for the odd name or note in Chinese (registered only
   * when the text needs it and one is installed).
   */
  public static String family(boolean chinese) {
    return chinese ? "'" + CJK_FAMILY + "', sans-serif" : "sans-serif, '" + CJK_FAMILY + "'";
  }

  /** Whether the standard PDF fonts (WinAnsi) lack a character of {@code text}. */
  static boolean beyondWinAnsi(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x100 && "ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™".indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The PDF of {@code xhtml}. Its metadata is exactly {@code title} and {@code author} (the
   * caller decides what may appear there), with the producer named as hcsim.
   */
  public static byte[] render(String xhtml, Optional<CjkFont> required, String title, String author) {
    Optional<CjkFont> cjk = required.isPresent() || !beyondWinAnsi(xhtml) ? required : CjkFont.installed();
    // The renderer reports every CSS quirk on the console; a report's reader has no use for that.
    XRLog.setLoggingEnabled(false);
    PDFBOX.setLevel(java.util.logging.Level.SEVERE);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.withProducer("hcsim");
    b.useSVGDrawer(new BatikSVGDrawer());
    b.withHtmlContent(xhtml, null);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      b.usePDDocument(doc);
      TrueTypeCollection collection = null;
      if (cjk.isPresent()) {
        TrueTypeFont ttf;
        if (cjk.get().collection()) {
          collection = new TrueTypeCollection(cjk.get().file().toFile());
          TrueTypeFont[] first = new TrueTypeFont[1];
          collection.processAllFonts(f -> {
            if (first[0] == null) {
              first[0] = f;
            }
          });
          ttf = first[0];
        } else {
          ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(cjk.get().file().toFile()));
        }
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), CJK_FAMILY, 400, FontStyle.NORMAL, true);
      }
      try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      if (!author.isEmpty()) {
        info.setAuthor(author);
      }
      info.setProducer("hcsim");
      info.setCreator("hcsim");
      doc.setDocumentInformation(info);
      doc.getDocumentCatalog().setMetadata(null);
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
