package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hcsim.core.library.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a command is pointed at, on its command line or from inside another file (issue 16,
 * items 5, 14, 15, 17): only regular files are opened, a bundled name is never a file in the
 * current folder, a file that is not a loop is not quoted, and a name no file can have is one line.
 */
class ReferencedFilesTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
    return fifo;
  }

  private static String scorecard(String loop) {
    return "loop: " + loop + "\ntargetLevel: P7\nrounds:\n  - round: recruiter\n    ratings: {communication: 3}\n";
  }

  /** Opening a named pipe waits for a writer that never comes: every place a file is named refuses one at once. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void noCommandWaitsOnANamedPipe() throws Exception {
    Path pipe = fifo("pipe.yaml");
    String refused = pipe + ": is not a regular file (a device, pipe or socket)";
    Cli.run("simulate", "-n", "100", "--profile", pipe.toString()).badInput().oneLine(refused);
    Cli.run("simulate", "-n", "100", "--loop", pipe.toString()).badInput().oneLine(refused);
    Cli.run("compare", "-n", "100", "--plan", pipe.toString()).badInput().oneLine(refused);
    Cli.run("validate", pipe.toString()).badInput().oneLine(refused);
    Cli.run("score", pipe.toString()).badInput().oneLine(refused);
    Cli.run("score", "/dev/null").badInput().oneLine("/dev/null: is not a regular file");

    Path child = write("child.yaml", "extends: ./pipe.yaml\nid: child\n");
    Cli.run("validate", child.toString()).badInput().oneLine(dir.resolve("./pipe.yaml") + ": is not a regular file");
    Path card = write("card.yaml", scorecard("./pipe.yaml"));
    Cli.run("score", card.toString()).badInput().oneLine("pipe.yaml: is not a regular file");
  }

  /** A file named in extends: or loop: that is no loop (a password file) gets one line that quotes none of it. */
  @Test
  void aReferencedFileThatIsNotALoopIsNotQuoted() throws Exception {
    String secret = "root:$6$SECRETHASH:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n";
    write("shadow", secret);
    write("keys.yaml", "password: SECRETHASH\n");
    for (String target : List.of("shadow", "keys.yaml")) {
      Path child = write("child.yaml", "extends: ./" + target + "\nid: child\n");
      Cli.Result r = Cli.run("validate", child.toString()).badInput()
          .oneLine(child + ", line 1, column 1: extends: '", target + "' is not a loop file");
      assertThat(r.err()).doesNotContain("SECRETHASH", "root");
      Path card = write("card.yaml", scorecard("./" + target));
      r = Cli.run("score", card.toString()).badInput().oneLine(card + ", line 1, column 1: loop: '", "is not a loop file");
      assertThat(r.err()).doesNotContain("SECRETHASH", "root");
    }
    // A real loop with a misspelt key still gets its own message: it is a loop.
    write("parent.yaml", LIBRARY.bundledLoopText("ali-health-pm").replace("\nnoise:", "\nnoyse:"));
    Path child = write("child.yaml", "extends: ./parent.yaml\nid: child\n");
    Cli.run("validate", child.toString()).badInput().oneLine("unknown key 'noyse'; did you mean 'noise'?");
  }

  /**
   * A NUL inside extends: or loop: (a YAML escape) is a name no file can have: one line, exit 2
   * (refused as a control character when the file is read, before any path is made of it).
   */
  @Test
  void aNulInAReferenceIsOneLine() throws Exception {
    Path child = write("child.yaml", "extends: \"a\\0b.yaml\"\nid: child\n");
    Cli.run("validate", child.toString()).badInput().oneLine(child + ", line 1, column 10: extends: ", "U+0000");
    Path card = write("card.yaml", scorecard("\"a\\0b.yaml\""));
    Cli.run("score", card.toString()).badInput().oneLine(card + ", line 1, column 7: loop: ", "U+0000");
  }

  /** A symbolic link in a loop is said to be one, not taken for an unknown bundled name. */
  @Test
  void aLoopOfLinksIsSaidToBeOne() throws Exception {
    Files.createSymbolicLink(dir.resolve("loopy"), Path.of("loopy"));
    Path child = write("child.yaml", "extends: loopy\nid: child\n");
    Cli.run("validate", child.toString()).badInput().oneLine("loopy: cannot be read (Too many levels of symbolic links");
  }

  /**
   * A file or folder in the current folder named like a bundled loop or profile never replaces it:
   * with no option the bundled defaults are read, and a name given on the command line is the
   * bundled entry, with a note saying how to name the file instead.
   */
  @Test
  @Timeout(120)
  void bundledNamesAreNotLookedUpInTheCurrentFolder() throws Exception {
    String loop = LIBRARY.catalogue().defaultLoop();
    String profile = LIBRARY.catalogue().defaultProfile();
    // A loop file of the default loop's name, its peer round renamed, and a folder of the default profile's name.
    String impostor = LIBRARY.bundledLoopText(loop).replace("  - id: peer\n", "  - id: impostor\n");
    assertThat(impostor).contains("id: impostor");
    write(loop, impostor);
    Files.createDirectory(dir.resolve(profile));

    Run plain = runIn(dir, "simulate", "-n", "1000");
    assertThat(plain.code()).as(plain.err()).isZero();
    assertThat(plain.err()).isEmpty();
    assertThat(plain.out()).contains("loop " + loop + " ").doesNotContain("impostor");
    Run debrief = runIn(dir, "debrief");
    assertThat(debrief.code()).as(debrief.err()).isZero();

    Run named = runIn(dir, "simulate", "-n", "1000", "--loop", loop);
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).doesNotContain("impostor");
    assertThat(named.err()).isEqualTo("note: '" + loop + "' is the bundled loop; the file of that name in this folder"
        + " was not read (give it as ./" + loop + ")\n");
    Run file = runIn(dir, "simulate", "-n", "1000", "--loop", "./" + loop);
    assertThat(file.code()).as(file.err()).isZero();
    assertThat(file.out()).contains("  impostor ");
  }

  private record Run(int code, String out, String err) {}

  /** The command line in another process, whose current folder is {@code folder}. */
  private static Run runIn(Path folder, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("hcsim-out", ".txt");
    Path err = Files.createTempFile("hcsim-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).directory(folder.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int code = p.waitFor();
      return new Run(code, Files.readString(out), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
