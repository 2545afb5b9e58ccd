package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate -n 1 (issue 16, item 24): the effective bar is said to need more runs, never NaN or a made-up 0.0. */
class FewRunsTest {
  @TempDir Path dir;

  @Test
  void theEffectiveBarIsNotEstimatedFromOneRun() throws Exception {
    String text = Cli.run("simulate", "-n", "1").ok().out();
    assertThat(text).contains("Effective bar: not estimated from so few runs (it needs at least 100; bar 3.5); yours is 3.33")
        .doesNotContain("NaN");
    JsonNode bar = Cli.run("simulate", "-n", "1", "--format", "json").ok().json().get("effectiveBar");
    assertThat(bar.get("overall").isNull()).as("%s", bar).isTrue();
    assertThat(bar.get("shift").isNull()).isTrue();
    assertThat(bar.get("bar").asDouble()).isEqualTo(3.5);
    for (String lang : new String[] {"en", "zh"}) {
      Path html = dir.resolve("odds-" + lang + ".html");
      Cli.run("simulate", "-n", "1", "--report", html.toString(), "--lang", lang).ok();
      String page = Files.readString(html);
      assertThat(page).doesNotContain("NaN").contains(lang.equals("en") ? "not estimated from so few runs" : "模拟次数太少，无法估计");
    }
    assertThat(Cli.run("simulate", "-n", "100").ok().out()).contains("needs an overall of about");
  }
}
