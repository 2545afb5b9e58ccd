package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
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
  /** The top and bottom of the text block, with the style sheet's 16 mm margins, in points. */
  private static final float TOP = 16 / 25.4f * 72;
  private static final float BOTTOM = 841.89f - TOP;
  /**
   * The least share of the text block a document's last page fills: less is a near-empty page
   * (a few rows of a table, one practice item), which the report should have kept with the rest.
   */
  private static final double MIN_LAST_PAGE = 0.2;
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
      all.add(Arguments.of("optimize " + lang, List.of("optimize", "-n", "2000", "-t", "1", "--lang", lang, "--report")));
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
      assertThat(brokenTokens(doc)).as("tokens broken across lines in " + name).isEmpty();
      assertThat(lastPageFill(doc)).as("the share of the text block that the last page of " + name + " fills")
          .isGreaterThanOrEqualTo(doc.getNumberOfPages() == 1 ? 0 : MIN_LAST_PAGE);
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

  /** The checks of broken tokens and near-empty pages find what they look for. */
  @org.junit.jupiter.api.Test
  void theChecksFindATokenBrokenAcrossLinesAndANearEmptyLastPage() throws Exception {
    String narrow = "<td style=\"width: 14pt\">生态协同判断</td><td style=\"width: 8pt\">per 10 h</td>";
    String page = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh\"><head><title>t</title><style>"
        + "@page { size: A4; margin: 16mm 15mm; } body { font-family: 'hcsim-text', 'hcsim-cjk'; }</style></head><body>"
        + "<div style=\"height: 700pt\"></div><table style=\"width: 40pt\"><tr>" + narrow + "</tr></table>"
        + "<p style=\"page-break-before: always\">一行</p></body></html>";
    byte[] pdf = io.hcsim.reports.render.Pdf.render(page, io.hcsim.reports.font.CjkFont.installed(), "t");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(brokenTokens(doc)).anySatisfy(b -> assertThat(b).contains("生")).anySatisfy(b -> assertThat(b).contains("10|h"));
      assertThat(lastPageFill(doc)).isLessThan(MIN_LAST_PAGE);
    }
  }

  /** Units a figure is written with: a line may not end between a figure and its unit, nor inside the unit. */
  private static final List<String> UNITS = List.of(io.hcsim.reports.render.Unbroken.UNITS.split("\\|"));
  private static final java.util.regex.Pattern HAN_TAIL = java.util.regex.Pattern.compile("\\p{IsHan}+$");
  private static final java.util.regex.Pattern HAN_HEAD = java.util.regex.Pattern.compile("^\\p{IsHan}+");

  /**
   * Each place where a line of a paragraph, cell or heading ends inside a token: between a figure
   * and its unit or inside the unit ("15|h", "36小|时"), between a letter and its parenthesis
   * ("P|(offer)"), before closing punctuation ("P(offer|)", "小时|，"), and in a table cell or heading inside a Chinese term (a run of at most
   * {@link io.hcsim.reports.render.Unbroken#TERM} characters split in two, "生态协同|判断"). The lines come
   * from the tagged structure: each element's pieces of text in order, a new line where the
   * baseline moves.
   */
  private static List<String> brokenTokens(PDDocument doc) throws IOException {
    List<String> out = new ArrayList<>();
    Map<PDPage, Map<Integer, PDMarkedContent>> contents = new java.util.HashMap<>();
    for (PDPage page : doc.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, PDMarkedContent> byId = new java.util.HashMap<>();
      extractor.getMarkedContents().forEach(mc -> byId.put(mc.getMCID(), mc));
      contents.put(page, byId);
    }
    List<Leaf> leaves = new ArrayList<>();
    walk(doc.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), null, leaves, doc);
    // Pieces of one block (the nearest element that is not an inline span), in reading order.
    Map<Object, List<Leaf>> blocks = new java.util.LinkedHashMap<>();
    leaves.forEach(l -> blocks.computeIfAbsent(l.block(), k -> new ArrayList<>()).add(l));
    for (List<Leaf> block : blocks.values()) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      float y = Float.NaN;
      int onPage = block.get(0).page();
      for (Leaf l : block) {
        if (l.page() != onPage) {
          // a table's header repeated on the next page, or a paragraph going on there: a new start
          lines.add(line.toString());
          lines.add("");
          line = new StringBuilder();
          y = Float.NaN;
          onPage = l.page();
        }
        PDMarkedContent mc = l.mcid() == null ? null : contents.get(doc.getPage(l.page())).get(l.mcid());
        if (mc == null) {
          continue;
        }
        for (Object o : mc.getContents()) {
          if (o instanceof TextPosition t) {
            if (!Float.isNaN(y) && Math.abs(t.getYDirAdj() - y) > 1) {
              lines.add(line.toString());
              line = new StringBuilder();
            }
            y = t.getYDirAdj();
            line.append(t.getUnicode());
          }
        }
      }
      lines.add(line.toString());
      boolean cell = block.get(0).path().stream().anyMatch(t -> t.matches("TD|TH|H[1-6]?"));
      for (int i = 0; i + 1 < lines.size(); i++) {
        String left = lines.get(i).stripTrailing();
        String right = lines.get(i + 1).stripLeading();
        if (left.isEmpty() || right.isEmpty()) {
          continue;
        }
        String where = "p. " + (block.get(0).page() + 1) + " " + left.substring(Math.max(0, left.length() - 12)) + "|"
            + right.substring(0, Math.min(12, right.length()));
        // a letter left without its parenthesis, or a line that begins with closing punctuation ("P(offer|)", "小时|，")
        boolean broken = left.matches("(?s).*(^|[^A-Za-z])[A-Za-z]") && right.startsWith("(")
            || right.matches("(?s)[)）,.;:!?，。；：、！？」”].*");
        for (String unit : UNITS) {
          for (int k = 0; k < unit.length(); k++) {
            String head = unit.substring(0, k);
            String tail = unit.substring(k);
            broken |= left.matches("(?s).*\\d" + java.util.regex.Pattern.quote(head)) && right.startsWith(tail)
                && !(right.length() > tail.length() && Character.isLetter(right.charAt(tail.length()))
                    && tail.chars().allMatch(c -> c < 128));
          }
        }
        var tail = HAN_TAIL.matcher(left);
        var head = HAN_HEAD.matcher(right);
        // a run that starts right after a figure begins with its unit, and may break after it ("10小时|的百分点")
        if (cell && tail.find() && head.find() && !(tail.start() > 0 && Character.isDigit(left.charAt(tail.start() - 1)))) {
          broken |= tail.group().length() + head.group().length() <= io.hcsim.reports.render.Unbroken.TERM;
        }
        if (broken) {
          out.add(where);
        }
      }
    }
    return out;
  }

  /**
   * How far down the text block the last page's content reaches (text and charts alike, the
   * footer apart): the page drawn small, its lowest row that is not white.
   */
  private static double lastPageFill(PDDocument doc) throws IOException {
    float dpi = 24;
    var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, dpi);
    int top = (int) (TOP / 72 * dpi);
    int bottom = (int) (BOTTOM / 72 * dpi);
    for (int row = bottom; row > top; row--) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, row);
        if (((rgb >> 16) & 0xff) < 240 || ((rgb >> 8) & 0xff) < 240 || (rgb & 0xff) < 240) {
          return (row - top) / (double) (bottom - top);
        }
      }
    }
    return 0;
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

  /**
   * A piece of text: its page, the kinds of element around it, its marked-content id on the page,
   * and the block it belongs to (the nearest element that is not an inline span).
   */
  private record Leaf(int page, List<String> path, Integer mcid, Object block) {}

  private static void walk(PDStructureNode node, List<String> path, PDPage inherited, List<Leaf> out, PDDocument doc) {
    walk(node, path, inherited, node, out, doc);
  }

  private static void walk(PDStructureNode node, List<String> path, PDPage inherited, Object block, List<Leaf> out,
      PDDocument doc) {
    PDPage page = inherited;
    List<String> here = path;
    Object in = block;
    if (node instanceof PDStructureElement e) {
      page = e.getPage() != null ? e.getPage() : inherited;
      here = new ArrayList<>(path);
      here.add(e.getStructureType());
      if ("Artifact".equals(e.getStructureType())) {
        return;
      }
      if (!"Span".equals(e.getStructureType())) {
        in = e;
      }
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, here, page, in, out, doc);
      } else if (kid instanceof Integer || kid instanceof PDMarkedContentReference) {
        PDPage on = page;
        if (kid instanceof PDMarkedContentReference ref && ref.getPage() != null) {
          on = ref.getPage();
        }
        Integer mcid = kid instanceof Integer i ? i : ((PDMarkedContentReference) kid).getMCID();
        if (on != null) {
          out.add(new Leaf(doc.getPages().indexOf(on), here, mcid, in));
        }
      } else if (kid instanceof COSDictionary) {
        // an object reference (an annotation): not text
      }
    }
  }
}
