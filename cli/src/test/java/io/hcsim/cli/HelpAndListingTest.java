package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.library.Library;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help, --version, and the listing commands. */
class HelpAndListingTest {
  private static final List<String> COMMANDS = List.of("simulate", "profiles", "loops", "init", "validate");
  private static final Library LIBRARY = Library.bundled();

  @Test
  void helpNamesEveryCommandAndTheExitCodes() {
    Cli.Result r = Cli.run("--help").ok();
    assertThat(r.out()).startsWith("Usage: hcsim").contains(COMMANDS).contains("Exit codes", "bad input");
  }

  @Test
  void noArgumentsPrintsTheUsage() {
    assertThat(Cli.run().ok().out()).startsWith("Usage: hcsim");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "simulate --version", "validate -V"})
  void versionIsTheProjectVersion(String args) {
    Cli.Result r = Cli.run(args.split(" ")).ok();
    assertThat(r.out()).startsWith("hcsim ").containsPattern("^hcsim \\d+\\.\\d+\\.\\d+").contains("Java");
  }

  @ParameterizedTest
  @ValueSource(strings = {"simulate", "profiles", "loops", "init", "validate"})
  void everyCommandHasHelpThatPicocliCanFormat(String command) {
    Cli.Result r = Cli.run(command, "--help").ok();
    assertThat(r.out()).startsWith("Usage: hcsim " + command).contains("--help");
    assertThat(r.out().lines().skip(1).filter(l -> !l.isBlank()).count()).isGreaterThan(2);
    assertThat(Cli.run("help", command).ok().out()).isEqualTo(r.out());
  }

  @Test
  void simulateHelpDescribesItsOptions() {
    assertThat(Cli.run("simulate", "--help").ok().out()).contains("--runs", "--precision", "--seed", "--threads",
        "--format", "--profile", "--loop", "--target-level", "95% half-width", "95% interval");
  }

  @Test
  void profilesListsEveryBundledProfileWithADescription() {
    List<String> lines = Cli.run("profiles").ok().out().lines().toList();
    List<String> names = LIBRARY.catalogue().bundledProfiles();
    assertThat(names).contains("consumer-pm-to-health", "health-tech-veteran-p7", "ecommerce-pm-p6");
    assertThat(lines).hasSize(names.size());
    for (String name : names) {
      assertThat(lines).filteredOn(l -> l.startsWith(name + " ")).singleElement()
          .satisfies(l -> assertThat(l.substring(name.length()).strip()).matches("P\\d\\s+\\p{Lu}.{20,}"));
    }
    assertThat(lines).filteredOn(l -> l.endsWith("(default)")).singleElement().asString()
        .startsWith(LIBRARY.catalogue().defaultProfile());
  }

  @Test
  void loopsListsEveryBundledLoopWithADescription() {
    List<String> lines = Cli.run("loops").ok().out().lines().toList();
    List<String> names = LIBRARY.catalogue().bundledLoops();
    assertThat(names).contains("ali-health-pm", "ali-health-pm-open-feedback");
    assertThat(lines).hasSize(names.size());
    for (String name : names) {
      assertThat(lines).filteredOn(l -> l.startsWith(name + " ")).singleElement()
          .satisfies(l -> assertThat(l.substring(name.length()).strip()).matches("\\d+ rounds\\s+\\p{Lu}.{20,}"));
    }
    assertThat(lines).filteredOn(l -> l.endsWith("(default)")).singleElement().asString().startsWith("ali-health-pm ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali-health-pm", "ali-health-pm-open-feedback"})
  void loopsShowPrintsTheBundledFile(String name) throws Exception {
    String yaml = Cli.run("loops", "--show", name).ok().out();
    // A loop that extends another shows only what it changes, as written.
    assertThat(yaml).contains("id: " + name).containsAnyOf("rounds:", "extends: ali-health-pm");
    assertThat(yaml).isEqualTo(LIBRARY.bundledLoopText(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"consumer-pm-to-health", "health-tech-veteran-p7", "ecommerce-pm-p6"})
  void profilesShowPrintsTheBundledFile(String name) throws Exception {
    String yaml = Cli.run("profiles", "--show", name).ok().out();
    assertThat(yaml).contains("name:", "targetLevel:", "proficiency:", "consistency:");
    assertThat(yaml).isEqualTo(new String(CatalogueLoader.resource("profiles/" + name + ".yaml"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"consumer-pm", "ali-health-pm", "me.yaml", "../loops/ali-health-pm"})
  void profilesShowRejectsWhatIsNotABundledProfile(String name) {
    Cli.run("profiles", "--show", name).badInput()
        .oneLine("'" + name + "'", "consumer-pm-to-health, health-tech-veteran-p7, ecommerce-pm-p6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali-health", "nope", "loop.yaml", "../profiles/consumer-pm-to-health"})
  void loopsShowRejectsWhatIsNotABundledLoop(String name) {
    Cli.run("loops", "--show", name).badInput().oneLine("'" + name + "'", "ali-health-pm, ali-health-pm-open-feedback");
  }
}
