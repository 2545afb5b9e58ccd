package io.hcsim.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.font.CjkFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** A PDF never shows a character as '#' silently: another installed font draws it, or it says which are missing. */
class GlyphCoverageTest {
  private static final Path DEJAVU = Pdf.FALLBACK_FONTS.get(0);

  private static String page(String text) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style>body{font-family:"
        + Pdf.family(false) + "}</style></head><body><p>" + text + "</p></body></html>";
  }

  @Test
  void aScriptTheStandardFontsLackIsDrawnByAnInstalledFontThatHasIt() throws Exception {
    assumeTrue(Files.isRegularFile(DEJAVU), "no " + DEJAVU + " (Debian: fonts-dejavu-core)");
    byte[] pdf = Pdf.render(page("Candidate Ελένη Παπαδοπούλου, Олег, Արամ"), Optional.empty(), "t");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StringBuilder fonts = new StringBuilder();
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        PDFont f = doc.getPage(0).getResources().getFont(name);
        fonts.append(f.getName()).append(' ');
      }
      // Armenian is in no CJK font: a fallback draws it
      assertThat(fonts.toString()).contains("DejaVuSans");
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Ελένη", "Олег", "Արամ").doesNotContain("#");
    }
  }

  @Test
  void aCharacterNoFontHereDrawsIsNamedInOneLine() {
    // Egyptian hieroglyphs: in none of the fonts hcsim looks for
    assertThatThrownBy(() -> Pdf.render(page("Name \uD80C\uDC00 end"), Optional.empty(), "t"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no font here draws 1 of its characters: U+13000")
        .hasMessageContaining("write the report as .html");
  }

  @Test
  void aGivenFontWithoutChineseIsRefusedForAChineseDocument() throws Exception {
    assumeTrue(Files.isRegularFile(DEJAVU), "no " + DEJAVU + " (Debian: fonts-dejavu-core)");
    CjkFont notCjk = CjkFont.find(Optional.of(DEJAVU));
    String html = page("面试复盘").replace(Pdf.family(false), Pdf.family(true));
    assertThatThrownBy(() -> Pdf.render(html, Optional.of(notCjk), "t"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+9762 (面)")
        .hasMessageContaining("the --font given has no Chinese glyphs");
  }

  @Test
  void theTextIsReadWithoutMarkupStyleOrCharts() {
    assertThat(Glyphs.of("<style>Ж</style><p>a&amp;&#x416;<svg><text>Я</text></svg></p>"))
        .containsExactly((int) '&', (int) 'a', 0x416);
  }
}
