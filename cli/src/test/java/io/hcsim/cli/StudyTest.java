package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {
  @Test
  void aPlainStudyPrintsEveryMetricAndTheReading() {
    String out = Cli.run("study", "-n", "20000", "-t", "1").ok().out();
    assertThat(out).contains("Right decision (offer at the true level, or none)", "Baseline: reject everyone",
        "Baseline: offer everyone the target level", "Right hire/no-hire at the target bar", "Balanced accuracy",
        "AUC of the final score", "Validity (all candidates)", "Validity (candidates reaching the committee)",
        "Inter-rater reliability", "Precision", "Recall", "False-positive rate", "False-negative rate", "Hire rate",
        "Hold rate", "Offers at the true level", "Offers below the true level", "Offers above the true level", "Agreement with the full-information decision", "Interviewer hours per candidate",
        "Interviewer hours per hire", "Days to decision, median", "Days to decision, p90", "Reading for the recruiting lead",
        "Of every 100 P7 applicants");
  }

  @Test
  void theReadingNamesTheBaselineTheValidityTheReferenceAndWhereTheCurveFlattens() {
    String plain = Cli.run("study", "-n", "20000", "-t", "1").ok().out();
    assertThat(plain).contains("Rejecting everyone would be right for", "against the better of these the loop is +",
        "Validity: the final score correlates 0.7", "The full-information reference (every interview played",
        "of validity.", "validity goes from 0.4", "and there the curve flattens",
        "From one interview to 3, each point (0.01) of validity costs");
    assertThat(plain).containsPattern("after all 6; 3 interviews already reach 0\\.[67]\\d\\d, 9\\d\\.\\d% of that gain");
    String curve = Cli.run("study", "-n", "20000", "-t", "1", "--sweep", "rounds=1,2,3,4,5,6").ok().out();
    // One interview is the recruiter's screen alone, which offers no one: the reading says so.
    assertThat(curve).contains("Right decisions do not beat the better baseline", "at “Interviews: 1”",
        "The curve flattens at “Interviews: 3”", "the first point to reach 90%", "each point (0.01) of validity costs");
    // The share the flattening point reaches is measured, not the threshold restated.
    assertThat(curve).containsPattern("already reaches 0\\.\\d{3}, 9\\d\\.\\d% of that gain");
    assertThat(curve).containsPattern("Right decisions (peak at “Interviews: \\d” \\([0-9.]+%\\) and fall after it"
        + "|peak at “Interviews: \\d” \\([0-9.]+%\\); from)");
    String fromTwo = Cli.run("study", "-n", "20000", "-t", "1", "--sweep", "rounds=2,3,4,5,6").ok().out();
    assertThat(fromTwo).contains("Right decisions beat the better baseline");
    String open = Cli.run("study", "-n", "20000", "-t", "1", "--sweep", "visibility=independent,open").ok().out();
    assertThat(open).containsPattern("inter-rater reliability 0\\.\\d+ to 0\\.4");
  }

  @Test
  void theJsonHasTheIssuesShapeAndTheThreadCountChangesNoByte() {
    String one = Cli.run("study", "-n", "20000", "-t", "1", "--format", "json", "--sweep", "rounds=1,3").ok().out();
    String three = Cli.run("study", "-n", "20000", "-t", "3", "--format", "json", "--sweep", "rounds=1,3").ok().out();
    assertThat(three).isEqualTo(one);
    JsonNode plain = Cli.run("study", "-n", "20000", "-t", "1", "--format", "json").ok().json();
    assertThat(plain.get("loop").asText()).isEqualTo("ali-health-pm");
    assertThat(plain.get("targetLevel").asText()).isEqualTo("P7");
    assertThat(plain.get("candidates").asLong()).isEqualTo(20000);
    assertThat(plain.get("seed").asLong()).isEqualTo(SimulateCommand.DEFAULT_SEED);
    for (String metric : List.of("rightDecision", "rejectAllBaseline", "offerAllBaseline", "rightHireAtBar", "balancedAccuracy",
        "auc", "validity", "validityDecided", "interRaterReliability", "ratingSdWithinLoop", "offersAtTrueLevel",
        "offersBelowTrueLevel", "offersAboveTrueLevel")) {
      JsonNode m = plain.get("metrics").get(metric);
      assertThat(m.get("value").asDouble()).as(metric).isBetween(m.get("ci95").get(0).asDouble(), m.get("ci95").get(1).asDouble());
      assertThat(m.get("ci95").get(0).asDouble()).as(metric).isLessThan(m.get("ci95").get(1).asDouble());
    }
    assertThat(plain.get("fullInformation").get("rightDecision").get("ci95")).hasSize(2);
    // Read after each interview in the same pass: flattens at three, as the rounds sweep below does.
    JsonNode read = plain.get("interviewCurve");
    assertThat(read.get("flattensAt").asInt()).isEqualTo(3);
    assertThat(read.get("points")).hasSize(6);
    assertThat(read.get("points").get(5).get("validity")).isEqualTo(plain.get("metrics").get("validity"));
    JsonNode before = read.get("hoursPerValidityPointBefore");
    assertThat(before.get("value").asDouble()).isBetween(before.get("ci95").get(0).asDouble(), before.get("ci95").get(1).asDouble())
        .isBetween(0.005, 0.1);
    assertThat(read.get("hoursPerValidityPointAfter").get("value").asDouble()).isGreaterThan(before.get("ci95").get(1).asDouble());
    assertThat(read.get("points").get(2).get("shareOfGain").get("ci95").get(0).asDouble()).isGreaterThanOrEqualTo(0.9);
    JsonNode curve = Cli.run("study", "-n", "20000", "-t", "1", "--format", "json", "--sweep", "rounds=1,2,3,4,5,6").ok().json();
    // Validity from 0.61 (the screen alone) to 0.76 (six interviews) reaches 90% of that gain at three.
    assertThat(curve.get("sweep").get("flattensAt").get("rounds").asText()).isEqualTo("3");
    assertThat(curve.get("sweep").get("flattensAt").get("hoursPerValidityPointBefore").asDouble()).isBetween(0.005, 0.1);
    JsonNode swept = Cli.run("study", "-n", "5000", "-t", "1", "--format", "json", "--sweep", "rule=posterior,majority",
        "--sweep", "gates=on,off").ok().json().get("sweep");
    assertThat(swept.get("params").toString()).isEqualTo("[\"rule\",\"gates\"]");
    assertThat(swept.get("points")).hasSize(4);
    assertThat(swept.get("points").get(1).get("values").toString()).isEqualTo("{\"rule\":\"posterior\",\"gates\":\"off\"}");
    assertThat(swept.get("points").get(1).get("metrics").get("hireRate").get("ci95")).hasSize(2);
  }

  @Test
  void theBarRaiserReportIsAPdfWithItsChartsAndTheChineseHtmlHasAHeatMap(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("study.pdf");
    Cli.run("study", "--loop", "bar-raiser", "--sweep", "bar-raiser=off,on", "-n", "5000", "-t", "1", "--report", pdf.toString()).ok();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Loop-design study", "Reading for the recruiting lead", "Each metric along the sweep",
          "Every metric", "Definitions");
    }
    Path html = dir.resolve("grid.html");
    Cli.run("study", "--sweep", "rounds=2,4", "--sweep", "visibility=independent,open", "-n", "5000", "-t", "1",
        "--lang", "zh", "--report", html.toString()).ok();
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(html)));
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(3);
    assertThat(Files.readString(html)).contains("面试流程设计研究", "给招聘负责人的解读", "各组合的决定正确率", "各组合的效度", "前序面评");
  }

  @Test
  void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Cli.run("study", "--sweep", "round=1,2").badInput().oneLine("unknown parameter 'round'; did you mean 'rounds'?");
    Cli.run("study", "--sweep", "rounds=1,9").badInput().oneLine("9 is out of range", "from 1 to 6");
    Cli.run("study", "--sweep", "rounds=0,1").badInput().oneLine("0 is out of range");
    Cli.run("study", "--sweep", "rule=majority").badInput().oneLine("one value");
    Cli.run("study", "--sweep", "gates=onn,off").badInput().oneLine("unknown value 'onn'; did you mean 'on'?");
    Cli.run("study", "--sweep", "confidence=0.5,0.51,0.52,0.53,0.54,0.55,0.56,0.57,0.58,0.59,0.6,0.61,0.62,0.63,0.64,0.65,0.66,0.67,0.68,0.69,0.7",
        "--sweep", "rater-noise=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1,1.1,1.2,1.3,1.4,1.5,1.6,1.7,1.8,1.9,2").badInput()
        .oneLine("a grid of 420 points; expected at most 400");
    Cli.run("study", "-n", "0").badInput().oneLine("--candidates: 0 is out of range");
    Cli.run("study", "-n", "10000000001").badInput().oneLine("--candidates: 10000000001 is out of range");
    Path self = Files.writeString(dir.resolve("self.yaml"), "extends: self.yaml\nid: self\n");
    Cli.run("study", "--loop", self.toString()).badInput().oneLine("leads back to this file (a cycle)");
    Path days = Files.writeString(dir.resolve("days.yaml"),
        "extends: ali-health-pm\nid: days\nrounds:\n  - {id: peer, daysAfterPrevious: {min: 9, mode: 5, max: 7}}\n");
    Cli.run("validate", days.toString()).badInput().oneLine("min 9 is above max 7");
  }

  @Test
  void everyBundledLoopValidatesSimulatesAndIsListed() {
    String loops = Cli.run("loops").ok().out();
    for (String name : new String[] {"ali-health-pm", "ali-health-pm-open-feedback", "panel-committee", "bar-raiser", "alibaba-classic"}) {
      assertThat(loops).contains(name);
      assertThat(Cli.run("validate", name).ok().out()).contains("days after");
      assertThat(Cli.run("simulate", "--loop", name, "-n", "2000", "-t", "1").ok().out())
          .contains("Chance of an offer", "Days from the first round to a decision");
    }
    assertThat(Cli.run("validate", "alibaba-classic").ok().out()).contains("texts: the catalogue's 'classic' variant");
  }
}
