package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher script's peek at --runs, which picks the JIT flags: whatever the value, it never
 * prints anything of its own and passes the arguments on untouched (hcsim itself judges them).
 * The script runs in a copy of the project that holds only a jar, so it never builds, and a
 * stand-in {@code java} on the PATH prints the arguments it was given.
 */
class LauncherTest {
  private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

  @TempDir Path dir;

  static Stream<Arguments> runs() {
    return Stream.of(
        quick(),
        quick("--runs", "1000"),
        quick("--runs=5000000"),
        quick("-n", "08"),           // a leading zero is decimal, not a bad octal number
        quick("-n5"),
        full("--runs", "5000001"),
        full("--runs", "99999999999999999999"),  // more than the shell's integers hold
        full("--runs", "999999999999999999"),
        full("--runs", "abc"),
        full("--runs", "-5"),
        full("--runs", "1e5"),
        full("--runs", ""),
        full("--runs="),
        full("--runs"),              // no value at all
        full("-n"),
        full("--precision", "0.01"),
        full("--runs", "10", "--precision", "0.01"));
  }

  private static Arguments quick(String... args) {
    return Arguments.of(List.of(args), true);
  }

  private static Arguments full(String... args) {
    return Arguments.of(List.of(args), false);
  }

  @ParameterizedTest(name = "hcsim simulate {0}")
  @MethodSource("runs")
  void peeksAtRunsSilentlyForAnyValue(List<String> args, boolean quickStart) throws Exception {
    List<String> command = new ArrayList<>(List.of("simulate"));
    command.addAll(args);
    List<String> javaArgs = javaArgs(command);
    assertThat(javaArgs.contains(QUICK_START)).as("quick start in %s", javaArgs).isEqualTo(quickStart);
    int jar = javaArgs.indexOf("-jar");
    assertThat(javaArgs.subList(jar + 2, javaArgs.size())).as("arguments passed on")
        .containsExactlyElementsOf(Stream.concat(Stream.of("simulate"), args.stream()).toList());
  }

  /** A server plays loops for hours: the optimising compiler pays for itself after its first seconds. */
  @Test
  void aServerGetsTheOptimisingCompiler() throws Exception {
    List<String> javaArgs = javaArgs(List.of("serve", "--port", "0"));
    assertThat(javaArgs).doesNotContain(QUICK_START);
    assertThat(javaArgs.subList(javaArgs.indexOf("-jar") + 2, javaArgs.size())).containsExactly("serve", "--port", "0");
    // It runs from its own copy of the jar (a rebuild rewrites the project's under a running
    // server), which is gone once the server stops.
    Path jar = Path.of(javaArgs.get(javaArgs.indexOf("-jar") + 1));
    assertThat(jar.getFileName().toString()).startsWith("hcsim-serve-").endsWith(".jar");
    assertThat(jar).doesNotExist();
    assertThat(javaArgs).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  /** The arguments the launcher gives java for {@code command} (a stand-in java prints them). */
  private List<String> javaArgs(List<String> command) throws Exception {
    Path launcher = Path.of("").toAbsolutePath().getParent().resolve("hcsim");
    assumeTrue(Files.isRegularFile(launcher), "the launcher is at the project root");
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.copy(launcher, project.resolve("hcsim"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(project.resolve("cli/target"));
    if (!Files.exists(project.resolve("cli/target/hcsim-all.jar"))) {
      Files.createFile(project.resolve("cli/target/hcsim-all.jar"));
    }
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> line = new ArrayList<>(List.of("bash", project.resolve("hcsim").toString()));
    line.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(line)
        .redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().remove("HCSIM_JAVA_OPTS");
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
    assertThat(read(dir.resolve("err"))).as("the launcher's own stderr").isEmpty();
    assertThat(p.exitValue()).isZero();
    return read(dir.resolve("out")).lines().toList();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
