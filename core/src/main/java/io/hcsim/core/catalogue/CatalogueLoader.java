package io.hcsim.core.catalogue;

import static io.hcsim.core.files.Problems.fmt;
import static io.hcsim.core.files.Problems.fmtRange;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.catalogue.CatalogueFiles.ActivityEntry;
import io.hcsim.core.catalogue.CatalogueFiles.BandEntry;
import io.hcsim.core.catalogue.CatalogueFiles.CompetencyEntry;
import io.hcsim.core.catalogue.CatalogueFiles.LevelEntry;
import io.hcsim.core.catalogue.CatalogueFiles.Note;
import io.hcsim.core.catalogue.CatalogueFiles.QuestionEntry;
import io.hcsim.core.catalogue.CatalogueFiles.StrategyEntry;
import io.hcsim.core.competency.Competencies;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Problems;
import io.hcsim.core.level.Band;
import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.pay.PayStructure;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.persona.PersonaEntry;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Limits;
import io.hcsim.core.prep.Phase;
import io.hcsim.core.prep.Strategy;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads the catalogue bundled in hcsim's resources, validating it as strictly as a user's file:
 * a broken bundled file is a bug, caught by the tests.
 */
public final class CatalogueLoader {
  /** Where the bundled catalogue lives on the class path. */
  public static final String ROOT = "/hcsim/catalogue/";

  /** The bundled catalogue, loaded once, by whichever thread asks first (see {@link #preload}). */
  private static final FutureTask<Catalogue> BUNDLED = new FutureTask<>(() -> new CatalogueLoader().load());

  private final DocumentReader reader = new DocumentReader();

