package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.files.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What writing a report does to the files around it (issue 16, items 9 to 13): nothing lost, nothing left behind. */
class OutputFileSafetyTest {
  @TempDir Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void forceKeepsTheReplacedFilesPermissions() throws Exception {
    Path report = Files.writeString(dir.resolve("private.md"), "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
    Cli.run("debrief", "--out", report.toString(), "--force").ok();
    assertThat(Files.readString(report)).startsWith("# ");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
  }

  /**
   * Writers racing for one new name without --force: exactly one wins each time, the others are
   * told it exists, and the winner's text is never replaced (a check-then-move let two win).
   */
  @Test
  @Timeout(120)
  void ofWritersRacingForANewNameExactlyOneWins() throws Exception {
    int writers = 4;
    for (int trial = 0; trial < 40; trial++) {
      Path target = dir.resolve("race-" + trial + ".txt");
      CyclicBarrier start = new CyclicBarrier(writers);
      AtomicInteger won = new AtomicInteger();
      List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String text = "writer " + w;
        Thread t = new Thread(() -> {
          try {
            start.await();
            OutputFile.write(target, text, false);
            won.incrementAndGet();
          } catch (InvalidInputException e) {
            refused.add(e.getMessage());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(won.get()).as("trial %d: writers that exited as if they wrote", trial).isEqualTo(1);
      assertThat(refused).hasSize(writers - 1).allSatisfy(m -> assertThat(m).contains("already exists"));
    }
    assertThat(names()).allSatisfy(n -> assertThat(n).startsWith("race-"));
  }

  /** A run stopped (Ctrl-C, kill) while its report is being written leaves no temporary file behind. */
  @Test
  @Timeout(60)
  void aStoppedRunLeavesNoTemporaryFile() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        HalfWritten.class.getName(), dir.toString()).redirectErrorStream(true).start();
    String ready = new String(p.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
    assertThat(ready).isEqualTo("ready\n");
    assertThat(names()).singleElement().asString().startsWith(".hcsim-").endsWith(".tmp");
    p.destroy(); // SIGTERM, as kill sends; Ctrl-C's SIGINT runs the same shutdown
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(names()).isEmpty();
  }

  /** Holds a temporary output file open, as a report being written does, until it is stopped. */
  static final class HalfWritten {
    public static void main(String[] args) throws Exception {
      Path tmp = TemporaryFiles.create(Path.of(args[0]));
      Files.writeString(tmp, "half a report");
      System.out.print("ready\n");
      System.out.flush();
      Thread.sleep(60_000);
    }
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnyWork() throws Exception {
    Path profile = dir.resolve("me.yaml");
    Files.writeString(profile, Cli.run("profiles", "--show", "consumer-pm-to-health").out());
    String before = Files.readString(profile);
    Cli.run("optimize", "-p", profile.toString(), "--out", profile.toString(), "--force").badInput()
        .oneLine("the output " + profile + " is the file " + profile + " that this command reads");
    Path other = dir.resolve("sub/../me.yaml");
    Files.createDirectory(dir.resolve("sub"));
    Cli.run("simulate", "-p", profile.toString(), "--report", other.toString(), "--force").badInput()
        .oneLine("is the file " + profile + " that this command reads");
    assertThat(Files.readString(profile)).isEqualTo(before);
  }

  /** The longest name the file system holds is written (the temporary name is short); a longer one is refused first. */
  @Test
  void longNamesAreWrittenOrRefusedBeforeTheWork() throws Exception {
    Path longest = dir.resolve("d".repeat(252) + ".md");
    Cli.run("debrief", "--out", longest.toString()).ok();
    assertThat(Files.readString(longest)).startsWith("# ");
    String tooLong = dir.resolve("é".repeat(127) + ".md").toString(); // 257 bytes
    Cli.run("debrief", "--out", tooLong).badInput().oneLine("the file name is 257 bytes long; at most 255");
    Cli.run("simulate", "-n", "1000000000", "--report", tooLong.replace(".md", ".pdf")).badInput()
        .oneLine("bytes long; at most 255");
    assertThat(names()).containsExactly(longest.getFileName().toString());
  }
}
