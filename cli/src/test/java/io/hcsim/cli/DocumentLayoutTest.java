package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of document, in English and Chinese, read back as a PDF reader would (issue 20,
 * "Layout" and "Checks"): no text outside the page's text block (a table wider than the page runs
 * off it), no section heading or table header as the last thing on a page (it belongs with what
 * follows), every font embedded, and the file tagged, titled and in its language. The structure
 * tree of the tagged PDF says what each piece of text is and on which page it stands.
 */
class DocumentLayoutTest {
  /** The text block of an A4 page with the style sheet's 15 mm side margins, in points. */
  private static final float LEFT = 15 / 25.4f * 72;
  private static final float RIGHT = 595.28f - LEFT;
  /** Half a point either way: glyph boxes round. */
  private static final float SLACK = 0.5f;

  @TempDir Path dir;

  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      all.add(Arguments.of("odds " + lang, List.of("simulate", "-n", "4000", "-t", "1", "--lang", lang, "--report")));
      all.add(Arguments.of("debrief no-hire " + lang, List.of("debrief", "--lang", lang, "--out")));
      all.add(Arguments.of("debrief hire " + lang, List.of("debrief", "--outcome", "hire", "--lang", lang, "--out")));
      all.add(Arguments.of("debrief down-level " + lang, List.of("debrief", "--outcome", "down-level", "--lang", lang, "--out")));
      all.add(Arguments.of("score " + lang, List.of("score", "unfinished-p7", "--lang", lang, "--out")));
      all.add(Arguments.of("compare " + lang, List.of("compare", "-n", "2000", "-t", "1", "--lang", lang, "--report")));
      all.add(Arguments.of("sensitivity " + lang, List.of("sensitivity", "-n", "2000", "-t", "1", "--lang", lang, "--report")));
      all.add(Arguments.of("study rounds " + lang,
          List.of("study", "-n", "2000", "-t", "1", "--sweep", "rounds=1,2,3,4,5,6", "--lang", lang, "--report")));
      all.add(Arguments.of("study grid " + lang, List.of("study", "-n", "2000", "-t", "1", "--sweep", "rater-noise=0.5,1,1.5",
          "--sweep", "rounds=2,4,6", "--lang", lang, "--report")));
      all.add(Arguments.of("study single " + lang, List.of("study", "-n", "2000", "-t", "1", "--lang", lang, "--report")));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void fitsItsPagesAndKeepsHeadingsWithTheirText(String name, List<String> command) throws Exception {
    Path pdf = dir.resolve(name.replace(' ', '-') + ".pdf");
    List<String> args = new ArrayList<>(command);
    args.add(pdf.toString());
    Cli.run(args.toArray(String[]::new)).ok();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(outside(doc)).as("text outside the text block of " + name).isEmpty();
      assertThat(headingsAtPageFoot(doc)).as("headings or table headers last on a page of " + name).isEmpty();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(name.endsWith("zh") ? "zh" : "en");
      assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("hcsim");
      assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
      for (PDPage page : doc.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertThat(font.isEmbedded()).as(font.getName() + " embedded in " + name).isTrue();
        }
      }
    }
  }

  /** The checks themselves find what they look for: a heading pushed to a page's foot, a table wider than the page. */
  @org.junit.jupiter.api.Test
  void theChecksFindAHeadingAloneAtAPageFootAndATableOffThePage() throws Exception {
    String page = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title><style>"
        + "@page { size: A4; margin: 16mm 15mm; } body { font-family: 'hcsim-text'; }</style></head><body>"
        + "<div style=\"height: 700pt\"></div><h2 style=\"margin: 0; font-size: 20pt; line-height: 24pt\">Alone at the foot</h2>"
        + "<p style=\"height: 60pt; margin: 0; page-break-inside: avoid\">The text it heads, on the next page.</p>"
        + "<table><tr><td style=\"white-space: nowrap\">" + "a wide cell ".repeat(20) + "</td></tr></table></body></html>";
    byte[] pdf = io.hcsim.reports.render.Pdf.render(page, java.util.Optional.empty(), "t");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(headingsAtPageFoot(doc)).singleElement().asString().startsWith("p. 1 ends in").contains("H2");
      assertThat(outside(doc)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("p. 2 "));
    }
  }

  /** Each character drawn beyond the text block's left or right edge, with its page. */
  private static List<String> outside(PDDocument doc) throws IOException {
    List<String> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
          float left = p.getXDirAdj();
          float right = left + p.getWidthDirAdj();
          if ((left < LEFT - SLACK || right > RIGHT + SLACK) && !p.getUnicode().isBlank()) {
            out.add("p. " + getCurrentPageNo() + " '" + text + "' at " + left + "–" + right);
            return;
          }
        }
      }
    };
    stripper.getText(doc);
    return out;
  }

  /**
   * The structure elements that hold text, in reading order, each with its page and the kinds of
   * element around it; a page whose last one is inside a heading or a table's header row, on a
   * page the document goes on past, has left that heading alone at its foot.
   */
  private static List<String> headingsAtPageFoot(PDDocument doc) {
    var root = doc.getDocumentCatalog().getStructureTreeRoot();
    assertThat(root).as("the PDF is tagged").isNotNull();
    List<Leaf> leaves = new ArrayList<>();
    walk(root, new ArrayList<>(), null, leaves, doc);
    assertThat(leaves).as("the structure tree places text on pages").isNotEmpty()
        .anySatisfy(l -> assertThat(l.path()).anyMatch(t -> t.matches("H[1-6]")));
    List<String> out = new ArrayList<>();
    int pages = doc.getNumberOfPages();
    for (int page = 0; page < pages - 1; page++) {
      Leaf last = null;
      for (Leaf l : leaves) {
        if (l.page() == page) {
          last = l;
        }
      }
      if (last != null && last.path().stream().anyMatch(t -> t.matches("H[1-6]?|TH|THead"))) {
        out.add("p. " + (page + 1) + " ends in " + last.path());
      }
    }
    return out;
  }

  private record Leaf(int page, List<String> path) {}

  private static void walk(PDStructureNode node, List<String> path, PDPage inherited, List<Leaf> out, PDDocument doc) {
    PDPage page = inherited;
    List<String> here = path;
    if (node instanceof PDStructureElement e) {
      page = e.getPage() != null ? e.getPage() : inherited;
      here = new ArrayList<>(path);
      here.add(e.getStructureType());
      if ("Artifact".equals(e.getStructureType())) {
        return;
      }
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, here, page, out, doc);
      } else if (kid instanceof Integer || kid instanceof PDMarkedContentReference) {
        PDPage on = page;
        if (kid instanceof PDMarkedContentReference ref && ref.getPage() != null) {
          on = ref.getPage();
        }
        if (on != null) {
          out.add(new Leaf(doc.getPages().indexOf(on), here));
        }
      } else if (kid instanceof COSDictionary) {
        // an object reference (an annotation): not text
      }
    }
  }
}
