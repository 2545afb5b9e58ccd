package io.hcsim.core.profile;

import static io.hcsim.core.files.Problems.fmtRange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.files.Document;
import io.hcsim.core.files.ValidatingReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.level.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads and validates a candidate-profile file. Every problem is reported with its key path; a
 * competency the file leaves out takes the applicant-pool mean for the target level, with a
 * warning.
 */
public final class ProfileReader extends ValidatingReader<ProfileFile, CandidateProfile> {
  public static final String WHAT = "a candidate profile (keys: name, targetLevel, proficiency, consistency, "
      + "compensationExpectation, competingOffers, notes)";
  private static final long MAX_COMPENSATION = 100_000_000L;
  private static final int MAX_COMPETING_OFFERS = 20;

  private final Catalogue catalogue;
  private final Level targetOverride;

  public ProfileReader(Catalogue catalogue) {
    this(catalogue, null);
  }

  /**
   * A reader that applies the candidate to {@code targetOverride} instead of the file's target
   * level (the command line's --target-level); competencies the file leaves out then take that
   * level's pool mean.
   */
  public ProfileReader(Catalogue catalogue, Level targetOverride) {
    super(ProfileFile.class, WHAT);
    this.catalogue = catalogue;
    this.targetOverride = targetOverride;
  }

  @Override
  protected Loaded<CandidateProfile> validate(Document<ProfileFile> document) throws InvalidInputException {
    String file = document.file();
    ProfileFile f = document.value();
    Problems p = document.problems();
    List<String> warnings = new ArrayList<>();
    p.name(f.name(), "name", "the candidate's name or a label");
    Level target = null;
    List<String> levels = catalogue.levels().ids();
    // With a target given from outside (--target-level) the file's own is optional, but checked if there.
    boolean hasTarget = targetOverride == null
        ? p.require(f.targetLevel(), "targetLevel", "one of " + String.join(", ", levels))
        : f.targetLevel() != null;
    if (hasTarget) {
      // "p7" is read as P7, as the command line's --target-level is
      target = catalogue.levels().byId(f.targetLevel().strip().toUpperCase(Locale.ROOT)).orElse(null);
      if (target == null) {
        p.add("targetLevel", Suggestions.unknown("level", f.targetLevel(), levels));
      }
    }
    if (targetOverride != null) {
      target = targetOverride;
    }
    Map<String, Double> given = f.proficiency() == null ? Map.of() : f.proficiency();
    for (Map.Entry<String, Double> e : given.entrySet()) {
      String path = "proficiency." + e.getKey();
      if (catalogue.competencies().check(e.getKey(), path, p)
          && p.require(e.getValue(), path, "a proficiency " + fmtRange(Proficiency.MIN, Proficiency.MAX))) {
        p.range(e.getValue(), path, Proficiency.MIN, Proficiency.MAX);
      }
    }
    double consistency = catalogue.pool().consistency();
    if (f.consistency() == null) {
      warnings.add(file + ": consistency not given; using the typical " + consistency);
    } else if (p.range(f.consistency(), "consistency", 0, 1)) {
      consistency = f.consistency();
    }
    OptionalLong compensation = OptionalLong.empty();
    if (f.compensationExpectation() == null) {
      warnings.add(file + ": compensationExpectation not given; the recruiter screen will not weigh it");
    } else if (f.compensationExpectation() < 0 || f.compensationExpectation() > MAX_COMPENSATION) {
      p.add("compensationExpectation", f.compensationExpectation() + " is out of range; expected 0 to "
          + MAX_COMPENSATION + " (" + catalogue.levels().currency() + " a year)");
    } else {
      compensation = OptionalLong.of(f.compensationExpectation());
    }
    int competing = f.competingOffers() == null ? 0 : f.competingOffers();
    if (competing < 0 || competing > MAX_COMPETING_OFFERS) {
      p.add("competingOffers", competing + " is out of range; expected 0 to " + MAX_COMPETING_OFFERS);
    }
    p.throwIfAny();

    ImmutableMap.Builder<String, Double> proficiency = ImmutableMap.builder();
    List<String> filled = new ArrayList<>();
    double poolMean = Proficiency.clamp(catalogue.pool().mean(target));
    for (Competency c : catalogue.competencies().all()) {
      Double v = given.get(c.id());
      if (v == null) {
        filled.add(c.id());
        proficiency.put(c.id(), poolMean);
      } else {
        proficiency.put(c.id(), v);
      }
    }
    if (!filled.isEmpty()) {
      warnings.add(String.format(Locale.ROOT,
          "%s: no proficiency given for %s; using the applicant-pool mean for %s (%.2f)",
          file, String.join(", ", filled), target.id(), poolMean));
    }
    CandidateProfile profile = new CandidateProfile(
        f.name(), target, proficiency.buildOrThrow(), consistency, compensation, competing,
        f.notes() == null ? "" : f.notes().strip(), ImmutableSet.copyOf(filled));
    return new Loaded<>(profile, ImmutableList.copyOf(warnings));
  }
}
