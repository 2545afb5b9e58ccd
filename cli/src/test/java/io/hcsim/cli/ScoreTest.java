package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreTest {
  private static final String HEAD = "loop: ali-health-pm\ntargetLevel: P7\nrounds:\n";

  static Stream<Arguments> badScorecards() {
    return Stream.of(
        Arguments.of("  - round: recruter\n    ratings: {role_fit: 3}\n", new String[] {"line 4", "rounds[0].round", "did you mean 'recruiter'"}),
        Arguments.of("  - round: recruiter\n    ratings: {role_fitt: 3}\n", new String[] {"line 5", "rounds[0].ratings.role_fitt", "did you mean 'role_fit'"}),
        Arguments.of("  - round: recruiter\n    ratings: {role_fit: 5}\n", new String[] {"rounds[0].ratings.role_fit", "5 is out of range", "1-4"}),
        Arguments.of("  - round: recruiter\n    ratings: {role_fit: 0}\n", new String[] {"rounds[0].ratings.role_fit", "0 is out of range"}),
        Arguments.of("  - round: recruiter\n    ratings: {execution: 3}\n", new String[] {"does not assess execution", "it assesses role_fit, motivation"}),
        Arguments.of("  - round: recruiter\n    ratings: {role_fit: 3}\n  - round: recruiter\n    ratings: {role_fit: 3}\n",
            new String[] {"line 6", "rounds[1].round", "given twice"}),
        Arguments.of("  - round: peer\n    ratings: {execution: 3}\n  - round: recruiter\n    ratings: {role_fit: 3}\n",
            new String[] {"rounds[1].round", "loop's order"}),
        Arguments.of("  - round: hiring_manager\n    ratings: {domain_judgment: STRONG_NO, product_sense: 4}\n    recommendation: LEAN_HIRE\n",
            new String[] {"rounds[0].recommendation", "contradicts", "must-have domain_judgment"}),
        Arguments.of("  - round: recruiter\n    ratings: {}\n", new String[] {"rounds[0].ratings", "empty"}));
  }

  @ParameterizedTest
  @MethodSource("badScorecards")
  void aBadScorecardExitsTwoWithOneLineNamingFileLineAndKey(String rounds, String[] fragments, @TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("team.yaml"), HEAD + rounds);
    Cli.run("score", file.toString()).badInput().oneLine(fragments).oneLine("team.yaml", "line ");
  }

  @Test
  void chineseRatingNamesAreRead(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("team.yaml"), HEAD
        + "  - round: recruiter\n    ratings: {role_fit: 倾向推荐, motivation: 强烈推荐}\n");
    var json = Cli.run("score", file.toString(), "--format", "json").ok().json();
    assertThat(json.get("rounds").get(0).get("ratings").get("motivation").asInt()).isEqualTo(4);
    assertThat(json.get("rounds").get(0).get("ratings").get("role_fit").asInt()).isEqualTo(3);
    // The words earlier reports printed, still in scorecards filled in from them.
    Path earlier = Files.writeString(dir.resolve("earlier.yaml"), HEAD
        + "  - round: recruiter\n    ratings: {role_fit: 倾向录用, motivation: 强烈推荐录用}\n");
    var old = Cli.run("score", earlier.toString(), "--format", "json").ok().json();
    assertThat(old.get("rounds").get(0).get("ratings").get("role_fit").asInt()).isEqualTo(3);
    assertThat(old.get("rounds").get(0).get("ratings").get("motivation").asInt()).isEqualTo(4);
  }

  @Test
  void theBundledUnfinishedLoopGetsItsRemainingOdds() {
    var json = Cli.run("score", "unfinished-p7", "--format", "json").ok().json();
    var remaining = json.get("remaining");
    assertThat(remaining.get("offerProbability").asDouble()).isBetween(0.0, 1.0);
    assertThat(remaining.get("ci95").get(0).asDouble()).isLessThanOrEqualTo(remaining.get("offerProbability").asDouble());
    assertThat(remaining.get("mostDecisiveRound").asText()).isIn("cross_functional", "vp", "hr");
    assertThat(json.get("rounds").get(0).get("notes").get(0).asText()).contains("consumer platform");
  }

  @Test
  void theHtmlHoldsEveryHeldRoundTheRemainingOddsAndTheCharts(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("score.html");
    Cli.run("score", "unfinished-p7", "--out", html.toString()).ok();
    var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var doc = f.newDocumentBuilder().parse(html.toFile());
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(2);
    assertThat(Files.readString(html)).contains("Round 1 · Recruiter", "Round 3 · Peer", "If the loop goes on",
        "The committee", "Owned a slipped launch");
  }

  @Test
  void anonymizeDropsTheNameAndTheTeamsNotes() {
    String out = Cli.run("score", "unfinished-p7", "--anonymize", "--format", "markdown").ok().out();
    assertThat(out).doesNotContain("Example candidate", "consumer platform").contains("Candidate ");
  }

  @Test
  void initWritesAScorecardThatScores(@TempDir Path dir) {
    Path file = dir.resolve("team.yaml");
    Cli.run("init", "--scorecard", file.toString()).ok();
    assertThat(Cli.run("score", file.toString()).ok().out()).contains("Scorecard debrief", "If the loop goes on");
  }
}