  /** The bundled catalogue, loaded once; waits if another thread is loading it. */
  public static Catalogue bundled() {
    BUNDLED.run(); // nothing to do if it is loading or loaded
    try {
      return BUNDLED.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the bundled catalogue", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InvalidInputException bad) {
        throw new IllegalStateException("the bundled catalogue is broken:\n" + bad.getMessage(), bad);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Loads the bundled catalogue, then the parts a command will use, on a background thread: with a
   * second core, the reading overlaps whatever the caller does meanwhile (parsing the command
   * line). Whoever asks for the catalogue or a part before it is ready waits for it; a failure
   * is left for that caller to meet.
   */
  public static void preload(List<Consumer<Catalogue>> parts) {
    Thread t = new Thread(() -> {
      try {
        Catalogue c = bundled();
        parts.forEach(part -> part.accept(c));
      } catch (Throwable e) { // met again, and reported, where the command asks for what failed here
      }
    }, "hcsim-preload");
    t.setDaemon(true);
    t.start();
  }

  /** The bytes of a bundled resource under {@link #ROOT}. */
  public static byte[] resource(String relative) throws InvalidInputException {
    try (InputStream in = CatalogueLoader.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw InvalidInputException.of(ROOT + relative, "", "bundled resource is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw InvalidInputException.of(ROOT + relative, "", "cannot be read: " + e.getMessage());
    }
  }

  /**
   * The catalogue's own files and the records they bind to. They are bound without the scan a
   * user's file gets (its loops and profiles are read as a user's); the tests scan every one.
   */
  static final ImmutableMap<String, Class<?>> FILES = ImmutableMap.<String, Class<?>>builder()
      .put("catalogue.yaml", CatalogueFiles.Index.class)
      .put("competencies.yaml", CatalogueFiles.CompetencyList.class)
      .put("levels.yaml", CatalogueFiles.LevelList.class)
      .put("pool.yaml", CatalogueFiles.PoolEntry.class)
      .put("personas.yaml", CatalogueFiles.PersonaList.class)
      .put("rubrics.yaml", CatalogueFiles.RubricBank.class)
      .put("questions.yaml", CatalogueFiles.QuestionBank.class)
      .put("preparation.yaml", CatalogueFiles.PreparationList.class)
      .buildOrThrow();

  <T> T read(String relative, Class<T> type, String what) throws InvalidInputException {
    if (FILES.get(relative) != type) {
      throw new IllegalArgumentException(relative + " is not listed as a " + type.getSimpleName() + " in FILES");
    }
    return reader.parseBundled(ROOT + relative, resource(relative), type, what);
  }

  public Catalogue load() throws InvalidInputException {
    CatalogueFiles.Index index = read("catalogue.yaml", CatalogueFiles.Index.class, "the catalogue index");
    CatalogueFiles.CompetencyList competencyFile = read("competencies.yaml", CatalogueFiles.CompetencyList.class, "competencies");
    Competencies competencies = competencies(competencyFile);
    ImmutableMap<String, ImmutableMap<String, String>> variants = variants(competencyFile, competencies);
    Levels levels = levels(read("levels.yaml", CatalogueFiles.LevelList.class, "levels"));
    ApplicantPool pool = pool(read("pool.yaml", CatalogueFiles.PoolEntry.class, "the applicant pool"), competencies);
    ImmutableMap<String, Persona> personas =
        personas(read("personas.yaml", CatalogueFiles.PersonaList.class, "personas"), competencies, levels);
    Supplier<RubricBank> rubrics = lazily(() ->
        rubrics(read("rubrics.yaml", CatalogueFiles.RubricBank.class, "the rubric bank"), competencies, variants.keySet()));
    Supplier<QuestionBank> questions = lazily(() -> questions(
        read("questions.yaml", CatalogueFiles.QuestionBank.class, "the question bank"), competencies, personas, variants.keySet()));
    Supplier<Catalogue.Preparation> preparation = lazily(() -> {
      CatalogueFiles.PreparationList prep =
          read("preparation.yaml", CatalogueFiles.PreparationList.class, "preparation activities");
      ImmutableMap<String, Activity> activities = activities(prep, competencies);
      return new Catalogue.Preparation(activities, strategies(prep, activities), limits(prep.model()));
    });
    Problems p = new Problems(ROOT + "catalogue.yaml");
    p.require(index.loops(), "loops", "the bundled loop names");
    p.require(index.profiles(), "profiles", "the bundled profile names");
    p.throwIfAny();
    p.known(index.defaultLoop(), "defaultLoop", "loop", index.loops());
    p.known(index.defaultProfile(), "defaultProfile", "profile", index.profiles());
    p.throwIfAny();
    return new Catalogue(
        competencies, levels, pool, personas, rubrics, questions, preparation,
        ImmutableList.copyOf(index.loops()), ImmutableList.copyOf(index.profiles()),
        index.defaultLoop(), index.defaultProfile(), variants);
  }

  /** A part of the bundled catalogue read on first use; a broken bundled file is a bug. */
  private interface Part<T> {
    T load() throws InvalidInputException;
  }

  private static <T> Supplier<T> lazily(Part<T> part) {
    return Suppliers.memoize(() -> {
      try {
        return part.load();
      } catch (InvalidInputException e) {
        throw new IllegalStateException("the bundled catalogue is broken:\n" + e.getMessage(), e);
      }
    });
  }

  private static Competencies competencies(CatalogueFiles.CompetencyList file) throws InvalidInputException {
    Problems p = new Problems(ROOT + "competencies.yaml");
    Set<String> seen = new HashSet<>();
    ImmutableList.Builder<Competency> out = ImmutableList.builder();
    List<CompetencyEntry> entries = file.competencies() == null ? List.of() : file.competencies();
    for (int i = 0; i < entries.size(); i++) {
      CompetencyEntry e = entries.get(i);
      String path = "competencies[" + i + "]";
      boolean ok = p.require(e.id(), path + ".id", "an id") && p.require(e.en(), path + ".en", "an English name")
          && p.require(e.zh(), path + ".zh", "a Chinese name")
          && p.require(e.description(), path + ".description", "a description");
      if (ok && !seen.add(e.id())) {
        p.add(path + ".id", "duplicate competency id '" + e.id() + "'");
      } else if (ok) {
        out.add(new Competency(e.id(), e.en(), e.zh(), e.description()));
      }
    }
    if (entries.isEmpty()) {
      p.add("competencies", "at least one competency is needed");
    }
    p.throwIfAny();
    return new Competencies(out.build());
  }

  /** Text variants: variant, then competency, then the description that variant gives it (package-private for tests). */
  static ImmutableMap<String, ImmutableMap<String, String>> variants(
      CatalogueFiles.CompetencyList file, Competencies competencies) throws InvalidInputException {
    Problems p = new Problems(ROOT + "competencies.yaml");
    ImmutableMap.Builder<String, ImmutableMap<String, String>> out = ImmutableMap.builder();
    Map<String, Map<String, String>> all = file.variants() == null ? Map.of() : file.variants();
    all.forEach((variant, descriptions) -> {
      ImmutableMap.Builder<String, String> own = ImmutableMap.builder();
      if (p.require(descriptions, "variants." + variant, "a description per competency the variant changes")) {
        descriptions.forEach((id, text) -> {
          String path = "variants." + variant + "." + id;
          if (p.known(id, path, "competency", competencies.ids()) && p.require(text, path, "a description")) {
            own.put(id, text);
          }
        });
      }
      out.put(variant, own.buildOrThrow());
    });
    p.throwIfAny();
    return out.buildOrThrow();
  }

  static Levels levels(CatalogueFiles.LevelList file) throws InvalidInputException {
    Problems p = new Problems(ROOT + "levels.yaml");
    p.require(file.currency(), "currency", "a currency code such as CNY");
    ImmutableList.Builder<Level> out = ImmutableList.builder();
    Map<String, PayStructure> pay = new java.util.LinkedHashMap<>();
    List<LevelEntry> entries = file.levels() == null ? List.of() : file.levels();
    for (int i = 0; i < entries.size(); i++) {
      LevelEntry e = entries.get(i);
      String path = "levels[" + i + "]";
      boolean ok = p.require(e.id(), path + ".id", "an id such as P7")
          & p.require(e.rank(), path + ".rank", "a whole number")
          & (p.require(e.bar(), path + ".bar", "a bar " + fmtRange(1, 5)) && p.range(e.bar(), path + ".bar", 1, 5))
          & p.require(e.band(), path + ".band", "a band with low and high");
      if (ok) {
        BandEntry b = e.band();
        if (p.require(b.low(), path + ".band.low", "an amount") & p.require(b.high(), path + ".band.high", "an amount")) {
          if (b.low() < 0 || b.high() < b.low()) {
            p.add(path + ".band", "expected 0 <= low <= high");
          } else {
            out.add(new Level(e.id(), e.rank(), e.bar(), new Band(b.low(), b.high(), Boolean.TRUE.equals(b.assumed()))));
          }
        }
        if (e.pay() != null) {
          pay(e.pay(), path + ".pay", p).ifPresent(s -> pay.put(e.id(), s));
        }
      }
    }
    p.throwIfAny();
    return new Levels(out.build(), file.currency(), pay);
  }

  /** A level's pay structure, checked: months, a stock share under 1 and vesting adding to 100%. */
  private static java.util.Optional<PayStructure> pay(CatalogueFiles.PackageEntry e, String path, Problems p) {
    boolean ok = p.require(e.baseMonths(), path + ".baseMonths", "months of salary a year, 12 to 16")
        && p.range(e.baseMonths().doubleValue(), path + ".baseMonths", 12, 16);
    ok &= p.require(e.bonusMonths(), path + ".bonusMonths", "a target bonus in months of salary, 0 to 12")
        && p.range(e.bonusMonths(), path + ".bonusMonths", 0, 12);
    ok &= p.require(e.stockShare(), path + ".stockShare", "the share of the total paid in stock, 0 to 0.8")
        && p.range(e.stockShare(), path + ".stockShare", 0, 0.8);
    ok &= p.require(e.cliffMonths(), path + ".cliffMonths", "months before the first vest, 0 to 24")
        && p.range(e.cliffMonths().doubleValue(), path + ".cliffMonths", 0, 24);
    List<Integer> vesting = e.vesting();
    if (p.require(vesting, path + ".vesting", "percent vesting each year, adding to 100, such as [25, 25, 25, 25]")) {
      int sum = 0;
      boolean whole = !vesting.isEmpty() && vesting.size() <= 6;
      for (Integer v : vesting) {
        whole &= v != null && v >= 0;
        sum += v == null ? 0 : v;
      }
      if (!whole || sum != 100) {
        p.add(path + ".vesting", vesting + " adds to " + sum + "%; expected 1 to 6 yearly percentages of at least 0 "
            + "adding to 100, such as [25, 25, 25, 25]");
        ok = false;
      }
    }
    if (!ok) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new PayStructure(e.baseMonths(), e.bonusMonths(), e.stockShare(),
        ImmutableList.copyOf(vesting), e.cliffMonths(), Boolean.TRUE.equals(e.assumed())));
  }

  /** The applicant pool (package-private for tests). */
  static ApplicantPool pool(CatalogueFiles.PoolEntry e, Competencies competencies) throws InvalidInputException {
    Problems p = new Problems(ROOT + "pool.yaml");
    boolean ok = p.require(e.offsetFromBar(), "offsetFromBar", "a number") && p.range(e.offsetFromBar(), "offsetFromBar", -2, 2);
    ok &= p.require(e.sd(), "sd", "a number") && p.range(e.sd(), "sd", 0.05, 2);
    ok &= p.require(e.consistency(), "consistency", "a number") && p.range(e.consistency(), "consistency", 0, 1);
    CompetencyStructure structure = null;
    if (p.require(e.structure(), "structure", "the general factor's share and the clusters of competencies")) {
      structure = structure(e.structure(), competencies, p);
    }
    CatalogueFiles.SelfAssessmentEntry self = e.selfAssessment();
    if (p.require(self, "selfAssessment", "{agreement: 0.29, leniency: 0.2}: how far a self-assessment sits from the truth")) {
      if (p.require(self.agreement(), "selfAssessment.agreement", "the correlation of self-ratings with others', "
          + fmtRange(0, 1))) {
        p.range(self.agreement(), "selfAssessment.agreement", 0, 1);
      }
      if (p.require(self.leniency(), "selfAssessment.leniency", "how far self-ratings sit above interviewers', "
          + fmtRange(SelfAssessmentError.MIN_LENIENCY, SelfAssessmentError.MAX_LENIENCY))) {
        p.range(self.leniency(), "selfAssessment.leniency", SelfAssessmentError.MIN_LENIENCY, SelfAssessmentError.MAX_LENIENCY);
      }
    }
    p.throwIfAny();
    return new ApplicantPool(e.offsetFromBar(), e.sd(), structure, e.consistency(),
        new SelfAssessmentError(self.leniency(), SelfAssessmentError.uncertaintyFor(self.agreement(), e.sd())));
  }

  /**
   * pool.yaml's structure: every competency in exactly one cluster; each share from 0 to 0.9 and a
   * competency's general and cluster shares together at most 0.9 (a tenth at least its own, so that
   * the prior's precision stays well conditioned).
   */
  private static CompetencyStructure structure(CatalogueFiles.StructureEntry e, Competencies competencies, Problems p) {
    int before = p.count();
    if (p.require(e.general(), "structure.general", "the share of each competency's variance the general factor carries, "
        + fmtRange(0, 0.9))) {
      p.range(e.general(), "structure.general", 0, 0.9);
    }
    Map<String, CatalogueFiles.ClusterEntry> clusters = e.clusters() == null ? Map.of() : e.clusters();
    if (clusters.isEmpty()) {
      p.add("structure.clusters", "missing; expected clusters of competencies, each with competencies and share");
    }
    int k = competencies.size();
    int[] cluster = new int[k];
    java.util.Arrays.fill(cluster, -1);
    double[] general = new double[k];
    double[] share = new double[k];
    List<String> ids = new java.util.ArrayList<>(clusters.keySet());
    for (int j = 0; j < ids.size(); j++) {
      String path = "structure.clusters." + ids.get(j);
      CatalogueFiles.ClusterEntry c = clusters.get(ids.get(j));
      if (!p.require(c, path, "a cluster with competencies and share")) {
        continue;
      }
      boolean ok = p.require(c.share(), path + ".share", "the share of its competencies' variance the cluster carries, "
          + fmtRange(0, 0.9)) && p.range(c.share(), path + ".share", 0, 0.9);
      Double g = c.general() != null ? c.general() : e.general();
      ok &= c.general() == null || p.range(c.general(), path + ".general", 0, 0.9);
      if (ok && g != null && g + c.share() > 0.9) {
        p.add(path, "general " + fmt(g) + " and share " + fmt(c.share()) + " add to more than 0.9; "
            + "leave each competency at least a tenth of its own");
        ok = false;
      }
      if (c.competencies() == null || c.competencies().isEmpty()) {
        p.add(path + ".competencies", "missing; expected the ids of the cluster's competencies");
        continue;
      }
      for (int n = 0; n < c.competencies().size(); n++) {
        String id = c.competencies().get(n);
        String place = path + ".competencies[" + n + "]";
        if (!p.known(id, place, "competency", competencies.ids())) {
          continue;
        }
        int i = competencies.indexOf(id);
        if (cluster[i] >= 0) {
          p.add(place, "'" + id + "' is already in cluster '" + ids.get(cluster[i]) + "'; put each competency in one cluster");
          continue;
        }
        cluster[i] = j;
        general[i] = ok && g != null ? g : 0;
        share[i] = ok ? c.share() : 0;
      }
    }
    if (!clusters.isEmpty()) {
      for (int i = 0; i < k; i++) {
        if (cluster[i] < 0) {
          p.add("structure.clusters", "competency '" + competencies.get(i).id() + "' is in no cluster; "
              + "put every competency in one (a cluster of one, with share 0, for one that stands alone)");
        }
      }
    }
    return p.count() > before ? null : new CompetencyStructure(ids, cluster, general, share);
  }

  private static ImmutableMap<String, Persona> personas(
      CatalogueFiles.PersonaList file, Competencies competencies, Levels levels) throws InvalidInputException {
    Problems p = new Problems(ROOT + "personas.yaml");
    ImmutableMap.Builder<String, Persona> out = ImmutableMap.builder();
    Map<String, PersonaEntry> entries = file.personas() == null ? Map.of() : file.personas();
    entries.forEach((id, e) -> {
      if (e == null) {
        p.add("personas." + id, "missing; expected a persona");
      } else {
        e.toPersona(id, "personas." + id, p, competencies.ids(), levels.ids()).ifPresent(x -> out.put(id, x));
      }
    });
    p.throwIfAny();
    return out.buildOrThrow();
  }

  static RubricBank rubrics(CatalogueFiles.RubricBank file, Competencies competencies, Set<String> variants)
      throws InvalidInputException {
    Problems p = new Problems(ROOT + "rubrics.yaml");
    Map<Text, NoteClaims> claims = new java.util.HashMap<>();
    ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> notes =
        notes(file.rubrics(), "rubrics.", competencies, p, claims);
    for (String id : competencies.ids()) {
      requireEveryRating(notes, id, "rubrics." + id + ".", "every competency needs notes for every rating", p);
    }
    ImmutableMap.Builder<String, ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>>> out =
        ImmutableMap.builder();
    Map<String, Map<String, Map<Integer, List<Note>>>> all = file.variants() == null ? Map.of() : file.variants();
    all.forEach((variant, bank) -> {
      String path = "variants." + variant;
      if (p.known(variant, path, "variant (declared in competencies.yaml)", variants)) {
        ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> own = notes(bank, path + ".", competencies, p, claims);
        own.keySet().forEach(id -> requireEveryRating(own, id, path + "." + id + ".",
            "a variant replaces every rating of a competency it names", p));
        out.put(variant, own);
      }
    });
    p.throwIfAny();
    return new RubricBank(notes, out.buildOrThrow(), ImmutableMap.copyOf(claims));
  }

  /** Notes by competency and rating, as the default bank and each variant give them. */
  private static ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> notes(
      Map<String, Map<Integer, List<Note>>> bank, String prefix, Competencies competencies, Problems p,
      Map<Text, NoteClaims> claims) {
    ImmutableMap.Builder<String, ImmutableMap<Rating, ImmutableList<Text>>> out = ImmutableMap.builder();
    Map<String, Map<Integer, List<Note>>> all = bank == null ? Map.of() : bank;
    all.forEach((competency, byScore) -> {
      if (!p.known(competency, prefix + competency, "competency", competencies.ids()) || byScore == null) {
        return;
      }
      ImmutableMap.Builder<Rating, ImmutableList<Text>> ratings = ImmutableMap.builder();
      byScore.forEach((score, notes) -> {
        String path = prefix + competency + "." + score;
        if (score < 1 || score > 4) {
          p.add(path, "rating must be 1-4");
        } else if (notes == null || notes.isEmpty() || notes.stream().anyMatch(n -> n == null || n.en() == null || n.zh() == null)) {
          p.add(path, "expected a list of notes, each with en and zh");
        } else {
          for (int i = 0; i < notes.size(); i++) {
            if (score != 1 && Boolean.TRUE.equals(notes.get(i).disqualifying())) {
              p.add(path + "[" + i + "]", "a note that describes a disqualifying answer belongs only to a Strong No (1); "
                  + "move it under 1, or describe a gap instead");
            }
          }
          ratings.put(Rating.ofScore(score), notes.stream().map(n -> new Text(n.en(), n.zh())).collect(ImmutableList.toImmutableList()));
          for (int i = 0; i < notes.size(); i++) {
            NoteClaims c = claims(notes.get(i), path + "[" + i + "]", p);
            if (!c.equals(NoteClaims.NONE)) {
              claims.put(new Text(notes.get(i).en(), notes.get(i).zh()), c);
            }
          }
        }
      });
      out.put(competency, ratings.buildOrThrow());
    });
    return out.buildOrThrow();
  }

  /** A note's claims, each background a known one and each rule id a plain word; a rule both known and not is refused. */
  private static NoteClaims claims(Note n, String path, Problems p) {
    ImmutableSet.Builder<io.hcsim.core.background.Background> background = ImmutableSet.builder();
    ImmutableSet.Builder<io.hcsim.core.background.Background> without = ImmutableSet.builder();
    for (var e : Map.of("background", background, "without", without).entrySet()) {
      List<String> ids = "background".equals(e.getKey()) ? n.background() : n.without();
      for (String id : ids == null ? List.<String>of() : ids) {
        if (p.known(id, path + "." + e.getKey(), "background", io.hcsim.core.background.Background.ids())) {
          e.getValue().add(io.hcsim.core.background.Background.of(id).orElseThrow());
        }
      }
    }
    ImmutableSet<String> knows = rules(n.knows(), path + ".knows", p);
    ImmutableSet<String> unaware = rules(n.unaware(), path + ".unaware", p);
    if (!java.util.Collections.disjoint(knows, unaware)) {
      p.add(path, "a note cannot show the candidate both knows and does not know the same rule");
    }
    return new NoteClaims(background.build(), without.build(), knows, unaware);
  }

  private static ImmutableSet<String> rules(List<String> ids, String path, Problems p) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String id : ids == null ? List.<String>of() : ids) {
      if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
        p.add(path, "'" + id + "' is not a rule id; expected lower-case words joined by hyphens");
      } else {
        out.add(id);
      }
    }
    return out.build();
  }

  private static void requireEveryRating(
      Map<String, ImmutableMap<Rating, ImmutableList<Text>>> notes, String id, String prefix, String why, Problems p) {
    for (Rating r : Rating.values()) {
      if (!notes.containsKey(id) || !notes.get(id).containsKey(r)) {
        p.add(prefix + r.score(), "missing: " + why);
      }
    }
  }

  static QuestionBank questions(CatalogueFiles.QuestionBank file, Competencies competencies,
      Map<String, Persona> personas, Set<String> variants) throws InvalidInputException {
    Problems p = new Problems(ROOT + "questions.yaml");
    ImmutableList<Question> questions = questions(file.questions(), "questions.", competencies, personas, p);
    ImmutableMap.Builder<String, ImmutableList<Question>> out = ImmutableMap.builder();
    Map<String, Map<String, List<QuestionEntry>>> all = file.variants() == null ? Map.of() : file.variants();
    all.forEach((variant, bank) -> {
      String path = "variants." + variant;
      if (p.known(variant, path, "variant (declared in competencies.yaml)", variants)) {
        out.put(variant, questions(bank, path + ".", competencies, personas, p));
      }
    });
    p.throwIfAny();
    return new QuestionBank(questions, out.buildOrThrow());
  }

  private static ImmutableList<Question> questions(Map<String, List<QuestionEntry>> bank, String prefix,
      Competencies competencies, Map<String, Persona> personas, Problems p) {
    ImmutableList.Builder<Question> out = ImmutableList.builder();
    Map<String, List<QuestionEntry>> all = bank == null ? Map.of() : bank;
    all.forEach((persona, list) -> {
      if (!p.known(persona, prefix + persona, "persona", personas.keySet()) || list == null) {
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        QuestionEntry q = list.get(i);
        String path = prefix + persona + "[" + i + "]";
        if (q == null) {
          p.add(path, "missing; expected a question with competency, en and zh");
        } else if (p.known(q.competency(), path + ".competency", "competency", competencies.ids())
            && p.require(q.en(), path + ".en", "the question in English") && p.require(q.zh(), path + ".zh", "the question in Chinese")) {
          out.add(new Question(persona, q.competency(), new Text(q.en(), q.zh()), Boolean.TRUE.equals(q.ownOnly())));
        }
      }
    });
    return out.build();
  }

  private static ImmutableMap<String, Activity> activities(CatalogueFiles.PreparationList file, Competencies competencies)
      throws InvalidInputException {
    Problems p = new Problems(ROOT + "preparation.yaml");
    ImmutableMap.Builder<String, Activity> out = ImmutableMap.builder();
    Map<String, ActivityEntry> all = file.activities() == null ? Map.of() : file.activities();
    all.forEach((id, a) -> {
      String path = "activities." + id;
      boolean ok = p.require(a.en(), path + ".en", "an English name") & p.require(a.zh(), path + ".zh", "a Chinese name")
          & (p.require(a.tau(), path + ".tau", "hours") && p.range(a.tau(), path + ".tau", 0.5, 500))
          & p.require(a.gains(), path + ".gains", "gains per competency");
      double consistencyGain = a.consistencyGain() == null ? 0 : a.consistencyGain();
      List<String> phases = Arrays.stream(Phase.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
      ok &= p.require(a.phase(), path + ".phase", String.join(", ", phases))
          && p.known(a.phase(), path + ".phase", "phase", phases);
      ok &= p.range(consistencyGain, path + ".consistencyGain", 0, 0.5);
      double readinessGain = a.readinessGain() == null ? 0 : a.readinessGain();
      ok &= p.range(readinessGain, path + ".readinessGain", 0, 1);
      if (a.gains() != null) {
        for (Map.Entry<String, Double> g : a.gains().entrySet()) {
          ok &= p.known(g.getKey(), path + ".gains." + g.getKey(), "competency", competencies.ids())
              && p.range(g.getValue(), path + ".gains." + g.getKey(), 0, 0.5);
        }
      }
      if (ok) {
        out.put(id, new Activity(id, new Text(a.en(), a.zh()), a.description() == null ? "" : a.description(),
            ImmutableMap.copyOf(a.gains()), a.tau(), consistencyGain, readinessGain, Phase.valueOf(a.phase().toUpperCase(Locale.ROOT))));
      }
    });
    p.throwIfAny();
    return out.buildOrThrow();
  }

  private static Limits limits(CatalogueFiles.ModelEntry model) throws InvalidInputException {
    Problems p = new Problems(ROOT + "preparation.yaml");
    if (!p.require(model, "model", "ceiling, responseSd, consistencyMax, headroomFrom and readinessPractised")) {
      p.throwIfAny();
    }
    boolean ok = p.require(model.ceiling(), "model.ceiling", "proficiency units") && p.range(model.ceiling(), "model.ceiling", 0, 1);
    ok &= p.require(model.responseSd(), "model.responseSd", "an SD") && p.range(model.responseSd(), "model.responseSd", 0, 2);
    ok &= p.require(model.consistencyMax(), "model.consistencyMax", "a consistency")
        && p.range(model.consistencyMax(), "model.consistencyMax", 0, 1);
    ok &= p.require(model.headroomFrom(), "model.headroomFrom", "a proficiency")
        && p.range(model.headroomFrom(), "model.headroomFrom", 1, 4.5);
    ok &= p.require(model.readinessPractised(), "model.readinessPractised", "a readiness")
        && p.range(model.readinessPractised(), "model.readinessPractised", CandidateProfile.MIN_READINESS,
            CandidateProfile.MAX_READINESS);
    p.throwIfAny();
    return new Limits(model.ceiling(), model.responseSd(), model.consistencyMax(), model.headroomFrom(),
        model.readinessPractised());
  }

  private static ImmutableMap<String, Strategy> strategies(
      CatalogueFiles.PreparationList file, Map<String, Activity> activities) throws InvalidInputException {
    Problems p = new Problems(ROOT + "preparation.yaml");
    ImmutableMap.Builder<String, Strategy> out = ImmutableMap.builder();
    Map<String, StrategyEntry> all = file.strategies() == null ? Map.of() : file.strategies();
    all.forEach((id, s) -> {
      String path = "strategies." + id;
      if (!p.require(s.shares(), path + ".shares", "a share of the hours per activity")
          | !p.require(s.description(), path + ".description", "who the strategy is for, in one line")
          | !p.require(s.zh(), path + ".zh", "who the strategy is for, in Chinese")) {
        return;
      }
      boolean ok = true;
      for (Map.Entry<String, Double> h : s.shares().entrySet()) {
        ok &= p.known(h.getKey(), path + ".shares." + h.getKey(), "activity", activities.keySet())
            && p.range(h.getValue(), path + ".shares." + h.getKey(), 0, 1000);
      }
      if (ok) {
        out.put(id, new Strategy(id, new Text(s.description(), s.zh()), ImmutableMap.copyOf(s.shares())));
      }
    });
    p.throwIfAny();
    return out.buildOrThrow();
  }
}
