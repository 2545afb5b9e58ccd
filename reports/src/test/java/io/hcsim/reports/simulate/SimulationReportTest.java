package io.hcsim.reports.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;

import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationReportTest {
  private static final io.hcsim.reports.i18n.Messages EN = io.hcsim.reports.i18n.Messages.of(io.hcsim.reports.i18n.Language.EN);
  private static SimulationResult simulate(String profileName, long seed) throws Exception {
    Library library = Library.bundled();
    CandidateProfile profile = library.profile(profileName).value();
    LoopPlan plan = new LoopPlan(library.catalogue(), library.loop("ali-health-pm").value(), profile.targetLevel());
    Candidate c = Candidate.of(profile, library.catalogue().competencies());
    CandidateSource source = CandidateSource.stated(c, profile.selfAssessment(), library.catalogue().pool().structure());
    var played = new Experiment(plan, source, Settings.runs(seed, 30_000, 2))
        .run(SimulationResult.daysRecorder(plan));
    Summary s = played.acc().summary(profileName, plan, seed);
    return SimulationResult.analyse(profileName, "ali-health-pm", profile, plan, c, source, s,
        played.watcher().result(), 2, System.nanoTime(), false);
  }

  @Test
  void jsonHasTheStableKeysInOrder() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SimulationJson.render(simulate("consumer-pm-to-health", 1)));
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("profile", "candidate", "loop", "loopId", "rule", "targetLevel", "overallProficiency", "seed",
        "runs", "hire", "outcomes", "levels", "funnel", "concerns", "endings", "stops", "offersAfterTwoStrongNo", "offer",
        "offersByLevel", "offerAtOrAboveExpectation", "compensationShare", "hoursPerLoop", "effectiveBar", "otherLevels",
        "selfAssessment", "weakSpots", "daysToDecision", "levers");
    assertThat(json.at("/hire/ci95").size()).isEqualTo(2);
    assertThat(json.at("/offer/currency").asText()).isEqualTo("CNY");
    assertThat(json.at("/funnel/0/round").asText()).isEqualTo("recruiter");
    double levels = 0;
    for (JsonNode p : json.get("levels")) {
      levels += p.asDouble();
    }
    assertThat(levels).isCloseTo(json.at("/hire/probability").asDouble(), org.assertj.core.data.Offset.offset(3e-6));
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws Exception {
    assertThat(SimulationJson.render(simulate("ecommerce-pm-p6", 5))).isEqualTo(SimulationJson.render(simulate("ecommerce-pm-p6", 5)));
    assertThat(SimulationText.render(simulate("ecommerce-pm-p6", 5), EN)).isEqualTo(SimulationText.render(simulate("ecommerce-pm-p6", 5), EN));
  }

  @Test
  void textTellsTheCandidateWhatMatters() throws Exception {
    String text = SimulationText.render(simulate("consumer-pm-to-health", 1), EN);
    assertThat(text).contains("Chance of an offer:", "(down-level)", "hiring_manager (gate)", "committee (decides)",
        "Weakest competencies cited in them (up to two each): ", "Health-domain judgment", "Regulation and privacy", "What matters most", "Raising",
        "Effective bar: with this loop a 50% chance of an offer at P7 needs an overall of about", "Applying at P6 instead",
        "If interviewers find you 0.57 weaker or stronger than that everywhere", "simulation error only", "Your real weak spots",
        "  as interviewers would likely rate you: every competency 0.20 below your self-assessment, give or take 0.57",
        "\nAs you rate yourself: ", "Overall proficiency (role-weighted): 3.33 as you rate yourself, about 3.13 as interviewers",
        "Offer at P6", "Offer at P7");
  }

  /**
   * The odds report tells everything the terminal does (issue 20): the odds as a range around the
   * self-assessment with the narrow interval called simulation error, where to apply, how loops
   * end, the offers against the ask and the days, under a headline coloured as neither good nor bad.
   */
  @Test
  void theOddsReportLeadsWithTheRangeAndLeavesNothingOfTheTerminalOut() throws Exception {
    SimulationResult r = simulate("consumer-pm-to-health", 1);
    var en = io.hcsim.reports.i18n.Messages.of(io.hcsim.reports.i18n.Language.EN);
    String html = new String(new SimulationReport(r, en)
        .render(io.hcsim.reports.render.Format.HTML, java.util.Optional.empty()), java.nio.charset.StandardCharsets.UTF_8);
    String text = SimulationText.render(r, en);
    var weaker = r.selfAssessment().range().get(0).offer();
    var stronger = r.selfAssessment().range().get(1).offer();
    String weakerPct = en.percent(weaker.probabilityB());
    String strongerPct = en.percent(stronger.probabilityB());
    assertThat(text).contains(weakerPct + " if weaker", strongerPct + " if stronger");
    // A figure such as "<0.1%" is escaped in the page.
    java.util.function.UnaryOperator<String> escaped = s -> s.replace("&", "&amp;").replace("<", "&lt;");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<div class=\"figure\">" + escaped.apply(weakerPct) + "</div>",
        "<div class=\"figure\">" + escaped.apply(en.percent(r.summary().hire())) + "</div>",
        "<div class=\"figure\">" + escaped.apply(strongerPct) + "</div>", "simulation error only", "Where to apply",
        "as interviewers would likely rate you", "if interviewers find you 0.57 weaker",
        "As you rate yourself: " + escaped.apply(en.percent(r.selfAssessment().asYouRateYourself())),
        // (the owner's reading no longer ends his loops: a round's own fail ends them first)
        "a must-have at Strong No", "a gate (an interviewer&#39;s no)",
        "Days from the first round to a decision: offers p10", "Mean", "At or above your ask")
        .doesNotContain("decision hire");
    // (a figure and its unit stand in a span that keeps them on one line: render.Unbroken)
    assertThat(html.replace("<span class=\"unbroken\">", "").replace("</span>", ""))
        .contains("the dashed line is your ask (900,000 CNY)");
    // every offer level's mean, as the terminal prints it
    r.summary().offersByLevel().forEach((level, o) -> assertThat(html).contains(String.format(java.util.Locale.ROOT, "%,d CNY", o.mean())));
    // three charts on the first page, each named for a screen reader
    assertThat(html).contains("id='apply-chart'", "id='funnel-chart'", "id='band-chart'", "<title>Offers on the pay band</title>");
  }

  @Test
  void smallSharesAreNotShownAsZero() {
    assertThat(EN.percent(0.0004)).isEqualTo("<0.1%");
    assertThat(EN.percent(0)).isEqualTo("0.0%");
    assertThat(EN.percent(0.2417)).isEqualTo("24.2%");
  }

  @Test
  void theTextInChineseNamesRoundsByTheirInterviewersAndReadsTheSelfAssessmentForwards() throws Exception {
    String text = SimulationText.render(simulate("consumer-pm-to-health", 1), io.hcsim.reports.i18n.Messages.of(
        io.hcsim.reports.i18n.Language.ZH));
    assertThat(text).contains("拿到offer的概率：", "面试官大概率给出的评价：每项能力比你的自评低0.20，上下浮动约0.57", "按你的自评：",
        "若面试官的评价比这再低0.57：", "；恰好如此：", "；再高0.57：", "（定级低一级）",
        "最关键的几点", "万");
    assertThat(text).doesNotContain("hiring_manager", "Chance", "Offer at", "Levers");
  }
}
