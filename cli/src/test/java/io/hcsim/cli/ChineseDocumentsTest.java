package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Round;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of document hcsim writes, in Chinese, read back as text (the HTML's text, SVG labels
 * included; a PDF's through PDFBox): no English label of the bundle and no id of the catalogue
 * (a round, persona, competency, strategy, bundled loop or profile, a file's field) may show. A
 * Chinese reader meets the names, never the keys.
 */
class ChineseDocumentsTest {
  /** The ids a zh document must not show: those long enough, or spelt with _ or -, not to be a word of the text. */
  static Set<String> ids() throws Exception {
    Catalogue cat = Library.bundled().catalogue();
    Set<String> ids = new TreeSet<>();
    Library library = Library.bundled();
    for (String loop : cat.bundledLoops()) {
      ids.add(loop);
      for (Round r : library.loop(loop).value().rounds()) {
        ids.add(r.id());
        ids.add(r.personaId());
      }
    }
    ids.addAll(cat.bundledProfiles());
    for (String profile : cat.bundledProfiles()) {
      ids.add(library.profile(profile).value().name()); // the file's English name: a zh document names them in Chinese
    }
    ids.addAll(cat.personas().keySet());
    cat.competencies().all().forEach(c -> ids.add(c.id()));
    ids.addAll(cat.strategies().keySet());
    ids.addAll(List.of("daysAfterPrevious", "Offer", "Candidate", "LEAN_HIRE", "STRONG_NO"));
    ids.removeIf(id -> id.length() < 4 && !id.contains("_") && !id.contains("-"));
    return ids;
  }

  /** The visible text of an XHTML document: styles dropped, tags removed, entities read. */
  static String htmlText(Path file) throws Exception {
    String html = Files.readString(file).replaceAll("(?s)<style.*?</style>", " ");
    return html.replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
  }

  static String pdfText(Path file) throws Exception {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** What {@code text} shows that a Chinese document must not, each with the document's name. */
  private static List<String> notChinese(String what, String text) throws Exception {
    assertThat(text).as(what).isNotBlank();
    List<String> found = new ArrayList<>();
    for (String label : ChineseTerminalTest.englishLabels()) {
      if (text.contains(label)) {
        found.add("label '" + label + "'");
      }
    }
    for (String id : ids()) {
      if (java.util.regex.Pattern.compile("(?<![A-Za-z0-9_-])" + java.util.regex.Pattern.quote(id) + "(?![A-Za-z0-9_-])")
          .matcher(text).find()) {
        found.add("id '" + id + "'");
      }
    }
    return found.stream().map(f -> what + ": " + f).toList();
  }

  @Test
  void debriefsAndScoreCardsInChinese(@TempDir Path dir) throws Exception {
    List<String[]> runs = List.of(
        new String[] {"debrief", "--outcome", "hire"},
        new String[] {"debrief", "--outcome", "no-hire"},
        new String[] {"debrief", "--outcome", "down-level"},
        new String[] {"debrief", "-l", "alibaba-classic", "--outcome", "hire"},
        new String[] {"debrief", "-l", "bar-raiser", "-p", "ecommerce-pm-p6"},
        new String[] {"debrief", "-l", "panel-committee", "--anonymize"},
        new String[] {"score", "unfinished-p7"},
        new String[] {"score", "unfinished-p7", "--anonymize"});
    int i = 0;
    List<String> found = new ArrayList<>();
    for (String[] run : runs) {
      Path html = dir.resolve("d" + i++ + ".html");
      List<String> args = new ArrayList<>(List.of(run));
      args.addAll(List.of("--lang", "zh", "--out", html.toString()));
      Cli.run(args.toArray(String[]::new)).ok();
      found.addAll(notChinese(String.join(" ", run), htmlText(html)));
    }
    Path pdf = dir.resolve("debrief.pdf");
    Cli.run("debrief", "--lang", "zh", "--anonymize", "--out", pdf.toString()).ok();
    String text = pdfText(pdf);
    found.addAll(notChinese("debrief PDF", text));
    assertThat(found).isEmpty();
    assertThat(text).contains("候选人 ");
  }

  @Test
  void oddsStudyAndPreparationReportsInChinese(@TempDir Path dir) throws Exception {
    List<String[]> runs = List.of(
        new String[] {"simulate", "-n", "2000", "-t", "1"},
        new String[] {"simulate", "-n", "2000", "-t", "1", "-l", "alibaba-classic", "-p", "ecommerce-pm-p6"},
        new String[] {"study", "-n", "300", "-t", "1"},
        new String[] {"study", "-n", "200", "-t", "1", "--sweep", "rounds=2,4"},
        new String[] {"study", "-n", "200", "-t", "1", "--sweep", "rule=posterior,majority", "--sweep", "gates=on,off"},
        new String[] {"compare", "-n", "300", "-t", "1"},
        new String[] {"optimize", "-n", "200", "-t", "1"},
        new String[] {"sensitivity", "-n", "300", "-t", "1"});
    int i = 0;
    List<String> found = new ArrayList<>();
    for (String[] run : runs) {
      Path html = dir.resolve("r" + i++ + ".html");
      List<String> args = new ArrayList<>(List.of(run));
      args.addAll(List.of("--lang", "zh", "--report", html.toString()));
      Cli.run(args.toArray(String[]::new)).ok();
      found.addAll(notChinese(String.join(" ", run), htmlText(html)));
    }
    assertThat(found).isEmpty();
  }
}
