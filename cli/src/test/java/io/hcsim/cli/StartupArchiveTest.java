package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive, with a stand-in for java that records its arguments and
 * writes the archive it is asked to: made once per JVM, used only by it, never left half-written.
 */
class StartupArchiveTest {
  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void project() throws IOException {
    Path launcher = Path.of("").toAbsolutePath().getParent().resolve("hcsim");
    assumeTrue(Files.isRegularFile(launcher), "the launcher is at the project root");
    project = Files.createDirectories(dir.resolve("project"));
    Files.copy(launcher, project.resolve("hcsim"));
    Files.createDirectories(project.resolve("cli/target"));
    Files.createFile(project.resolve("cli/target/hcsim-all.jar"));
  }

  /** A stand-in java in its own folder: prints its arguments; a training run writes the archive, or fails. */
  private Path java(String name, boolean trains) throws IOException {
    Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
    String script = "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) "
        + (trains ? "echo archive > \"${a#*=}\"; exit 0" : "echo partial > \"${a#*=}\"; exit 1")
        + " ;; esac; done\nprintf '%s\\n' \"$@\"\n";
    Path java = Files.writeString(bin.resolve("java"), script);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  /** The arguments the launcher finally runs java with. */
  private List<String> launch(Path bin) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("hcsim").toString(), "--version")
        .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().remove("HCSIM_JAVA_OPTS");
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dir.resolve("err"), StandardCharsets.UTF_8)).isEmpty();
    return Files.readString(dir.resolve("out"), StandardCharsets.UTF_8).lines().toList();
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("cli/target"))) {
      return files.filter(f -> !f.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
  }

  @Test
  void eachJvmGetsItsOwnArchiveMadeOnceAndUsed() throws Exception {
    Path first = java("first", true);
    List<String> args = launch(first);
    assertThat(archives()).singleElement().satisfies(a -> {
      assertThat(a.getFileName().toString()).matches("hcsim-\\d+\\.jsa");
      assertThat(args).contains("-XX:SharedArchiveFile=" + a);
    });
    Path archive = archives().get(0);
    Files.writeString(archive, "kept");
    launch(first);
    assertThat(Files.readString(archive)).as("made once, not at every start").isEqualTo("kept");

    List<String> other = launch(java("second", true));
    assertThat(archives()).hasSize(2);
    assertThat(other).noneMatch(a -> a.equals("-XX:SharedArchiveFile=" + archive));
  }

  /**
   * The training run writes a report, so the archive holds the report stack too; where that fails
   * (no text font for the PDF), a second run trains on the simulation alone, and no report is left.
   */
  @Test
  void theTrainingRunWritesAReportAndFallsBackToTheSimulationAlone() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("reportless").resolve("bin"));
    String script = "#!/bin/sh\nlog=\"" + dir.resolve("trainings") + "\"\narchive=\nreport=no\n"
        + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) archive=\"${a#*=}\" ;; --report) report=yes ;; esac; done\n"
        + "if [ -n \"$archive\" ]; then echo \"report=$report\" >> \"$log\"; echo partial > \"$archive\";"
        + " [ $report = yes ] && exit 1; echo archive > \"$archive\"; exit 0; fi\nprintf '%s\\n' \"$@\"\n";
    Files.setPosixFilePermissions(Files.writeString(bin.resolve("java"), script), PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> args = launch(bin);
    assertThat(Files.readAllLines(dir.resolve("trainings"))).containsExactly("report=yes", "report=no");
    assertThat(archives()).singleElement().satisfies(a -> {
      assertThat(Files.readString(a)).isEqualTo("archive\n");
      assertThat(args).contains("-XX:SharedArchiveFile=" + a);
    });
  }

  @Test
  void aFailedTrainingRunLeavesNoArchiveAndStartsWithoutOne() throws Exception {
    List<String> args = launch(java("broken", false));
    assertThat(archives()).isEmpty();
    assertThat(args).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    assertThat(args).contains("--version");
  }
}
