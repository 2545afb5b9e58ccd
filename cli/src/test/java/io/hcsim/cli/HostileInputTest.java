package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs an adversarial tester tried: each ends in a clear answer, never a crash. */
class HostileInputTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  private static String bundledLoop() throws Exception {
    return LIBRARY.bundledLoopText(LIBRARY.catalogue().defaultLoop());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aLoopWithNoRoundAtTheTargetLevelIsRefusedInOneLine() throws Exception {
    // Every round from P8 on, the committee included: nothing happens for a P7 candidate.
    String loop = bundledLoop().replaceAll("(?m)^(    persona: \\w+)$", "$1\n    fromLevel: P8")
        .replace("    fromLevel: P7 ", "    # was P7 ");
    Path file = write("p8-only.yaml", loop);

    Cli.Result validate = Cli.run("validate", file.toString());
    assertThat(validate.code()).isZero();
    assertThat(validate.err()).contains("warning: " + file + ": no round that rates takes place at P5, P6, P7");

    Cli.run("simulate", "--loop", file.toString(), "--runs", "1000").badInput()
        .oneLine(file + ": no round that rates takes place at P7", "--target-level P8");
    Cli.Result atP8 = Cli.run("simulate", "--loop", file.toString(), "--runs", "1000", "--target-level", "P8");
    assertThat(atP8.code()).as(atP8.err()).isZero();
    assertThat(atP8.out()).contains("P8");
  }

  /** The JVM runs out of memory on a file of half a million problems: one line, as any internal failure. */
  @Test
  void outOfMemoryIsTheOneLineOfAnInternalError() throws Exception {
    Path big = write("big.json", "{\"rounds\": [" + "0,".repeat(500_000) + "0]}");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "validate", big.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(err.lines()).singleElement().asString()
        .startsWith("hcsim: internal error: out of memory").contains("HCSIM_JAVA_OPTS=-Xmx", "--debug");
  }

  /** Control characters never reach the terminal raw, and never split a problem over two lines: refused at reading. */
  @Test
  void controlCharactersAreShownAsEscapesAndRefusedInNamesAndIds() throws Exception {
    String profile = LIBRARY.bundledProfileText(LIBRARY.catalogue().defaultProfile());
    String name = profile.lines().filter(l -> l.startsWith("name:")).findFirst().orElseThrow();
    String level = profile.lines().filter(l -> l.startsWith("targetLevel:")).findFirst().orElseThrow();

    Path colour = write("colour.yaml", profile.replace(name, "name: \"a\\u001b[31mRED\\u0007\""));
    assertClean(Cli.run("validate", colour.toString()).badInput()
        .oneLine("name: holds the control character U+001B at character 2; expected printable text"));

    Path forged = write("forged.yaml", profile.replace(level, "targetLevel: \"P7\\nerror: injected line\""));
    assertClean(Cli.run("validate", forged.toString()).badInput().oneLine("unknown level 'P7\\nerror: injected line'"));

    Path nul = write("nul.yaml", profile + "\"x\\u0000y\": 1\n");
    assertClean(Cli.run("validate", nul.toString()).badInput().oneLine("a key holds the control character U+0000"));

    Path notes = write("notes.yaml", profile.replaceAll("(?m)^notes:.*(\\n  .*)*",
        Matcher.quoteReplacement("notes: \"bell\\u0007 and \\u001b[2J\"")));
    assertClean(Cli.run("validate", notes.toString()).badInput().oneLine("notes: holds the control character U+0007"));

    String loop = bundledLoop();
    Path round = write("round.yaml", loop.replace("- id: recruiter\n", "- id: \"recruiter\\u001b[0m\"\n"));
    assertClean(Cli.run("validate", round.toString()).badInput()
        .oneLine("rounds[0].id: holds the control character U+001B"));

    assertClean(Cli.run("simulate", "--profile", "no\u001b[31msuch.yaml").badInput().oneLine("no\\u001b[31msuch.yaml"));
  }

