package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsim.core.library.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** `hcsim init` and `hcsim validate`, on real files. */
class InitValidateTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  private String init(Path file, String... more) {
    Cli.Result r = Cli.run(Stream.concat(Stream.of("init", file.toString()), Stream.of(more)).toArray(String[]::new));
    r.ok();
    assertThat(r.out()).contains("Wrote " + file);
    return read(file);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The directory holds exactly these names: nothing partial or temporary was left behind. */
  private void assertDirHolds(String... names) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
    }
  }

  @Test
  void initWritesAProfileThatValidatesAndSimulates() throws IOException {
    Path file = dir.resolve("me.yaml");
    String text = init(file);
    assertThat(text).startsWith("#").contains("targetLevel:", "proficiency:", "consistency:");
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    assertThat(Files.getPosixFilePermissions(file)).as("the mode of any new file (umask), not owner-only")
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
    Files.delete(ordinary);
    assertDirHolds("me.yaml");

    Cli.Result v = Cli.run("validate", file.toString()).ok();
    assertThat(v.out()).contains("Candidate profile: ", "target level", "P7", "consistency", "compensation",
        "competing offers", file + " is valid.");
    assertThat(v.out()).contains(LIBRARY.catalogue().competencies().ids());

    JsonNode json = Cli.run("simulate", "--profile", file.toString(), "--runs", "20000", "-t", "2", "--format", "json")
        .ok().json();
    assertThat(json.get("profile").asText()).isEqualTo(file.toString());
    assertThat(json.get("targetLevel").asText()).isEqualTo("P7");
    assertThat(json.get("hire").get("probability").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void initRefusesToOverwriteUnlessForced() throws IOException {
    Path file = dir.resolve("me.yaml");
    Files.writeString(file, "mine\n");
    Cli.run("init", file.toString()).badInput().oneLine("error: ", file.toString(), "already exists", "--force");
    assertThat(read(file)).isEqualTo("mine\n");

    assertThat(init(file, "--force")).contains("proficiency:");
    assertDirHolds("me.yaml");
  }

  @Test
  void initIntoAMissingFolderWritesNothing() throws IOException {
    Path file = dir.resolve("no-such-folder").resolve("me.yaml");
    Cli.run("init", file.toString()).badInput().oneLine("error: ", file.toString(), "does not exist");
    assertDirHolds();
  }

  @Test
  void initIntoAReadOnlyFolderWritesNothing() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Root ignores permissions; Linux's sysfs refuses a new file even to root.
      Path folder = Files.isWritable(locked) ? Path.of("/sys") : locked;
      assumeTrue(Files.isDirectory(folder), "a folder this user cannot write to");
      Path file = folder.resolve("me.yaml");
      Cli.run("init", file.toString()).badInput().oneLine("error: ", file.toString(), "permission denied");
      assertThat(file).doesNotExist();
      try (Stream<Path> files = Files.list(locked)) {
        assertThat(files).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void initOntoADirectoryIsRefused() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Cli.run("init", sub.toString()).badInput().oneLine("error: ", sub.toString(), "directory");
    Cli.run("init", sub.toString(), "--force").badInput().oneLine("error: ", sub.toString(), "directory");
    try (Stream<Path> files = Files.list(sub)) {
      assertThat(files).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"me.json", "me", "me.yaml.txt", "me.yam"})
  void initRefusesANameThatIsNotYaml(String name) throws IOException {
    Path file = dir.resolve(name);
    Cli.run("init", file.toString()).badInput().oneLine("init: ", "'" + file + "'", ".yaml or .yml", "YAML");
    Cli.run("init", file.toString(), "--force").badInput().oneLine(".yaml or .yml");
    assertDirHolds();
  }

  @ParameterizedTest
  @ValueSource(strings = {"me.yml", "ME.YAML"})
  void initAcceptsAnyYamlName(String name) throws IOException {
    assertThat(init(dir.resolve(name))).contains("proficiency:");
    Cli.run("validate", dir.resolve(name).toString()).ok();
    assertDirHolds(name);
  }

  @Test
  void initRefusesAnEmptyName() {
    Cli.run("init", "").badInput().oneLine("init: ", "empty file name");
  }

  @Test
  void initWritesThroughASymlinkAndKeepsIt() throws IOException {
    Path real = Files.writeString(dir.resolve("real.yaml"), "mine\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("real.yaml"));
    Cli.run("init", link.toString()).badInput().oneLine("error: ", link.toString(), "already exists", "--force");
    assertThat(read(real)).isEqualTo("mine\n");

    assertThat(init(link, "--force")).contains("proficiency:");
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.yaml"));
    assertThat(read(real)).contains("proficiency:");
    assertDirHolds("real.yaml", "link.yaml");
  }

  @Test
  void initThroughALinkToAFileNotYetWrittenCreatesThatFile() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("sub", "new.yaml"));
    init(link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(read(sub.resolve("new.yaml"))).contains("proficiency:");
    assertDirHolds("sub", "link.yaml");
  }

  @Test
  void initRefusesALoopOfLinks() throws IOException {
    Path a = Files.createSymbolicLink(dir.resolve("a.yaml"), Path.of("b.yaml"));
    Files.createSymbolicLink(dir.resolve("b.yaml"), Path.of("a.yaml"));
    Cli.run("init", a.toString(), "--force").badInput().oneLine("error: ", a.toString(), "symbolic links");
    assertDirHolds("a.yaml", "b.yaml");
  }

  /** A named pipe stands for any file that is not a regular one (never a real device under /dev). */
  @Test
  @Timeout(60)
  void initNeverReplacesWhatIsNotARegularFile() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), fifo.getFileName());
    for (Path target : List.of(fifo, link)) {
      Cli.run("init", target.toString()).badInput().oneLine("error: ", target.toString(), "is not a regular file");
      Cli.run("init", target.toString(), "--force").badInput().oneLine("error: ", target.toString(), "is not a regular file");
    }
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
        .as("still the pipe").isTrue();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertDirHolds("pipe.yaml", "link.yaml");
  }

  @Test
  void validateAcceptsEveryBundledName() {
    for (String name : LIBRARY.catalogue().bundledProfiles()) {
      Cli.Result v = Cli.run("validate", name).ok();
      assertThat(v.out()).startsWith("Candidate profile: ").endsWith(name + " is valid.\n");
    }
    for (String name : LIBRARY.catalogue().bundledLoops()) {
      Cli.Result v = Cli.run("validate", name).ok();
      assertThat(v.out()).startsWith("Loop: ").contains("(" + name + ")").endsWith(name + " is valid.\n");
    }
  }

  @Test
  void aShownProfileValidatesAsACopy() throws Exception {
    Path file = dir.resolve("copy.yaml");
    Files.writeString(file, Cli.run("profiles", "--show", "ecommerce-pm-p6").ok().out());
    String fromFile = Cli.run("validate", file.toString()).ok().out();
    String bundled = Cli.run("validate", "ecommerce-pm-p6").ok().out();
    assertThat(fromFile.replace(file.toString(), "X")).isEqualTo(bundled.replace("ecommerce-pm-p6", "X"));
  }

  @Test
  void validateLinesUpItsValuesAndEchoesTheNotes() throws Exception {
    List<String> lines = Cli.run("validate", "consumer-pm-to-health").ok().out().lines().toList();
    List<String> rows = lines.subList(1, lines.size() - 1);
    assertThat(rows).hasSizeGreaterThan(LIBRARY.catalogue().competencies().all().size() + 4);
    // Every value, and every continued line of the notes, starts in one column.
    int column = rows.get(0).indexOf("P7");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.substring(0, column)).matches("  \\S.*\\s|\\s+");
      assertThat(r.charAt(column)).isNotEqualTo(' ');
    });
    String notes = LIBRARY.profile("consumer-pm-to-health").value().notes().replaceAll("\\s+", " ");
    assertThat(rows).filteredOn(r -> r.startsWith("  notes ")).hasSize(1);
    int first = rows.indexOf(rows.stream().filter(r -> r.startsWith("  notes ")).findFirst().orElseThrow());
    String echoed = String.join(" ", rows.subList(first, rows.size()).stream().map(r -> r.substring(column)).toList());
    assertThat(echoed).isEqualTo(notes);
  }

  @Test
  void validateCutsLongNotes() throws IOException {
    Path file = dir.resolve("long.yaml");
    Files.writeString(file, init(dir.resolve("me.yaml")).replace("Who you are, in a sentence or two.",
        "word ".repeat(200)));
    String out = Cli.run("validate", file.toString()).ok().out();
    List<String> notes = out.lines().dropWhile(l -> !l.startsWith("  notes ")).takeWhile(l -> !l.endsWith(" is valid."))
        .toList();
    assertThat(notes).hasSizeBetween(2, 4).allSatisfy(l -> assertThat(l).hasSizeLessThan(110));
    assertThat(notes.get(notes.size() - 1)).endsWith("word ...");
  }

  @Test
  void validateRecognisesALoopFile() throws IOException {
    Path file = dir.resolve("loop.yaml");
    Files.writeString(file, Cli.run("loops", "--show", "ali-health-pm").ok().out());
    Cli.Result v = Cli.run("validate", file.toString()).ok();
    assertThat(v.out()).startsWith("Loop: ").contains("(ali-health-pm)", "committee: rule", file + " is valid.");
    for (String round : List.of("recruiter", "hiring_manager", "peer", "cross_functional", "vp", "hr", "committee")) {
      assertThat(v.out()).containsPattern("round " + round + "\\s");
    }
  }

  @Test
  void validateSaysHowMuchNoisierAnInterviewerIsAfterReadingEarlierFeedback() {
    assertThat(Cli.run("validate", "ali-health-pm-open-feedback").ok().out())
        .contains("earlier feedback visible (anchoring; rater noise x 1.40 after reading)");
    assertThat(Cli.run("validate", "ali-health-pm").ok().out()).contains("earlier feedback hidden");
  }

  @Test
  void anEditedLoopFileRunsInSimulate() throws IOException {
    Path file = dir.resolve("my-loop.yaml");
    String yaml = Cli.run("loops", "--show", "ali-health-pm").ok().out();
    Files.writeString(file, yaml.replaceFirst("(?m)^id: ali-health-pm$", "id: my-loop"));
    Cli.run("validate", file.toString()).ok();
    JsonNode json = Cli.run("simulate", "--loop", file.toString(), "--runs", "20000", "-t", "2", "--format", "json")
        .ok().json();
    assertThat(json.get("loopId").asText()).isEqualTo("my-loop");
    assertThat(json.get("loop").asText()).isEqualTo(file.toString());
  }

  static Stream<Arguments> badFiles() {
    byte[] garbage = new byte[256];
    new java.util.Random(7).nextBytes(garbage);
    garbage[0] = (byte) 0xFF;  // never valid UTF-8
    garbage[1] = 0;
    return Stream.of(
        Arguments.of("malformed.yaml", "name: x\n  targetLevel: [P7\n".getBytes(StandardCharsets.UTF_8), "line 2"),
        Arguments.of("malformed.json", "{\"name\": \"x\",".getBytes(StandardCharsets.UTF_8), "malformed JSON"),
        Arguments.of("misspelt.yaml", "name: x\ntargetLevel: P7\nconsistncy: 0.5\n".getBytes(StandardCharsets.UTF_8),
            "did you mean 'consistency'"),
        Arguments.of("range.yaml",
            "name: x\ntargetLevel: P7\nconsistency: 1.5\nproficiency:\n  product_sense: 7\n".getBytes(StandardCharsets.UTF_8),
            "out of range"),
        Arguments.of("level.yaml", "name: x\ntargetLevel: P9\n".getBytes(StandardCharsets.UTF_8), "P6, P7, P8"),
        Arguments.of("empty.yaml", new byte[0], "empty"),
        Arguments.of("blank.yaml", "\n  \n# nothing\n".getBytes(StandardCharsets.UTF_8), "empty"),
        Arguments.of("garbage.yaml", garbage, "not a text file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void validateRejectsABadFileOneLinePerProblem(String name, byte[] content, String expected) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    assertBadFile(file, expected);
  }

  @Test
  void validateRejectsAMissingFile() {
    assertBadFile(dir.resolve("missing.yaml"), "no such file");
  }

  @Test
  void validateRejectsADirectory() {
    assertBadFile(dir, "directory");
  }

  private static void assertBadFile(Path file, String expected) {
    Cli.Result r = Cli.run("validate", file.toString()).badInput();
    assertThat(r.errLines()).allSatisfy(l -> assertThat(l).startsWith("error: " + file));
    assertThat(r.err()).contains(expected);
  }
}
