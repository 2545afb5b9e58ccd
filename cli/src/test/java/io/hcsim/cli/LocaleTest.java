package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII file names under an ASCII locale (LANG=C; issue 16, item 18): the launcher makes them
 * work, and hcsim run without it says in one line why it cannot read them.
 */
class LocaleTest {
  @TempDir Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private record Run(int code, String out, String err) {}

  private Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_CTYPE");
    pb.environment().remove("HCSIM_JAVA_OPTS");
    pb.environment().put("LANG", "C");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private void chineseProfile() throws Exception {
    Files.writeString(dir.resolve("张伟.yaml"), Cli.run("profiles", "--show", "consumer-pm-to-health").out());
  }

  @Test
  void theLauncherReadsAndWritesChineseNamesUnderLangC() throws Exception {
    Path launcher = Path.of("").toAbsolutePath().getParent().resolve("hcsim");
    assumeTrue(Files.isRegularFile(launcher), "the launcher is at the project root");
    assumeTrue(Files.isDirectory(Path.of("/usr/lib/locale/C.utf8")) || Files.isDirectory(Path.of("/usr/lib/locale/C.UTF-8")),
        "the C.UTF-8 locale is installed");
    chineseProfile();
    // The launcher in a project holding only a jar (so it never builds), with a java on the PATH
    // that runs this build's classes for the jar and makes no class-data archive.
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.copy(launcher, project.resolve("hcsim"));
    Files.createDirectories(project.resolve("cli/target"));
    Files.createFile(project.resolve("cli/target/hcsim-all.jar"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path stand = Files.writeString(bin.resolve("java"), "#!/bin/bash\n"
        + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) exit 1 ;; esac; done\n"
        + "args=()\nwhile [ $# -gt 0 ]; do\n"
        + "  if [ \"$1\" = -jar ]; then shift 2; args+=(-cp \"$HCSIM_TEST_CP\" " + Main.class.getName() + "); continue; fi\n"
        + "  args+=(\"$1\"); shift\ndone\nexec '" + java() + "' \"${args[@]}\"\n");
    Files.setPosixFilePermissions(stand, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"),
        "HCSIM_TEST_CP", System.getProperty("java.class.path"));

    Run validate = run(List.of("bash", project.resolve("hcsim").toString(), "validate", "张伟.yaml"), env);
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).endsWith("张伟.yaml is valid.\n");
    Run debrief = run(List.of("bash", project.resolve("hcsim").toString(), "debrief", "-p", "张伟.yaml", "--out", "报告.md"), env);
    assertThat(debrief.code()).as(debrief.err()).isZero();
    assertThat(dir.resolve("报告.md")).exists();
  }

  @Test
  void withoutTheLauncherAnUnreadableNameIsOneLine() throws Exception {
    chineseProfile();
    Run r = run(List.of(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "validate", "张伟.yaml"),
        Map.of());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("hcsim: the command line holds characters this locale's character set (ANSI_X3.4-1968) cannot hold")
        .contains("LC_ALL=C.UTF-8");
  }
}
