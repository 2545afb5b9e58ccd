package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.library.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact JSON of `simulate --runs 20000 --seed 1` for every bundled profile on every bundled
 * loop, pinned in src/test/resources/io/hcsim/cli/golden. A change to the model changes these
 * files in the same commit, visibly; the commit message says why the numbers moved. To rewrite
 * them after a deliberate change: {@code mvn -B verify -Dhcsim.golden.update=true}.
 *
 * <p>The same output must come from the quick JIT alone and from the interpreter alone (child
 * JVMs), so no compiled code path can change a byte.
 */
class GoldenOutputTest {
  private static final Path DIR = Paths.get("src/test/resources/io/hcsim/cli/golden");
  private static final boolean UPDATE = Boolean.getBoolean("hcsim.golden.update");

  static Stream<Arguments> bundled() {
    Library library = Library.bundled();
    List<Arguments> out = new ArrayList<>();
    for (String loop : library.catalogue().bundledLoops()) {
      for (String profile : library.catalogue().bundledProfiles()) {
        out.add(Arguments.of(profile, loop));
      }
    }
    return out.stream();
  }

  private static String[] args(String profile, String loop, int runs) {
    return new String[] {"simulate", "--profile", profile, "--loop", loop, "--runs", Integer.toString(runs), "--seed", "1",
        "--format", "json"};
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("bundled")
  void theJsonOfEveryBundledProfileAndLoopIsPinned(String profile, String loop) throws IOException {
    String json = Cli.run(args(profile, loop, 20_000)).ok().out();
    Path file = DIR.resolve(profile + "@" + loop + ".json");
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, json, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file)).as("golden file %s (write it with -Dhcsim.golden.update=true)", file).isTrue();
    assertThat(json).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void theQuickJitAloneGivesTheSameBytes() throws Exception {
    String[] a = args("health-tech-veteran-p7", "ali-health-pm", 20_000);
    assertThat(child("-XX:TieredStopAtLevel=1", a)).isEqualTo(
        Files.readString(DIR.resolve("health-tech-veteran-p7@ali-health-pm.json"), StandardCharsets.UTF_8));
  }

  @Test
  void theInterpreterAloneGivesTheSameBytes() throws Exception {
    String[] a = args("consumer-pm-to-health", "ali-health-pm", 1_000);
    assertThat(child("-Xint", a)).isEqualTo(Cli.run(a).ok().out());
  }

  /** Runs hcsim in a child JVM with one JIT option and returns its standard output. */
  private static String child(String jvmOption, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), jvmOption, "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("hcsim-golden", ".json");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
      assertThat(p.exitValue()).isZero();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