  private static void assertClean(Cli.Result r) {
    for (String text : List.of(r.out(), r.err())) {
      assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).as("raw control characters in: %s", text).isEmpty();
    }
  }

  /** A loop with its 'rounds' misspelt is still a loop: every other key says so. */
  @Test
  void theKindOfADocumentIsToldByAllItsKeys() throws Exception {
    Path misspelt = write("misspelt.yaml", bundledLoop().replace("\nrounds:", "\nrouds:"));
    Cli.run("validate", misspelt.toString()).badInput()
        .oneLine("unknown key 'rouds'; did you mean 'rounds'?");
    Cli.run("simulate", "--profile", misspelt.toString()).badInput()
        .oneLine("is a loop file (it has the keys id, description, noise,", "rouds of a loop)", "--loop");

    Path both = write("both.yaml", "targetLevel: P7\nrounds: []\n");
    Cli.run("validate", both.toString()).badInput().oneLine("cannot tell whether this is a candidate profile or a loop: "
        + "it has the key targetLevel of a candidate profile and the key rounds of a loop");
  }

  /** A half-width the run cap cannot reach is refused after the first batch, not run for hours. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anUnreachablePrecisionIsRefusedUpFront() {
    Cli.run("simulate", "--precision", "1e-9").badInput().oneLine(
        "simulate: --precision: 1.0E-9 is out of reach: P(offer) is about 0.", "after 10,000 runs, so it needs about",
        "at most 10,000,000,000 are played; expected a half-width of at least ");
  }

  @Test
  void targetLevelOnTheCommandLineMakesTheProfilesOptional() throws Exception {
    String profile = LIBRARY.bundledProfileText(LIBRARY.catalogue().defaultProfile());
    Path file = write("no-target.yaml", profile.replaceAll("(?m)^targetLevel: .*\\n", ""));
    Cli.run("simulate", "--profile", file.toString(), "--runs", "1000").badInput()
        .oneLine("targetLevel: missing; expected one of P5, P6, P7, P8");
    Cli.Result r = Cli.run("simulate", "--profile", file.toString(), "--runs", "1000", "--target-level", "P6");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("target P6");
    Path wrong = write("wrong-target.yaml", profile.replaceAll("(?m)^targetLevel: .*$", "targetLevel: P9"));
    Cli.run("simulate", "--profile", wrong.toString(), "--runs", "1000", "--target-level", "P6").badInput()
        .oneLine("targetLevel: unknown level 'P9'");
  }

  @Test
  void aFloodOfProblemsPrintsTwentyLinesAndACount() throws Exception {
    StringBuilder yaml = new StringBuilder("name: Flood\ntargetLevel: P7\nproficiency:\n  execution: &v 3.5\n");
    for (int i = 0; i < 60; i++) {
      yaml.append("  c").append(i).append(": *v\n");
    }
    Path file = write("flood.yaml", yaml.toString());
    Cli.Result r = Cli.run("validate", file.toString()).badInput();
    assertThat(r.errLines()).hasSize(21);
    assertThat(r.errLines().subList(0, 20)).allMatch(l -> l.startsWith("error: " + file));
    assertThat(r.errLines().get(20)).isEqualTo("... and 40 more problems");

    Path two = write("two.yaml", "name: Two\ntargetLevel: P7\nconsistency: 3\ncompetingOffers: -1\n");
    assertThat(Cli.run("validate", two.toString()).badInput().errLines()).hasSize(2);
  }

  @Test
  void leverRaisesPrintAsTheNumbersTheyAre() {
    var levers = Cli.run("simulate", "--runs", "2000", "--format", "json").ok().json().get("levers");
    assertThat(levers).isNotEmpty();
    levers.forEach(l -> assertThat(l.get("raise").asText()).matches("0\\.\\d{1,6}"));
  }

  /** A loop that ends only on the pay expectation cites no weak competency: no empty line for them. */
  @Test
  void noCitedCompetenciesMeansNoLineForThem() throws Exception {
    String quiet = bundledLoop().replaceFirst("gate: LEAN_NO .*", "gate: STRONG_HIRE")
        .replaceFirst("loopForm: [0-9.]+", "loopForm: 0").replaceFirst("roundForm: [0-9.]+", "roundForm: 0")
        .replace("\nrounds:", "\npersonas:\n  recruiter: {en: Recruiter, zh: 招聘专员, severity: 0, noise: 0, "
            + "cutWidth: 0.8, anchoring: 0}\nrounds:");
    Path loop = write("quiet.yaml", quiet);
    Path profile = write("strong.yaml", "name: Strong but expensive\ntargetLevel: P7\nproficiency: {"
        + String.join(", ", LIBRARY.catalogue().competencies().ids().stream().map(id -> id + ": 5").toList())
        + "}\nconsistency: 1\nuncertainty: 0\nleniency: 0\ncompensationExpectation: 90000000\n");
    Cli.Result r = Cli.run("simulate", "--profile", profile.toString(), "--loop", loop.toString(), "--runs", "2000");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Loops without an offer end at: recruiter 100.0%", "Ended by the pay expectation alone")
        .doesNotContain("Weakest competencies cited");
  }
}
