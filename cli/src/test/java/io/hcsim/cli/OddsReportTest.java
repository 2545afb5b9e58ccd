package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OddsReportTest {
  @Test
  void theOddsReportIsAPdfWithEveryPartAndTheTextStillGoesToStdout(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("odds.pdf");
    String out = Cli.run("simulate", "-n", "4000", "-t", "1", "--report", pdf.toString()).ok().out();
    assertThat(out).contains("Chance of an offer");
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Your odds of an offer", "Offer by level", "The funnel", "Why loops end without an offer",
          "Offers per level", "What would move the odds", "What matters most");
    }
  }

  @Test
  void theChineseHtmlIsWellFormedWithFiveCharts(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("odds.html");
    Cli.run("simulate", "-n", "4000", "-t", "1", "--lang", "zh", "--report", html.toString()).ok();
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(html)));
    // Where to apply, the funnel, the offers on the band, the weaknesses, and the typical offer's
    // package as a stacked bar per year.
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(5);
    assertThat(Files.readString(html)).contains("拿到offer的概率", "面试漏斗", "薪酬结构", "谈薪筹码", "年终奖", "签字费");
  }

  @Test
  void aBadReportNameFailsBeforeTheRunsInOneLine(@TempDir Path dir) throws Exception {
    Cli.run("simulate", "--report", dir.resolve("odds.txt").toString()).badInput().oneLine(".pdf or .html");
    Path existing = Files.writeString(dir.resolve("odds.pdf"), "mine");
    Cli.run("simulate", "--report", existing.toString()).badInput().oneLine("already exists", "--force");
    assertThat(Files.readString(existing)).isEqualTo("mine");
    Cli.run("simulate", "--report", dir.resolve("o.pdf").toString(), "--lang", "de").badInput().oneLine("en or zh");
  }

  /** The report stack loads only for a report: a plain simulate's start-up must not pay for it. */
  @Test
  void aPlainSimulateLoadsNoneOfTheReportStack() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        "io.hcsim.cli.Main", "simulate", "-n", "2000", "-t", "1"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(log).contains("io.hcsim.cli.SimulateCommand")
        .doesNotContain("com.github.mustachejava", "org.apache.pdfbox", "org.jfree", "com.openhtmltopdf", "org.apache.batik",
            "io.hcsim.reports.debrief", "io.hcsim.reports.chart");
  }
}
