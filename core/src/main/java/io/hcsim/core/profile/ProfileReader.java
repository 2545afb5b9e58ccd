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
  public static final String WHAT = "a candidate profile (keys: name, targetLevel, proficiency, consistency, uncertainty, "
      + "compensationExpectation, currentCompensation, competingOffers, preparationResponse, notes)";
  /** The largest uncertainty a profile may state: a pool SD and a half. */
  static final double MAX_UNCERTAINTY = 1.0;
  /** How much preparation helps, relative to a typical candidate: half as much to half as much again. */
  static final double MIN_RESPONSE = 0.5;
  static final double MAX_RESPONSE = 1.5;
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
    // With a target given from outside (--target-level) the file's own is optional, but checked if there.
    Level target = null;
    if (targetOverride == null || f.targetLevel() != null) {
      target = catalogue.levels().check(f.targetLevel(), "targetLevel", p);
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
    double uncertainty = 0;
    if (f.uncertainty() != null && p.range(f.uncertainty(), "uncertainty", 0, MAX_UNCERTAINTY)) {
      uncertainty = f.uncertainty();
    }
    double response = 1;
    if (f.preparationResponse() != null
        && p.range(f.preparationResponse(), "preparationResponse", MIN_RESPONSE, MAX_RESPONSE)) {
      response = f.preparationResponse();
    }
    OptionalLong compensation = amount(f.compensationExpectation(), "compensationExpectation", p);
    if (f.compensationExpectation() == null) {
      warnings.add(file + ": compensationExpectation not given; the recruiter screen will not weigh it");
    }
    OptionalLong current = amount(f.currentCompensation(), "currentCompensation", p);
    List<Long> amounts = new ArrayList<>();
    int competing = competingOffers(f.competingOffers(), p, amounts);
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
        f.name(), target, proficiency.buildOrThrow(), consistency, uncertainty, compensation, current, competing,
        ImmutableList.copyOf(amounts), f.notes() == null ? "" : f.notes().strip(), response,
        ImmutableSet.copyOf(filled));
    return new Loaded<>(profile, ImmutableList.copyOf(warnings));
  }

  /** A yearly amount in range, or empty (with a problem when it is out of range). */
  private OptionalLong amount(Long value, String path, Problems p) {
    if (value == null) {
      return OptionalLong.empty();
    }
    if (value < 0 || value > MAX_COMPENSATION) {
      p.add(path, value + " is out of range; expected 0 to " + MAX_COMPENSATION + " (" + catalogue.levels().currency()
          + " a year)");
      return OptionalLong.empty();
    }
    return OptionalLong.of(value);
  }

  /**
   * Checks {@code competingOffers}: a whole count (returned), or a list of {@code {amount: N}}
   * whose amounts go into {@code amounts} (0 returned).
   */
  private int competingOffers(Object value, Problems p, List<Long> amounts) {
    String path = "competingOffers";
    String expected = "a count 0 to " + MAX_COMPETING_OFFERS + ", or a list of offers such as [{amount: 950000}]";
    if (value == null) {
      return 0;
    }
    if (value instanceof Integer || value instanceof Long) {
      long n = ((Number) value).longValue();
      if (n < 0 || n > MAX_COMPETING_OFFERS) {
        p.add(path, n + " is out of range; expected 0 to " + MAX_COMPETING_OFFERS);
        return 0;
      }
      return (int) n;
    }
    if (!(value instanceof List<?> list)) {
      p.add(path, "found " + describe(value) + "; expected " + expected);
      return 0;
    }
    if (list.size() > MAX_COMPETING_OFFERS) {
      p.add(path, list.size() + " offers; expected at most " + MAX_COMPETING_OFFERS);
    }
    for (int i = 0; i < list.size(); i++) {
      String at = path + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> offer)) {
        p.add(at, "found " + describe(list.get(i)) + "; expected an offer such as {amount: 950000}");
        continue;
      }
      for (Object key : offer.keySet()) {
        if (!"amount".equals(key)) {
          p.add(at + "." + key, Suggestions.unknown("key", String.valueOf(key), List.of("amount")));
        }
      }
      Object amount = offer.get("amount");
      if (amount instanceof Integer || amount instanceof Long) {
        amount(((Number) amount).longValue(), at + ".amount", p).ifPresent(amounts::add);
      } else {
        p.add(at + ".amount", (amount == null ? "missing" : "found " + describe(amount))
            + "; expected a yearly amount in " + catalogue.levels().currency() + ", such as 950000");
      }
    }
    return 0;
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "text '" + s + "'";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping of keys";
    }
    return value instanceof List<?> ? "a list" : "the value " + value;
  }
}
