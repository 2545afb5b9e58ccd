package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hcsim.core.library.Library;
import io.hcsim.core.loop.LoopReader;
import io.hcsim.core.signal.SignalModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work that would not end in any reasonable time is refused up front, and work that takes a while
 * shows that it is going on (issue 16, items 6 and 8).
 */
class RunawayWorkTest {
  private static final Library LIBRARY = Library.bundled();
  private static final List<String> COMPETENCIES = LIBRARY.catalogue().competencies().ids();

  @TempDir Path dir;

  /**
   * A loop of {@code rounds} rounds over the default loop's committee, open feedback, rating every
   * competency {@code perCompetency} times spread round-robin over the rounds.
   */
  private Path loop(String name, int rounds, int perCompetency) throws Exception {
    StringBuilder y = new StringBuilder("extends: ali-health-pm\nid: " + name + "\nshowEarlierFeedback: true\nrounds:\n");
    for (String id : List.of("recruiter", "hiring_manager", "peer", "cross_functional", "vp", "hr")) {
      y.append("  - {id: ").append(id).append(", remove: true}\n");
    }
    List<List<String>> focus = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      focus.add(new ArrayList<>());
    }
    for (int j = 0; j < COMPETENCIES.size() * perCompetency; j++) {
      focus.get(j % rounds).add(COMPETENCIES.get(j % COMPETENCIES.size()));
    }
    for (int r = 0; r < rounds; r++) {
      y.append("  - id: r").append(r).append("\n    persona: peer\n    hours: 1\n");
      if (r > 0) {
        y.append("    daysAfterPrevious: {min: 1, mode: 2, max: 3}\n");
      }
      y.append("    focus:\n");
      focus.get(r).stream().distinct().forEach(c -> y.append("      ").append(c).append(": 1\n"));
    }
    return Files.writeString(dir.resolve(name + ".yaml"), y.toString());
  }

  /** The loop: 60 rounds, every competency rated 13 times, open feedback; about 50 minutes by default. */
  @Test
  @Timeout(60)
  void aLoopBeyondTheBoundsIsRefusedAtOnce() throws Exception {
    Path huge = loop("huge", 60, 13);
    Cli.Result r = Cli.run("simulate", "--loop", huge.toString()).badInput();
    assertThat(r.err()).contains("rounds: 61 rounds; expected at most 20", "product_sense is assessed in 13 rounds; expected at most 8");
    // With the committee round of the loop it extends, 19 rounds of its own are 20; communication,
    // rated in every interview, is then rated 19 times, every other competency 9 times.
    Cli.Result nine = Cli.run("simulate", "--loop", loop("nine", 19, 9).toString()).badInput();
    assertThat(nine.errLines()).hasSize(COMPETENCIES.size()).allSatisfy(line -> assertThat(line)
        .containsPattern("is assessed in (9|19) rounds; expected at most 8 \\(beyond that each simulated loop costs about a hundred times as much\\)"));
    Cli.Result atTheBounds = Cli.run("validate", loop("bounds", 8, 8).toString());
    assertThat(atTheBounds.code()).as(atTheBounds.err()).isZero();
  }

  /** The bound on ratings is where the committee's tables end: past it every reading is computed afresh. */
  @Test
  void theBoundOnRatingsIsTheTablesOwn() {
    assertThat(LoopReader.MAX_RATERS).isEqualTo(SignalModel.MAX_TABLE_DIGITS);
  }

  @Test
  @Timeout(60)
  void optimizeRefusesStepsTooFineOrTooMany() {
    Cli.run("optimize", "--step", "1e-9").badInput().oneLine("--step: 1.0E-9 is out of range; expected at least 0.5 (half an hour)");
    Cli.run("optimize", "--step", "0.5", "--hours", "100").badInput()
        .oneLine("--step: 0.5 cuts the 100-hour budget into 200 steps; expected at most 100 (a step of at least 1 hours)");
    String out = Cli.run("optimize", "-n", "2000", "--search-runs", "100", "--hours", "3", "--step", "0.75").ok().out();
    assertThat(out).contains("over 0.75-hour steps");
  }

  /**
   * On a terminal every command that works shows a status line (here at once instead of after two
   * seconds), and clears it before it ends; a pseudo-terminal from script(1) stands in for one.
   */
  @ParameterizedTest(name = "hcsim {0}")
  @ValueSource(strings = {"simulate -n 3000 -t 1", "study -n 3000 -t 1", "debrief -s 1", "score unfinished-p7 -s 1",
      "compare -n 3000 -t 1", "optimize -n 3000 -t 1 --search-runs 100 --step 30", "sensitivity -n 3000 -t 1"})
  @Timeout(180)
  void everyCommandShowsThatItIsWorking(String args) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = java + " -XX:TieredStopAtLevel=1 -Dhcsim.activityAfterMillis=0 -cp " + System.getProperty("java.class.path")
        + " " + Main.class.getName() + " " + args + " > /dev/null";
    Process p = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
        .redirectOutput(dir.resolve("terminal").toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(170, TimeUnit.SECONDS)).isTrue();
    String terminal = Files.readString(dir.resolve("terminal"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(terminal).isZero();
    String name = args.split(" ")[0];
    assertThat(terminal).contains("\rhcsim " + name + ": working for 0:0");
    assertThat(terminal).as("the line is cleared at the end").endsWith("\r");
  }
}
