package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebriefTest {
  @Test
  void theDefaultDebriefIsTextWithEverySection() {
    String out = Cli.cached("debrief").ok().out();
    assertThat(out).contains("Interview debrief", "Timeline", "Round by round", "The cumulative signal", "The committee",
        "What would have changed it", "How typical this loop was");
  }

  @Test
  void jsonHasTheDocumentedShape() {
    var json = Cli.cached("debrief", "--format", "json", "--outcome", "hire").ok().json();
    assertThat(json.get("decision").asText()).isEqualTo("HIRE");
    assertThat(json.get("level").asText()).startsWith("P");
    var first = json.get("rounds").get(0);
    assertThat(first.get("reached").asBoolean()).isTrue();
    assertThat(first.get("ratings").size()).isPositive();
    assertThat(first.get("signal").get("levels").get("P7").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.has("committee")).isTrue();
    assertThat(json.has("counterfactual")).isTrue();
    assertThat(json.get("typical").get("runs").asLong()).isEqualTo(20_000);
  }

  /**
   * A round that says no and yet the loop goes on reads as a contradiction unless the debrief says
   * why: the round's pass mark (the recruiter's screen stops only a clear no), a day played
   * through (the panel), or the owner's override. Every such round of the first runs says it.
   */
  @Test
  void everyNoThatTheLoopWentOnAfterSaysWhy() {
    int explained = 0;
    for (String loop : new String[] {"ali-health-pm", "panel-committee"}) {
      for (int run = 0; run < 12; run++) {
        String out = Cli.run("debrief", "-l", loop, "-p", "health-tech-veteran-p7", "--run", Integer.toString(run)).ok().out();
        String rounds = out.substring(out.indexOf("Round by round"), out.indexOf("The cumulative signal"));
        for (String round : rounds.split("\n(?=Round \\d+ · )")) {
          boolean no = round.contains("Recommendation: Lean No") || round.contains("Recommendation: Strong No");
          if (no && !round.contains("The loop ended here")) {
            assertThat(round).as("%s run %s", loop, run).contains("Went on");
            explained++;
          } else {
            assertThat(round).as("%s run %s", loop, run).doesNotContain("Went on");
          }
        }
      }
    }
    assertThat(explained).as("the runs hold such rounds").isGreaterThan(3);
  }

  /**
   * A must-have at Strong No in the panel's onsite day is held to the day's last interview (which
   * has no must-have): the reason names the interview that gave it, one of the two with a
   * must-have, never the day's last.
   */
  @Test
  void aVerdictHeldToTheDaysEndNamesTheInterviewThatGaveIt() {
    java.util.regex.Pattern held = java.util.regex.Pattern.compile(
        "The loop ended at the Onsite leadership and culture round: the day's interviews were all held before anyone"
            + " acted on one; in the (.+?) round, a must-have competency \\(Regulation and privacy\\) was rated Strong No\\.");
    int seen = 0;
    for (int run = 0; run < 12; run++) {
      java.util.regex.Matcher m = held.matcher(Cli.run("debrief", "-l", "panel-committee", "--run", Integer.toString(run)).ok().out());
      if (m.find()) {
        assertThat(m.group(1)).as("run %d", run).isIn("Onsite health domain", "Onsite execution");
        seen++;
      }
    }
    assertThat(seen).as("runs ended by a held must-have").isGreaterThan(2);
  }

  @Test
  void theOutcomeSearchFindsTheFirstMatchingRun() {
    var json = Cli.cached("debrief", "--format", "json", "--outcome", "hire").ok().json();
    long run = json.get("run").asLong();
    for (long r = 0; r < run; r++) {
      assertThat(Cli.run("debrief", "--format", "json", "--run", Long.toString(r)).ok().json().get("decision").asText())
          .isNotEqualTo("HIRE");
    }
  }

  @Test
  void aReportFileIsNeverReplacedWithoutForce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("d.md");
    Cli.run("debrief", "--out", file.toString()).ok();
    String first = Files.readString(file);
    assertThat(first).startsWith("# Interview debrief");
    Cli.run("debrief", "--out", file.toString(), "--run", "3").badInput().oneLine("already exists", "--force");
    assertThat(Files.readString(file)).isEqualTo(first);
    Cli.run("debrief", "--out", file.toString(), "--run", "3", "--force").ok();
    assertThat(Files.readString(file)).isNotEqualTo(first);
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").hasSize(1);
    }
  }

  @Test
  void badDestinationsAndOptionsExitTwoInOneLine(@TempDir Path dir) {
    Cli.run("debrief", "--out", dir.toString() + "/").badInput().oneLine("is a directory");
    Cli.run("debrief", "--out", dir.resolve("no/such/folder/d.pdf").toString()).badInput().oneLine("does not exist");
    Cli.run("debrief", "--out", dir.resolve("d.docx").toString()).badInput().oneLine("extension");
    Cli.run("debrief", "--outcome", "maybe").badInput().oneLine("hire, no-hire, hold or down-level");
    Cli.run("debrief", "--lang", "fr").badInput().oneLine("en or zh");
    Cli.run("debrief", "--run", "1", "--outcome", "hire").badInput().oneLine("exclude");
    Cli.run("debrief", "--format", "json", "--out", dir.resolve("d.md").toString()).badInput().oneLine("disagree");
  }

  @Test
  void aPdfIsWrittenAndChineseTextNeedsNoFont(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("d.pdf");
    Cli.run("debrief", "--out", pdf.toString()).ok();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    assertThat(Cli.run("debrief", "--lang", "zh", "--font", dir.resolve("none.ttf").toString()).ok().out())
        .contains("面试复盘");
  }

  @Test
  void aChinesePdfWithAMissingFontSaysSoInOneLine(@TempDir Path dir) {
    Cli.run("debrief", "--lang", "zh", "--font", dir.resolve("none.ttf").toString(), "--out",
        dir.resolve("d.pdf").toString()).badInput().oneLine("--font", "no such file");
  }
}
