package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report that cannot be written is refused before any simulation runs: one line, exit 2, and
 * nothing on standard output (no half of a result, no wasted seconds).
 */
class EarlyOutputCheckTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"simulate --report", "debrief --out", "score unfinished-p7 --out", "compare --report",
      "optimize --report", "study --report", "sensitivity --report"})
  void aMissingFolderIsRefusedFirst(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add(dir.resolve("missing/x.pdf").toString());
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("missing/x.pdf: cannot be written: the folder").contains("does not exist");
  }
}
