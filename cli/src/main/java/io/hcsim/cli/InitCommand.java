package io.hcsim.cli;

import static io.hcsim.core.files.Problems.fmt;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import io.hcsim.core.pool.SelfAssessmentError;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `hcsim init`: a commented profile to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write a commented example candidate profile to edit, then use it with --profile FILE.")
final class InitCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin LanguageOption language;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write it, a name ending in .yaml or .yml (default: profile.yaml).")
  Path file = Path.of("profile.yaml");

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Option(names = "--scorecard", description = "Write a commented hiring-team scorecard instead (for 'hcsim score FILE').")
  boolean scorecard;

  @Option(names = "--plan", description = "Write a commented preparation plan instead (for 'hcsim compare --plan FILE').")
  boolean plan;

  @Override
  public Integer call() throws Exception {
    if (scorecard && plan) {
      throw new BadArgumentException("--scorecard and --plan exclude each other; give one");
    }
    language.messages(); // an unknown language is refused before the file is written
    checkName(file);
    if (plan) {
      OutputFile.write(file, planTemplate(Library.bundled().catalogue()), force);
      spec.commandLine().getOut().println(language.messages().get("init.wrote.plan", file));
      return Main.OK;
    }
    if (scorecard) {
      OutputFile.write(file, ScoreCommand.bundledText(ScoreCommand.BUNDLED.get(0)), force);
      spec.commandLine().getOut().println(language.messages().get("init.wrote.scorecard", file));
      return Main.OK;
    }
    Catalogue catalogue = Library.bundled().catalogue();
    OutputFile.write(file, template(catalogue), force);
    spec.commandLine().getOut().println(language.messages().get("init.wrote.profile", file));
    return Main.OK;
  }

  /**
   * The template is YAML with comments, which a file named .json (or anything else) would not be
   * read as: refuse such a name rather than write a file that validate then rejects. A directory
   * is left to {@link OutputFile}, which says so.
   */
  private void checkName(Path file) {
    checkYamlName(file, "FILE", plan ? "plan" : scorecard ? "scorecard" : "profile");
  }

  /** A file hcsim writes as commented YAML must be named so: {@code what} is the kind, for the message. */
  static void checkYamlName(Path file, String option, String what) {
    String name = file.toString();
    if (name.isEmpty()) {
      throw new BadArgumentException(option + ": empty file name; give the name of the " + what + " to write, such as my-" + what + ".yaml");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (!Files.isDirectory(file) && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
      throw new BadArgumentException(option + ": '" + name + "' does not end in .yaml or .yml; hcsim writes a commented YAML"
          + " " + what + ", such as my-" + what + ".yaml");
    }
  }

  /** A plan with a share of 60 hours on every activity, each line saying what the activity trains. */
  static String planTemplate(Catalogue catalogue) {
    StringBuilder s = new StringBuilder();
    s.append("# A preparation plan for hcsim: hours per activity. Compare it with the built-in strategies:\n");
    s.append("#   hcsim compare --plan FILE      (or let hcsim find one: hcsim optimize --weeks 4 --out FILE)\n");
    s.append("# Hours h on an activity raise each competency it trains by gain x (1 - exp(-h / tau)): the first hours\n");
    s.append("# count most. Activities you leave out get no hours.\n\n");
    s.append("name: my-plan\n\nhours:\n");
    var shares = catalogue.strategies().get("balanced").plan(60).hours();
    for (io.hcsim.core.prep.Activity a : catalogue.activities().values()) {
      String trains = a.gains().entrySet().stream().map(g -> g.getKey() + " +" + g.getValue()).reduce((x, y) -> x + ", " + y)
          .orElse("");
      s.append(String.format(Locale.ROOT, "  %-22s %-5s # %s (tau %s h): %s%s%n", a.id() + ":",
          io.hcsim.core.files.Problems.fmt(shares.getOrDefault(a.id(), 0.0)), a.name().en(),
          io.hcsim.core.files.Problems.fmt(a.tau()), trains, (a.consistencyGain() > 0 ? ", consistency +" + a.consistencyGain() : "")
          + (a.readinessGain() > 0 ? ", closes up to " + Math.round(100 * a.readinessGain()) + "% of the readiness gap" : "")));
    }
    s.append("\n# Optional: the weeks you have and the hours a week; hcsim checks the hours fit.\n");
    s.append("weeks: 4\nhoursPerWeek: 15\n");
    return s.toString();
  }

  static String template(Catalogue catalogue) {
    Level p7 = catalogue.levels().byId("P7").orElse(catalogue.levels().ascending().get(0));
    double poolMean = catalogue.pool().mean(p7);
    StringBuilder s = new StringBuilder();
    s.append("# A candidate profile for hcsim. Check it with `hcsim validate FILE`.\n");
    s.append("# Proficiency scale, 1.0-5.0: 1 novice, 2 developing, 3 solid at P6, 4 strong at P8, 5 exceptional.\n");
    s.append("# Level bars on the overall: ");
    for (Level l : catalogue.levels().ascending()) {
      s.append(l.id()).append(' ').append(l.bar()).append("  ");
    }
    s.append("\n\nname: My name\n");
    s.append("targetLevel: ").append(p7.id()).append("        # ").append(String.join(", ", catalogue.levels().ids()))
        .append("\n\n");
    s.append(String.format(Locale.ROOT,
        "# Your honest proficiency per competency. A competency left out takes the applicant-pool mean (%.1f at %s).%n",
        poolMean, p7.id()));
    s.append("proficiency:\n");
    for (Competency c : catalogue.competencies().all()) {
      s.append(String.format(Locale.ROOT, "  %-24s %.1f   # %s: %s%n", c.id() + ":", poolMean, c.nameEn(), c.description()));
    }
    s.append(String.format(Locale.ROOT, "%n# How you perform in the room apart from what you know (nerves, structure under time, delivery),%n"
        + "# in proficiency units, %s to %s; every rating moves by it. Left out: %s, an untrained candidate.%n"
        + "# 0 is the typical applicant's; mock loops and stories raise it (hcsim compare, hcsim optimize).%n"
        + "readiness: %s%n", fmt(CandidateProfile.MIN_READINESS), fmt(CandidateProfile.MAX_READINESS),
        fmt(CandidateProfile.UNSTATED_READINESS), fmt(CandidateProfile.UNSTATED_READINESS)));
    s.append("\n# How steady you are from one interview to the next, 0-1 (0.5 is typical; mock loops raise it).\n");
    s.append("consistency: 0.5\n\n");
    SelfAssessmentError typical = catalogue.pool().selfAssessment();
    s.append("# How far off your self-ratings may be, as an SD in proficiency units (0-1). Self-ratings agree only\n");
    s.append("# weakly with interviewers' ratings (r about .29, Mabe & West 1982), so every simulated loop draws you\n");
    s.append("# around the numbers above and the odds carry that doubt. 0 takes them as exact.\n");
    s.append(String.format(Locale.ROOT, "uncertainty: %.2f%n%n", typical.uncertainty()));
    s.append("# How much higher you rate yourself than interviewers would, on average (-0.5 to 1). Self-ratings run\n");
    s.append("# higher than others' ratings of the same people; set 0 if mock interviews have calibrated yours.\n");
    s.append(String.format(Locale.ROOT, "leniency: %.2f%n%n", typical.leniency()));
    s.append("# How much preparation helps you compared with most people: 0.5 slow, 1 typical, 1.5 fast\n");
    s.append("# (used by 'hcsim compare' and 'hcsim optimize').\n");
    s.append("preparationResponse: 1\n\n");
    s.append("# Total compensation you expect, and what you earn now (offers start from it plus a typical raise), ")
        .append(catalogue.levels().currency()).append(" a year.\n");
    s.append("compensationExpectation: 800000\n");
    s.append("currentCompensation: 650000\n\n");
    s.append("# Competing offers in hand: a count (each moves an offer up its band), or amounts, which an offer\n");
    s.append("# matches up to the top of its band, e.g.\n#   competingOffers:\n#     - {amount: 950000}\n");
    s.append("competingOffers: 0\n\n");
    s.append("notes: >\n  Who you are, in a sentence or two.\n");
    return s.toString();
  }
}
