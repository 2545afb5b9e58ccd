package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Characters a report cannot carry or a terminal would act on — an escape sequence, a bell, a
 * direction override, half a surrogate pair, a noncharacter — are refused where the file is read,
 * in every text field of every kind of file, with one line naming the key; so is a name made only
 * of invisible marks, which would print a blank cover.
 */
class UnfitTextTest {
  @TempDir Path dir;

  private static final String PROFILE = """
      name: %s
      targetLevel: P7
      proficiency: {product_sense: 3.5}
      notes: %s
      """;
  private static final String LOOP = """
      extends: ali-health-pm
      id: mine
      name: %s
      description: %s
      personas:
        recruiter: {en: %s, zh: %s, description: %s, severity: 0, noise: 0.5, cutWidth: 1.1, anchoring: 0.2}
      """;
  private static final String SCORECARD = """
      loop: ali-health-pm
      targetLevel: P7
      candidate: %s
      rounds:
        - round: recruiter
          ratings: {role_fit: %s}
          notes: %s
      """;
  private static final String PLAN = """
      name: %s
      hours: {mock_loops: 10}
      """;

  /** Each file kind × each text field × each unfit character, in a YAML double-quoted string. */
  static Stream<Arguments> unfit() {
    List<Arguments> all = new ArrayList<>();
    List<String> characters = List.of("\\e[2J", "\\a", "\\u202e", "\\ud800", "\\ufffe", "\\r");
    String ok = "\"ok\"";
    for (String c : characters) {
      String bad = "\"A" + c + "b\"";
      all.add(Arguments.of("profile.yaml", PROFILE.formatted(bad, ok), "name"));
      all.add(Arguments.of("profile.yaml", PROFILE.formatted(ok, bad), "notes"));
      all.add(Arguments.of("loop.yaml", LOOP.formatted(bad, ok, ok, ok, ok), "name"));
      all.add(Arguments.of("loop.yaml", LOOP.formatted(ok, bad, ok, ok, ok), "description"));
      all.add(Arguments.of("loop.yaml", LOOP.formatted(ok, ok, bad, ok, ok), "personas.recruiter.en"));
      all.add(Arguments.of("loop.yaml", LOOP.formatted(ok, ok, ok, bad, ok), "personas.recruiter.zh"));
      all.add(Arguments.of("loop.yaml", LOOP.formatted(ok, ok, ok, ok, bad), "personas.recruiter.description"));
      all.add(Arguments.of("scorecard.yaml", SCORECARD.formatted(bad, "LEAN_HIRE", ok), "candidate"));
      all.add(Arguments.of("scorecard.yaml", SCORECARD.formatted(ok, bad, ok), "rounds[0].ratings.role_fit"));
      all.add(Arguments.of("scorecard.yaml", SCORECARD.formatted(ok, "LEAN_HIRE", bad), "rounds[0].notes"));
      all.add(Arguments.of("plan.yaml", PLAN.formatted(bad), "name"));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("unfit")
  void anUnfitCharacterInAnyTextFieldIsRefusedAtReading(String file, String text, String key) throws IOException {
    Path f = dir.resolve(file);
    Files.writeString(f, text);
    read(f).badInput().oneLine(f.toString(), key + ": holds ", "expected printable text: remove it");
  }

  @Test
  void jsonEscapesForHalfASurrogateOrANoncharacterAreRefusedToo() throws IOException {
    for (String c : List.of("\\ud800", "\\udfff", "\\ufffe", "\\u001b")) {
      Path f = dir.resolve("profile.json");
      Files.writeString(f, "{\"name\": \"A" + c + "\", \"targetLevel\": \"P7\", \"proficiency\": {\"product_sense\": 3.5}}");
      Cli.run("validate", f.toString()).badInput().oneLine("line 1", "name: holds ", "U+" + c.substring(2).toUpperCase());
    }
  }

  @Test
  void aKeyWithAControlCharacterIsRefusedWithoutEchoingIt() throws IOException {
    Path f = dir.resolve("profile.yaml");
    Files.writeString(f, "name: Ann\ntargetLevel: P7\n\"na\\eme\": 1\n");
    Cli.run("validate", f.toString()).badInput().oneLine("a key holds the control character U+001B");
  }

  @Test
  void aNameOfOnlyInvisibleMarksIsRefusedInEveryKind() throws IOException {
    String invisible = "\"\\u200b\\u00ad\\ufeff\\U000e0041 \"";
    Path profile = dir.resolve("profile.yaml");
    Files.writeString(profile, PROFILE.formatted(invisible, "\"ok\""));
    read(profile).badInput().oneLine("name: has no visible character");
    Path loop = dir.resolve("loop.yaml");
    Files.writeString(loop, LOOP.formatted(invisible, "ok", "ok", "ok", "ok"));
    read(loop).badInput().oneLine("name: has no visible character");
    Path card = dir.resolve("scorecard.yaml");
    Files.writeString(card, SCORECARD.formatted(invisible, "LEAN_HIRE", "ok"));
    read(card).badInput().oneLine("candidate: has no visible character");
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, PLAN.formatted(invisible));
    read(plan).badInput().oneLine("name: has no visible character");
  }

  @Test
  void anEmptyRoundInAScorecardIsRefusedNotReadAsNoRound() throws IOException {
    Path card = dir.resolve("scorecard.yaml");
    Files.writeString(card, "loop: ali-health-pm\ntargetLevel: P7\nrounds: [~]\n");
    read(card).badInput().oneLine("rounds[0]: empty; expected a round held");
  }

  @Test
  void lineBreaksAndTabsAreFineInFreeText() throws IOException {
    Path f = dir.resolve("profile.yaml");
    Files.writeString(f, PROFILE.formatted("Ann", "\"two\\nlines\\tand a tab\""));
    assertThat(Cli.run("validate", f.toString()).code()).isZero();
  }

  /** The command that reads a file of this kind. */
  private static Cli.Result read(Path f) {
    String name = f.getFileName().toString();
    if (name.startsWith("scorecard")) {
      return Cli.run("score", f.toString());
    }
    if (name.startsWith("plan")) {
      return Cli.run("compare", "--plan", f.toString(), "-n", "100");
    }
    return Cli.run("validate", f.toString());
  }
}
