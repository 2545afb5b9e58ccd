package io.hcsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.profile.CandidateProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `hcsim validate`: checks a profile or loop file and shows what hcsim understood. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a candidate-profile or loop file (YAML or JSON).",
        "",
        "Prints what hcsim understood, including the defaults it filled in, and exits 0;",
        "or prints each problem on one line (file, place, what is expected) and exits 2."})
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The profile or loop file; a loop is recognised by its 'rounds'.")
  Path file;

  @Override
  public Integer call() throws Exception {
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonNode doc = new DocumentReader().read(file, JsonNode.class, "a candidate profile or a loop");
    if (doc.isObject() && doc.has("rounds")) {
      Loaded<Loop> loop = library.loop(file.toString());
      loop.warnings().forEach(w -> err.println("warning: " + w));
      describe(loop.value(), library.catalogue(), out);
    } else {
      Loaded<CandidateProfile> profile = library.profile(file.toString());
      profile.warnings().forEach(w -> err.println("warning: " + w));
      describe(profile.value(), library.catalogue(), out);
    }
    out.printf("%s is valid.%n", file);
    return Main.OK;
  }

  private static void describe(CandidateProfile p, Catalogue catalogue, PrintWriter out) {
    out.printf("Candidate profile: %s%n", p.name());
    out.printf(Locale.ROOT, "  target level        %s (bar %.1f)%n", p.targetLevel().id(), p.targetLevel().bar());
    for (Competency c : catalogue.competencies().all()) {
      String filled = p.filledFromPool().contains(c.id()) ? "  (not given: applicant-pool mean)" : "";
      out.printf(Locale.ROOT, "  %-24s %.2f%s%n", c.id(), p.proficiency().get(c.id()), filled);
    }
    out.printf(Locale.ROOT, "  consistency         %.2f%n", p.consistency());
    out.printf(Locale.ROOT, "  compensation        %s%n", p.compensationExpectation().isPresent()
        ? String.format(Locale.ROOT, "%,d %s a year", p.compensationExpectation().getAsLong(), catalogue.levels().currency())
        : "not given (not weighed at the recruiter screen)");
    out.printf("  competing offers    %d%n", p.competingOffers());
  }

  private static void describe(Loop loop, Catalogue catalogue, PrintWriter out) {
    out.printf("Loop: %s (%s)%n", loop.name(), loop.id());
    out.printf(Locale.ROOT, "  noise: loop form SD %.2f, round form SD %.2f; earlier feedback %s%n", loop.loopFormSd(),
        loop.roundFormSd(), loop.showEarlierFeedback() ? "visible (anchoring)" : "hidden");
    var c = loop.committee();
    out.printf(Locale.ROOT, "  committee: rule %s, confidence %.2f, hold margin %.2f, hold SD %.2f, levels -%d/+%d%n",
        c.rule().id(), c.confidence(), c.holdMargin(), c.holdSd(), c.levelsBelow(), c.levelsAbove());
    out.print("  role weights:");
    for (Map.Entry<String, Double> e : loop.roleWeights().entrySet()) {
      out.printf(Locale.ROOT, " %s %.3f", e.getKey(), e.getValue());
    }
    out.println();
    for (Round r : loop.rounds()) {
      Persona p = loop.persona(r);
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "  round %-18s %-18s %.2f h", r.id(), p.id(), r.hours()));
      if (r.decides()) {
        b.append("  decides");
      } else {
        b.append("  focus");
        r.focus().forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.2f", k, v)));
      }
      r.gate().ifPresent(g -> b.append("  gate ").append(g.minimum().name()));
      if (!r.mustHave().isEmpty()) {
        b.append("  must-have ").append(String.join(",", r.mustHave()));
      }
      r.fromLevel().ifPresent(l -> b.append("  from ").append(l));
      if (r.checksCompensation()) {
        b.append("  checks compensation");
      }
      out.println(b);
      out.printf(Locale.ROOT, "      persona: severity %+.2f, noise %.2f, cut width %.2f, anchoring %.2f%s%n",
          p.severity(), p.noise(), p.cutWidth(), p.anchoring(), p.veto().map(v -> ", veto on " + v.target()).orElse(""));
    }
  }
}
