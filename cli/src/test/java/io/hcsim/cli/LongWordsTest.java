package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word longer than a line is wrapped inside the page, never cut off at its right edge (issue 16, item 22). */
class LongWordsTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  @Test
  void aLongWordStaysInsideThePage() throws Exception {
    String word = "Supercalifragilistic".repeat(15) + "END"; // 303 letters, no break
    String profile = LIBRARY.bundledProfileText(LIBRARY.catalogue().defaultProfile())
        .replaceAll("(?m)^notes:.*(\\n  .*)*", Matcher.quoteReplacement("notes: " + word));
    Path file = Files.writeString(dir.resolve("long.yaml"), profile);
    Path pdf = dir.resolve("d.pdf");
    Cli.run("debrief", "-p", file.toString(), "--out", pdf.toString()).ok();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      float width = doc.getPage(0).getMediaBox().getWidth();
      List<Float> rightEdges = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
          positions.forEach(p -> rightEdges.add(p.getXDirAdj() + p.getWidthDirAdj()));
          text.append(s);
        }
      };
      stripper.getText(doc);
      assertThat(text.toString()).as("the whole word is there").contains("END");
      assertThat(rightEdges).isNotEmpty().allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(width));
    }
  }
}
