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
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Columns;
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
  @Mixin LanguageOption language;

  @Parameters(index = "0", paramLabel = "FILE|NAME",
      description = "The profile or loop file (a loop is recognised by its 'rounds'), or a bundled profile or loop name.")
  String file;

  @Override
  public Integer call() throws Exception {
    Messages m = language.messages();
    Library library = Library.bundled();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Read read = read(library, err);
    if (read.kind() == DocumentKind.LOOP) {
      Loaded<Loop> loop = library.loop(read.source());
      loop.warnings().forEach(w -> err.println("warning: " + Printable.escape(w)));
      new Description(m, library.catalogue(), out).loop(loop.value(), file);
    } else {
      Loaded<CandidateProfile> profile = library.profile(read.source(), null);
      profile.warnings().forEach(w -> err.println("warning: " + Printable.escape(w)));
      new Description(m, library.catalogue(), out).profile(profile.value(), file);
    }
    out.println(m.get("validate.valid", file));
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

  /** What hcsim understood of a profile or a loop, in the language of {@code m}. */
  private record Description(Messages m, Catalogue catalogue, PrintWriter out) {
    private void row(String label, String value) {
      out.println("  " + Columns.left(label, LABEL) + " " + value);
    }

    /** A competency's label: its id in English (the file's key), its name in Chinese. */
    private String competency(String id) {
      return m.chinese() ? m.competency(catalogue, id) : id;
    }

    void profile(CandidateProfile p, String ref) {
      out.println(m.get("validate.profile", m.profileName(ref, p.name())));
      row(m.get("validate.target"), m.get("validate.targetValue", p.targetLevel().id(), p.targetLevel().bar()));
      for (Competency c : catalogue.competencies().all()) {
        String filled = p.filledFromPool().contains(c.id()) ? m.get("validate.fromPool") : "";
        row(competency(c.id()), m.get("validate.number", p.proficiency().get(c.id())) + filled);
      }
      row(m.get("validate.readiness"), m.get(p.readiness() == CandidateProfile.UNSTATED_READINESS
          ? "validate.readinessUntrained" : "validate.readinessValue", p.readiness()));
      row(m.get("validate.consistency"), m.get("validate.number", p.consistency()));
      double uncertainty = p.selfAssessment().uncertainty();
      row(m.get("validate.uncertainty"), uncertainty > 0 ? m.get("validate.uncertaintyDrawn", uncertainty)
          : m.get("validate.uncertaintyNone"));
      double leniency = p.selfAssessment().leniency();
      row(m.get("validate.leniency"), leniency != 0 ? m.get("validate.leniencyApplied", leniency)
          : m.get("validate.leniencyNone"));
      row(m.get("validate.response"), m.get("validate.responseValue", p.preparationResponse()));
      String currency = catalogue.levels().currency();
      row(m.get("validate.compensation"), p.compensationExpectation().isPresent()
          ? m.get("validate.compensationValue", m.amount(p.compensationExpectation().getAsLong()), currency)
          : m.get("validate.compensationNone"));
      row(m.get("validate.current"), p.currentCompensation().isPresent()
          ? m.get("validate.currentValue", m.amount(p.currentCompensation().getAsLong()), currency)
          : m.get("validate.currentNone"));
      String offers = Integer.toString(p.competingOfferCount());
      if (!p.competingOfferAmounts().isEmpty()) {
        offers += m.get("validate.amounts", m.join(p.competingOfferAmounts().stream().map(m::amount).toList()), currency);
      }
      row(m.get("validate.competing"), offers);
      row(m.get("validate.background"), p.background().isEmpty() ? m.get("validate.backgroundNone")
          : m.join(p.background().stream().map(b -> m.get("background." + b.id())).toList()));
      List<String> notes = wrap(m.profileNotes(ref, p.notes() == null ? "" : p.notes()));
      row(m.get("validate.notes"), notes.isEmpty() ? m.get("validate.none") : notes.get(0));
      notes.stream().skip(1).forEach(line -> row("", line));
    }

    void loop(Loop loop, String ref) {
      out.println(m.get("validate.loop", m.loopName(ref, loop.name()), loop.id()));
      out.println("  " + m.get("validate.noise", loop.loopFormSd(), loop.roundFormSd(), loop.showEarlierFeedback()
          ? m.get("validate.visible", loop.noiseAfterReading()) : m.get("validate.hidden")));
      var c = loop.committee();
      out.println("  " + m.get("validate.committee", m.get("sim.rule." + c.rule().id()), c.confidence(), c.holdMargin(),
          c.holdSd(), c.levelsBelow(), c.levelsAbove()));
      out.println("  " + m.get("validate.policy", c.upLevelConfidence(), c.continueAbove(), c.compensationScale(),
          100 * c.typicalRaise(), c.competingOfferStep(), c.severityCorrection()));
      loop.textVariant().ifPresent(v -> out.println("  " + m.get("validate.texts", v)));
      StringBuilder weights = new StringBuilder("  " + m.get("validate.weights"));
      for (Map.Entry<String, Double> e : loop.roleWeights().entrySet()) {
        weights.append(String.format(Locale.ROOT, " %s %.3f", competency(e.getKey()), e.getValue()));
      }
      out.println(weights);
      for (int k = 0; k < loop.rounds().size(); k++) {
        Round r = loop.rounds().get(k);
        Persona p = loop.persona(r);
        StringBuilder b = new StringBuilder("  ");
        b.append(m.get("validate.round", Columns.left(m.roundRef(ref, r, k + 1), 18),
            Columns.left(m.chinese() ? m.persona(p) : p.id(), 18), r.hours()));
        if (r.decides()) {
          b.append(m.get("validate.decides"));
        } else {
          b.append(m.get("validate.focus"));
          r.focus().forEach((id, w) -> b.append(String.format(Locale.ROOT, " %s %.2f", competency(id), w)));
        }
        r.gate().ifPresent(g -> b.append(m.get("validate.gate", m.chinese() ? m.rating(g.minimum()) : g.minimum().name())));
        if (!r.mustHave().isEmpty()) {
          b.append(m.get("validate.mustHave", String.join(m.chinese() ? "、" : ",",
              r.mustHave().stream().map(this::competency).toList())));
        }
        r.fromLevel().ifPresent(l -> b.append(m.get("validate.from", l)));
        if (r.checksCompensation()) {
          b.append(m.get("validate.checksPay"));
        }
        r.continueAbove().ifPresent(x -> b.append(m.get("validate.goesOn", x)));
        r.daysAfterPrevious().ifPresent(d -> b.append(m.get("validate.days",
            Problems.fmt(d.min()), Problems.fmt(d.max()), Problems.fmt(d.mode()))));
        out.println(b);
        out.println("      " + m.get("validate.persona", p.severity(), p.noise(), p.cutWidth(), p.anchoring(),
            p.veto().map(v -> m.get("validate.veto", catalogue.competencies().byId(v.target()).isPresent()
                ? competency(v.target()) : m.get("validate.vetoOn." + v.target())) + v.fromLevel().map(l -> m.get("validate.vetoFrom", l)).orElse(""))
                .orElse("")));
      }
    }
  }

  /**
   * The notes on one line or a few, whitespace collapsed and cut after {@link #NOTES_MAX}
   * characters: broken at spaces, or (Chinese, which has none) every {@link #NOTES_WIDTH} / 2 characters.
   */
  private static List<String> wrap(String notes) {
    String text = notes == null ? "" : Printable.escape(notes.replaceAll("\\s+", " ").strip());
    if (text.length() > NOTES_MAX) {
      text = text.substring(0, NOTES_MAX).stripTrailing() + " ...";
    }
    List<String> lines = new ArrayList<>();
    if (!text.isEmpty() && text.indexOf(' ') < 0 && Columns.width(text) > text.length()) {
      for (int i = 0; i < text.length(); i += NOTES_WIDTH / 2) {
        lines.add(text.substring(i, Math.min(text.length(), i + NOTES_WIDTH / 2)));
      }
      return lines;
    }
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
}
