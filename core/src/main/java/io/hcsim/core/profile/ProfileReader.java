package io.hcsim.core.profile;

import io.hcsim.core.background.Background;
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
import io.hcsim.core.pay.CompetingPackage;
import io.hcsim.core.pay.HeldPackage;
import io.hcsim.core.pay.OfferPackage;
import io.hcsim.core.pay.PayStructure;
import io.hcsim.core.pool.SelfAssessmentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads and validates a candidate-profile file. Every problem is reported with its key path; a
 * competency the file leaves out takes the applicant-pool mean for the target level, with a
 * warning.
 */
public final class ProfileReader extends ValidatingReader<ProfileFile, CandidateProfile> {
  public static final String WHAT = "a candidate profile (keys: name, targetLevel, proficiency, consistency, uncertainty, leniency, readiness, "
      + "compensationExpectation, expectationMeasure, currentCompensation, currentPackage, competingOffers, "
      + "preparationResponse, notes, background)";
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
    // A profile that states neither takes the pool's typical self-assessment error, each part on its own.
    SelfAssessmentError typical = catalogue.pool().selfAssessment();
    double uncertainty = typical.uncertainty();
    if (f.uncertainty() != null && p.range(f.uncertainty(), "uncertainty", 0, SelfAssessmentError.MAX_UNCERTAINTY)) {
      uncertainty = f.uncertainty();
    }
    double leniency = typical.leniency();
    if (f.leniency() != null && p.range(f.leniency(), "leniency",
        SelfAssessmentError.MIN_LENIENCY, SelfAssessmentError.MAX_LENIENCY)) {
      leniency = f.leniency();
    }
    double readiness = CandidateProfile.UNSTATED_READINESS;
    if (f.readiness() != null && p.range(f.readiness(), "readiness",
        CandidateProfile.MIN_READINESS, CandidateProfile.MAX_READINESS)) {
      readiness = f.readiness();
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
    List<CompetingPackage> packages = new ArrayList<>();
    int competing = competingOffers(f.competingOffers(), p, amounts, packages);
    Optional<HeldPackage> held = currentPackage(f.currentPackage(), p);
    ExpectationMeasure measure = measure(f.expectationMeasure(), p);
    ImmutableSet<Background> background = background(f.background(), p);
    p.throwIfAny();
    if (current.isEmpty() && held.isPresent()) {
      // The stock still to vest is not a year's pay: the offer is anchored on the cash alone.
      current = OptionalLong.of(held.get().yearOneCash());
    }
    OptionalLong asTotal = compensation;
    if (measure == ExpectationMeasure.YEAR_ONE_CASH && compensation.isPresent()) {
      Optional<PayStructure> structure = catalogue.levels().pay(target);
      if (structure.isEmpty()) {
        p.add("expectationMeasure", "the catalogue gives no pay structure for " + target.id()
            + ", so year-one cash cannot be compared; use total");
        p.throwIfAny();
      }
      asTotal = OptionalLong.of(structure.get().totalForCash(compensation.getAsLong()));
    }

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
        f.name(), target, proficiency.buildOrThrow(), consistency, new SelfAssessmentError(leniency, uncertainty), readiness, compensation, current, competing,
        ImmutableList.copyOf(amounts), ImmutableList.copyOf(packages), held, measure, asTotal, f.notes() == null ? "" : f.notes().strip(), response,
        ImmutableSet.copyOf(filled), background);
    return new Loaded<>(profile, ImmutableList.copyOf(warnings));
  }

  /** Where the candidate has worked, each a known background; empty when not given (no note is then ruled out). */
  private static ImmutableSet<Background> background(List<String> given, Problems p) {
    if (given == null) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<Background> out = ImmutableSet.builder();
    for (int i = 0; i < given.size(); i++) {
      String path = "background[" + i + "]";
      if (given.get(i) == null) {
        p.add(path, "missing; expected one of " + String.join(", ", Background.ids()));
      } else if (p.known(given.get(i), path, "background", Background.ids())) {
        out.add(Background.of(given.get(i)).orElseThrow());
      }
    }
    return out.build();
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
   * Checks {@code competingOffers}: a whole count (returned), or a list of offers, each {@code
   * {amount: N}} or a package {@code {base, bonus, stock}}, whose yearly totals go into {@code
   * amounts} and packages into {@code packages} (0 returned).
   */
  private int competingOffers(Object value, Problems p, List<Long> amounts, List<CompetingPackage> packages) {
    String path = "competingOffers";
    String expected = "a count 0 to " + MAX_COMPETING_OFFERS
        + ", or a list of offers such as [{amount: 950000}] or [{base: 600000, bonus: 150000, stock: 800000}]";
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
      if (OFFER_PARTS.stream().anyMatch(offer::containsKey)) {
        long[] parts = parts(offer, at, OFFER_PARTS, p);
        if (parts != null) {
          CompetingPackage c = new CompetingPackage(parts[0], parts[1], parts[2]);
          packages.add(c);
          amounts.add(c.yearlyTotal());
        }
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

  private static final List<String> OFFER_PARTS = List.of("base", "bonus", "stock");
  private static final List<String> HELD_PARTS = List.of("base", "bonus", "unvestedStock");

  /** {@code currentPackage}: {@code {base, bonus, unvestedStock}}, or empty when not given. */
  private Optional<HeldPackage> currentPackage(Object value, Problems p) {
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?> map)) {
      p.add("currentPackage", "found " + describe(value)
          + "; expected {base: 500000, bonus: 100000, unvestedStock: 300000} (yearly base and bonus, stock still to vest)");
      return Optional.empty();
    }
    long[] parts = parts(map, "currentPackage", HELD_PARTS, p);
    return parts == null ? Optional.empty() : Optional.of(new HeldPackage(parts[0], parts[1], parts[2]));
  }

  /**
   * The amounts of a package's {@code keys} (base required, the rest 0 when left out), or null
   * with a problem per bad key: an unknown key, a negative amount, or stock worth more over four
   * years than four years at the top of the highest band.
   */
  private long[] parts(Map<?, ?> map, String path, List<String> keys, Problems p) {
    boolean ok = true;
    for (Object key : map.keySet()) {
      if (!keys.contains(String.valueOf(key))) {
        p.add(path + "." + key, Suggestions.unknown("key", String.valueOf(key), keys));
        ok = false;
      }
    }
    long[] out = new long[keys.size()];
    long stockLimit = OfferPackage.HORIZON_YEARS * catalogue.levels().highestBandTop();
    for (int k = 0; k < keys.size(); k++) {
      String at = path + "." + keys.get(k);
      Object v = map.get(keys.get(k));
      if (v == null && k > 0) {
        continue;
      }
      if (!(v instanceof Integer || v instanceof Long)) {
        p.add(at, (v == null ? "missing" : "found " + describe(v)) + "; expected an amount in "
            + catalogue.levels().currency() + ", such as 600000");
        ok = false;
        continue;
      }
      long amount = ((Number) v).longValue();
      boolean stock = k == 2;
      if (amount < 0) {
        p.add(at, amount + " is negative; expected an amount of at least 0");
        ok = false;
      } else if (stock && amount > stockLimit) {
        p.add(at, String.format(Locale.ROOT, "%,d is a larger grant than four years at the top of any band (%,d %s); "
            + "expected the whole grant, such as 800000", amount, stockLimit, catalogue.levels().currency()));
        ok = false;
      } else if (!stock && amount > MAX_COMPENSATION) {
        p.add(at, amount + " is out of range; expected 0 to " + MAX_COMPENSATION + " (" + catalogue.levels().currency()
            + " a year)");
        ok = false;
      } else {
        out[k] = amount;
      }
    }
    return ok ? out : null;
  }

  private static ExpectationMeasure measure(String value, Problems p) {
    if (value == null) {
      return ExpectationMeasure.TOTAL;
    }
    for (ExpectationMeasure m : ExpectationMeasure.values()) {
      if (m.id().equals(value)) {
        return m;
      }
    }
    p.add("expectationMeasure", Suggestions.unknown("measure", value,
        List.of(ExpectationMeasure.TOTAL.id(), ExpectationMeasure.YEAR_ONE_CASH.id())));
    return ExpectationMeasure.TOTAL;
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
