package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * docs/cli.md is exactly what {@link CliReference} writes from the commands: change an option and
 * this fails until the reference is regenerated ({@link CliReference#REGENERATE}, which sets
 * {@code hcsim.docs.update}).
 */
class CliReferenceTest {
  private static final Path FILE = Paths.get("../docs/cli.md");

  @Test
  void docsCliMdIsTheCommandsOwnHelp() throws IOException {
    String generated = CliReference.markdown();
    if (Boolean.getBoolean("hcsim.docs.update")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(FILE)).as("%s (write it with: %s)", FILE, CliReference.REGENERATE).isTrue();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("docs/cli.md differs from the commands' help; regenerate it with: %s", CliReference.REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void everyCommandHasItsSection() {
    String md = CliReference.markdown();
    new picocli.CommandLine(new Main()).getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .forEach(name -> assertThat(md).contains("\n## hcsim " + name + "\n", "Usage: hcsim " + name));
  }
}
