package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import io.hcsim.reports.render.Excerpt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free text in documents is a bounded excerpt that says it was shortened (issue 16, item 7: a
 * 1 MB profile note made the debrief PDF take 380 s and 235 pages).
 */
class FreeTextExcerptTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aHugeNoteIsShortenedInEveryDocument() throws Exception {
    String words = "evidence ".repeat(110_000); // 990,000 characters: within the 1 MB a file may hold
    String profile = LIBRARY.bundledProfileText(LIBRARY.catalogue().defaultProfile())
        .replaceAll("(?m)^notes:.*(\\n  .*)*", Matcher.quoteReplacement("notes: \"" + words + "END\""));
    Path file = Files.writeString(dir.resolve("big.yaml"), profile);
    String shortened = "[shortened: the first 2,000 of 990,003 characters; the file holds the rest]";

    String text = Cli.run("debrief", "-p", file.toString()).ok().out();
    assertThat(text).contains(shortened).doesNotContain("END");
    assertThat(text.length()).isLessThan(40_000);
    String md = Cli.run("debrief", "-p", file.toString(), "--format", "markdown").ok().out();
    // Markdown escapes the brackets, so that the note cannot become a link.
    assertThat(md).contains(shortened.replace("[", "\\[").replace("]", "\\]"));

    Path pdf = dir.resolve("d.pdf");
    Cli.run("debrief", "-p", file.toString(), "--out", pdf.toString()).ok();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(doc.getNumberOfPages()).as("pages").isLessThan(15);
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("[shortened: the first 2,000 of");
    }
    Path zh = dir.resolve("d.html");
    Cli.run("debrief", "-p", file.toString(), "--out", zh.toString(), "--lang", "zh").ok();
    // (a figure and its unit stand in a span that keeps them on one line: render.Unbroken)
    assertThat(Files.readString(zh).replace("<span class=\"unbroken\">", "").replace("</span>", ""))
        .contains("已截短：共99万个字符，仅显示前2,000个");
  }

  @Test
  void aTeamNoteIsShortenedToo() throws Exception {
    String card = Cli.run("init", "--scorecard", dir.resolve("card.yaml").toString()).code() == 0
        ? Files.readString(dir.resolve("card.yaml")) : null;
    assertThat(card).contains("notes:");
    String longNote = "x".repeat(Excerpt.MAX_CHARACTERS) + "TAIL".repeat(125);
    Path file = Files.writeString(dir.resolve("long.yaml"),
        card.replaceFirst("(?m)^(\\s+)notes: .*$", "$1notes: \"" + longNote + "\""));
    String out = Cli.run("score", file.toString()).ok().out();
    assertThat(out).contains("x".repeat(Excerpt.MAX_CHARACTERS) + " … [shortened: the first 2,000 of 2,500 characters")
        .doesNotContain("TAIL");
  }

  @Test
  void textAtTheLimitIsWholeAndCodePointsAreNeverSplit() {
    var m = io.hcsim.reports.i18n.Messages.of(io.hcsim.reports.i18n.Language.EN);
    String whole = "字".repeat(Excerpt.MAX_CHARACTERS);
    assertThat(Excerpt.of(whole, m)).isEqualTo(whole);
    String emoji = "😀".repeat(Excerpt.MAX_CHARACTERS + 1); // two chars each
    String cut = Excerpt.of(emoji, m);
    assertThat(cut).startsWith("😀".repeat(Excerpt.MAX_CHARACTERS) + " … [shortened: the first 2,000 of 2,001 characters");
  }
}
