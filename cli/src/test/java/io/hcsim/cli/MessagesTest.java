package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One clear line for each input the issue found misdescribed (issue 16, items 25 and 26). */
class MessagesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aHugeValueIsQuotedByItsBeginning() throws Exception {
    Path file = write("big.yaml", "name: x\ntargetLevel: \"" + "A".repeat(1_000_000) + "\"\n");
    Cli.Result r = Cli.run("validate", file.toString()).badInput()
        .oneLine("targetLevel: unknown level '" + "A".repeat(40) + "…' (1,000,000 characters); valid: P5, P6, P7, P8");
    assertThat(r.err().length()).isLessThan(300);
  }

  @Test
  void valuesAndKeysAreDescribedAsWhatTheyAre() throws Exception {
    Cli.run("validate", write("inf.yaml", "name: x\ntargetLevel: P7\nconsistency: 1e309\n").toString()).badInput()
        .oneLine("consistency: the number is too large (over 1.8e308, the largest a computer holds); expected a number from 0 to 1");
    // An empty key is no loop's key: the file is read as the profile it is.
    Cli.run("validate", write("empty.yaml", "\"\": 1\nname: x\ntargetLevel: P7\n").toString()).badInput()
        .oneLine("unknown key ''; valid: name, targetLevel");
    // A no-break space after a key's colon stands for the space it looks like.
    Cli.Result nbsp = Cli.run("validate", write("nbsp.yaml", "name:\u00a0x\ntargetLevel:\u00a0P7\n").toString());
    assertThat(nbsp.code()).as(nbsp.err()).isZero();
    assertThat(nbsp.out()).startsWith("Candidate profile: x\n");
  }

  @Test
  void optionsAreDescribedAsWhatTheyAre() throws Exception {
    Cli.run("debrief", "--out", "").badInput().oneLine("'': an empty file name; give the name of a file to write");
    Files.createDirectory(dir.resolve("dir.ttf"));
    Cli.run("debrief", "--lang", "zh", "--font", dir.resolve("dir.ttf").toString(), "--out", dir.resolve("d.pdf").toString())
        .badInput().oneLine("--font: is a directory");
    Cli.Result precision = Cli.run("simulate", "--precision", "1e-300").badInput();
    // the least reachable half-width follows P(offer), which the model sets: a number, not Infinity
    assertThat(precision.err()).contains("needs more than 1e308 runs")
        .containsPattern("expected a half-width of at least \\d\\.\\de-06")
        .doesNotContain("Infinity");
  }

  @Test
  void sweepValuesAreDecimalsComparedByValue() {
    for (String literal : new String[] {"0x1p0", "1d", "2f", "1e0"}) {
      Cli.run("study", "-n", "1000", "--sweep", "rater-noise=" + literal + ",0.5").badInput()
          .oneLine("--sweep rater-noise: '" + literal + "' is not a decimal number; expected a factor on the rater noise");
    }
    Cli.run("study", "-n", "1000", "--sweep", "rater-noise=1,1.0").badInput().oneLine("a value is given twice");
    Cli.run("study", "-n", "1000", "--sweep", "confidence=.70,0.7").badInput().oneLine("a value is given twice");
    String out = Cli.run("study", "-n", "2000", "-t", "1", "--sweep", "confidence=.70,0.80").ok().out();
    assertThat(out).contains("0.7").contains("0.8").doesNotContain(".70");
  }
}
