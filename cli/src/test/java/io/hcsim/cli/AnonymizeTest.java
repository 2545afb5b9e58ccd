package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An anonymised packet holds no stable function of the candidate's name unless the team gives a
 * key, and no path that could name the candidate's folder.
 */
class AnonymizeTest {
  private static final Pattern CODE = Pattern.compile("Candidate ([0-9A-Z]{4}-[0-9A-Z]{4})");

  @TempDir Path dir;

  @Test
  void withoutAKeyEveryDocumentGetsANewCode() {
    String first = code(Cli.run("debrief", "--anonymize").ok().out());
    String second = code(Cli.run("debrief", "--anonymize").ok().out());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void withATeamKeyTheSameNameGetsTheSameCodeInEveryPacket() throws IOException {
    Path key = Files.writeString(dir.resolve("team.key"), "c2VjcmV0IG9mIHRoZSBoaXJpbmcgdGVhbQ==\n");
    Path other = Files.writeString(dir.resolve("other.key"), "another team's secret, long enough\n");
    String a = code(Cli.run("debrief", "--anonymize-key", key.toString()).ok().out());
    String b = code(Cli.run("debrief", "--anonymize-key", key.toString(), "--run", "7").ok().out());
    String c = code(Cli.run("debrief", "--anonymize-key", other.toString()).ok().out());
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void theLoopFilesPathIsLeftOut() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("zhang-wei-applications"));
    Path loop = Files.writeString(folder.resolve("loop.yaml"), "extends: ali-health-pm\nid: my-loop\nname: My loop\n");
    for (String format : new String[] {"text", "json", "markdown"}) {
      String out = Cli.run("debrief", "--loop", loop.toString(), "--anonymize", "--format", format).ok().out();
      assertThat(out).as(format).doesNotContain("zhang-wei").contains("my-loop");
    }
  }

  @Test
  void aKeyThatIsMissingShortOrNotAFileIsOneLine() throws IOException {
    Cli.run("debrief", "--anonymize-key", dir.resolve("none").toString()).badInput().oneLine("--anonymize-key: no such file");
    Path shortKey = Files.writeString(dir.resolve("short.key"), "tiny\n");
    Cli.run("debrief", "--anonymize-key", shortKey.toString()).badInput()
        .oneLine("--anonymize-key: the key has 4 bytes; expected at least 16");
    Cli.run("score", "unfinished-p7", "--anonymize-key", dir.toString()).badInput().oneLine("not a regular file");
  }

  private static String code(String out) {
    Matcher m = CODE.matcher(out);
    assertThat(m.find()).as("a code in: %s", out).isTrue();
    return m.group(1);
  }
}
