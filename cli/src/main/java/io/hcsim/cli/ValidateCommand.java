package io.hcsim.cli;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.FileReference;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Printable;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.Source;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.profile.CandidateProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `hcsim validate`: checks a profile or loop file and shows what hcsim understood. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a candidate-profile or loop file (YAML or JSON), or show a bundled one by name.",
        "",
        "Prints what hcsim understood, including the defaults it filled in, and exits 0;",
        "or prints each problem on one line (file, place, what is expected) and exits 2."})
final class ValidateCommand implements Callable<Integer> {
  /** The width of every label in a profile's description: the longest competency id fits. */
  private static final int LABEL = 24;
  /** How much of a profile's notes to echo, and the width to wrap them at. */
  private static final int NOTES_MAX = 200;
  private static final int NOTES_WIDTH = 72;

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE|NAME",
      description = "The profile or loop file (a loop is recognised by its 'rounds'), or a bundled profile or loop name.")
  String file;

  @Override
  public Integer call() throws Exception {
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Read read = read(library, err);
    if (read.kind() == DocumentKind.LOOP) {
      Loaded<Loop> loop = library.loop(read.source());
      loop.warnings().forEach(w -> err.println("warning: " + Printable.escape(w)));
      describe(loop.value(), library.catalogue(), out);
    } else {
      Loaded<CandidateProfile> profile = library.profile(read.source(), null);
      profile.warnings().forEach(w -> err.println("warning: " + Printable.escape(w)));
      describe(profile.value(), library.catalogue(), out);
    }
    out.printf("%s is valid.%n", file);
    return Main.OK;
  }

  /** A document read once, and what kind it is. */
  private record Read(Source source, DocumentKind kind) {}

  /**
   * The bundled profile or loop {@code file} names, or the file, read once. As everywhere else, a
   * bundled name always means the bundled entry; a bare word that is neither is a misspelt name.
   */
  private Read read(Library library, PrintWriter err) throws InvalidInputException {
    if (file.isEmpty()) {
      throw new BadArgumentException("FILE: empty; give a file or a bundled name (see 'hcsim profiles', 'hcsim loops')");
    }
    Catalogue catalogue = library.catalogue();
    library.sameNamedFile(file).ifPresent(note -> err.println("note: " + note));
    if (catalogue.bundledProfiles().contains(file)) {
      return new Read(library.profileSource(file), DocumentKind.PROFILE);
    }
    if (catalogue.bundledLoops().contains(file)) {
      return new Read(library.loopSource(file), DocumentKind.LOOP);
    }
    Path path = FileReference.path(null, file, file, "", "FILE");
    if (!FileReference.present(path) && FileReference.bareWord(file)) {
      List<String> names = new ArrayList<>(catalogue.bundledProfiles());
      names.addAll(catalogue.bundledLoops());
      throw InvalidInputException.of(file, "", Suggestions.unknown("bundled profile or loop", file, names)
          + " (or give the path of a YAML or JSON file)");
    }
    Source source = DocumentReader.load(path, "a candidate profile or a loop");
    DocumentKind.Verdict verdict = DocumentKind.of(source);
    boolean anyKey = !verdict.loopKeys().isEmpty() || !verdict.profileKeys().isEmpty();
    if (verdict.kind() == DocumentKind.UNKNOWN && anyKey) {
      throw InvalidInputException.of(file, "", "cannot tell whether this is a candidate profile or a loop: "
          + verdict.why() + "; expected the keys of one of them");
    }
    // A document with no key of either kind is read as a profile, whose reader says what it lacks.
    return new Read(source, verdict.kind() == DocumentKind.LOOP ? DocumentKind.LOOP : DocumentKind.PROFILE);
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf("  %-" + LABEL + "s %s%n", label, value);
  }

  private static void describe(CandidateProfile p, Catalogue catalogue, PrintWriter out) {
    out.printf("Candidate profile: %s%n", p.name());
    row(out, "target level", String.format(Locale.ROOT, "%s (bar %.1f)", p.targetLevel().id(), p.targetLevel().bar()));
    for (Competency c : catalogue.competencies().all()) {
      String filled = p.filledFromPool().contains(c.id()) ? "  (not given: applicant-pool mean)" : "";
      row(out, c.id(), String.format(Locale.ROOT, "%.2f%s", p.proficiency().get(c.id()), filled));
    }
    row(out, "consistency", String.format(Locale.ROOT, "%.2f", p.consistency()));
    row(out, "uncertainty", p.uncertainty() > 0
        ? String.format(Locale.ROOT, "%.2f (each run draws you around these numbers)", p.uncertainty())
        : "0 (the numbers above taken as exact)");
    row(out, "preparation response", String.format(Locale.ROOT, "%.2f (1 typical; how much preparation helps you)",
        p.preparationResponse()));
    String currency = catalogue.levels().currency();
    row(out, "compensation", p.compensationExpectation().isPresent()
        ? String.format(Locale.ROOT, "%,d %s a year", p.compensationExpectation().getAsLong(), currency)
        : "not given (not weighed at the recruiter screen)");
    row(out, "current pay", p.currentCompensation().isPresent()
        ? String.format(Locale.ROOT, "%,d %s a year (offers start from it)", p.currentCompensation().getAsLong(), currency)
        : "not given (offers placed by the signal alone)");
    StringBuilder offers = new StringBuilder(Integer.toString(p.competingOfferCount()));
    if (!p.competingOfferAmounts().isEmpty()) {
      offers.append(" (").append(String.join(", ", p.competingOfferAmounts().stream()
          .map(a -> String.format(Locale.ROOT, "%,d", a)).toList())).append(' ').append(currency).append(')');
    }
    row(out, "competing offers", offers.toString());
    List<String> notes = wrap(p.notes());
    row(out, "notes", notes.isEmpty() ? "none" : notes.get(0));
    notes.stream().skip(1).forEach(line -> row(out, "", line));
  }

  /** The notes on one line or a few, whitespace collapsed and cut after {@link #NOTES_MAX} characters. */
  private static List<String> wrap(String notes) {
    String text = notes == null ? "" : Printable.escape(notes.replaceAll("\\s+", " ").strip());
    if (text.length() > NOTES_MAX) {
      text = text.substring(0, NOTES_MAX).stripTrailing() + " ...";
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.isEmpty() ? new String[0] : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > NOTES_WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void describe(Loop loop, Catalogue catalogue, PrintWriter out) {
    out.printf("Loop: %s (%s)%n", loop.name(), loop.id());
    out.printf(Locale.ROOT, "  noise: loop form SD %.2f, round form SD %.2f; earlier feedback %s%n", loop.loopFormSd(),
        loop.roundFormSd(), loop.showEarlierFeedback()
            ? String.format(Locale.ROOT, "visible (anchoring; rater noise x %.2f after reading)", loop.noiseAfterReading())
            : "hidden");
    var c = loop.committee();
    out.printf(Locale.ROOT, "  committee: rule %s, confidence %.2f, hold margin %.2f, hold SD %.2f, levels -%d/+%d%n",
        c.rule().id(), c.confidence(), c.holdMargin(), c.holdSd(), c.levelsBelow(), c.levelsAbove());
    out.printf(Locale.ROOT, "  up-levels need %.2f; the owner goes on while P(overall >= lowest offerable bar) >= %.2f; "
        + "pay concern scale %.2f; offers start from current pay + %.0f%%; competing offer step %.2f; severity correction %.2f%n",
        c.upLevelConfidence(), c.continueAbove(), c.compensationScale(), 100 * c.typicalRaise(), c.competingOfferStep(),
        c.severityCorrection());
    loop.textVariant().ifPresent(v -> out.printf("  texts: the catalogue's '%s' variant%n", v));
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
      r.continueAbove().ifPresent(x -> b.append(String.format(Locale.ROOT, "  goes on above %.2f", x)));
      r.daysAfterPrevious().ifPresent(d -> b.append(String.format(Locale.ROOT, "  %s-%s days after (mode %s)",
          Problems.fmt(d.min()), Problems.fmt(d.max()), Problems.fmt(d.mode()))));
      out.println(b);
      out.printf(Locale.ROOT, "      persona: severity %+.2f, noise %.2f, cut width %.2f, anchoring %.2f%s%n",
          p.severity(), p.noise(), p.cutWidth(), p.anchoring(), p.veto().map(v -> ", veto on " + v.target() + v.fromLevel().map(l -> " from " + l).orElse("")).orElse(""));
    }
  }
}
