package io.hcsim.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hcsim.cli.BadArgumentException;
import io.hcsim.cli.Candidacy;
import io.hcsim.cli.Pipelines;
import io.hcsim.cli.PlanChoice;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Source;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.prep.PlanReader;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.text.Words;
import io.hcsim.reports.debrief.DebriefJson;
import io.hcsim.reports.debrief.DebriefReport;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.prep.PrepJson;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.simulate.SimulationJson;
import io.hcsim.reports.study.StudyJson;
import io.hcsim.simulation.experiment.PrecisionOutOfReach;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.prep.Objective;
import io.hcsim.simulation.prep.PrepResult;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.DebriefPlayer;
import io.hcsim.simulation.study.StudyInputException;
import io.hcsim.simulation.study.StudyResult;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The answers of {@code /api/…}: each reads its request strictly ({@link Ask}), caps it
 * ({@link Caps}), runs the command's own pipeline ({@link Pipelines}) in a slot ({@link Slots})
 * and answers with the command's own JSON or document, so that the page shows exactly what
 * {@code hcsim simulate --format json} and its siblings print for the same inputs and seed.
 */
final class Api {
  /** The seed of every command, and so of the page: moving a slider back gives the same numbers. */
  static final long DEFAULT_SEED = 20261125L;
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,79}\\.(yaml|yml|json)");
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build();

  private final Library library;
  private final Slots slots;
  private final int threads;

  Api(Library library, Slots slots, int threads) {
    this.library = library;
    this.slots = slots;
    this.threads = threads;
  }

  /** The catalogue's answer, made once: the bundled catalogue never changes while the server runs. */
  private Reply catalogue;

  synchronized Reply catalogue() throws Refusal {
    if (catalogue == null) {
      catalogue = describeCatalogue();
    }
    return catalogue;
  }

  /** What the page needs to draw its controls: competencies, levels and bars, loops, profiles, strategies, caps. */
  private Reply describeCatalogue() throws Refusal {
    Catalogue c = library.catalogue();
    ObjectNode out = Ask.JSON.createObjectNode();
    out.put("currency", c.levels().currency());
    out.put("defaultLoop", c.defaultLoop());
    out.put("defaultProfile", c.defaultProfile());
    out.put("seed", DEFAULT_SEED);
    out.putObject("readiness").put("min", CandidateProfile.MIN_READINESS).put("max", CandidateProfile.MAX_READINESS)
        .put("unstated", CandidateProfile.UNSTATED_READINESS);
    // What a profile that states no leniency or uncertainty is read with, for those sliders' start.
    out.putObject("selfAssessment").put("leniency", c.pool().selfAssessment().leniency())
        .put("uncertainty", c.pool().selfAssessment().uncertainty());
    ArrayNode competencies = out.putArray("competencies");
    for (Competency comp : c.competencies().all()) {
      competencies.addObject().put("id", comp.id()).put("en", comp.nameEn()).put("zh", comp.nameZh());
    }
    ArrayNode levels = out.putArray("levels");
    for (Level l : c.levels().ascending()) {
      ObjectNode n = levels.addObject().put("id", l.id()).put("bar", l.bar()).put("poolMean", c.pool().mean(l));
      n.putObject("band").put("low", l.band().low()).put("high", l.band().high());
    }
    ObjectNode personas = out.putObject("personas");
    c.personas().forEach((id, p) -> personas.putObject(id).put("en", p.nameEn()).put("zh", p.nameZh()));
    ArrayNode loops = out.putArray("loops");
    Messages en = Messages.of(Language.EN);
    Messages zh = Messages.of(Language.ZH);
    for (String name : c.bundledLoops()) {
      Loop loop = read(() -> library.loop(name)).value();
      loops.addObject().put("name", name).put("en", en.loopName(name, loop.name())).put("zh", zh.loopName(name, loop.name()));
    }
    ArrayNode profiles = out.putArray("profiles");
    for (String name : c.bundledProfiles()) {
      String text = read(() -> library.bundledProfileText(name));
      String title = read(() -> library.profile(name)).value().name();
      profiles.addObject().put("name", name).put("en", en.profileName(name, title)).put("zh", zh.profileName(name, title))
          .set("document", yamlTree(text, "profile " + name));
    }
    ArrayNode strategies = out.putArray("strategies");
    c.strategies().keySet().forEach(strategies::add);
    ObjectNode activities = out.putObject("activities");
    c.activities().forEach((id, a) -> activities.putObject(id).put("en", a.name().en()).put("zh", a.name().zh()));
    out.set("caps", Caps.describe());
    return json(out);
  }

  /**
   * Every word of one language, from the bundle the reports use: the page's own are the {@code
   * page.*} keys, and it reuses the reports' (a strategy's or a study metric's name).
   */
  static Reply words(String lang) throws Refusal {
    if (!Words.LANGUAGES.contains(lang)) {
      throw Refusal.badField("lang", "unknown language '" + lang + "'; expected en or zh");
    }
    return WORDS.computeIfAbsent(lang, Api::describeWords);
  }

  private static final java.util.Map<String, Reply> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Reply describeWords(String lang) {
    Words words = Words.of(lang);
    ObjectNode out = Ask.JSON.createObjectNode();
    out.put("lang", lang);
    ObjectNode all = out.putObject("words");
    words.keys().forEach(k -> all.put(k, words.get(k)));
    return json(out);
  }

  /**
   * A profile file as uploaded (YAML or JSON, by {@code name}'s extension) through the same strict
   * reader as {@code hcsim validate}: its problems name their places, or it comes back as a
   * document the page edits.
   */
  Reply validate(byte[] body, String name) throws Refusal {
    String file = name == null || !FILE_NAME.matcher(name).matches() ? "profile.yaml" : name;
    Loaded<CandidateProfile> read = read(() -> library.profile(new Source(file, body), null));
    ObjectNode out = Ask.JSON.createObjectNode();
    out.put("valid", true);
    ArrayNode warnings = out.putArray("warnings");
    read.warnings().forEach(warnings::add);
    out.set("document", yamlTree(new String(body, StandardCharsets.UTF_8), file));
    return json(out);
  }

  /**
   * The page's profile as a YAML file that {@code hcsim validate} accepts (checked by the same
   * reader first); a bundled profile unchanged is its own file, comments and all.
   */
  Reply profileYaml(Ask ask) throws Refusal {
    Candidacy in = candidacy(ask);
    if (ask.node("profile").isTextual()) {
      String text = read(() -> library.bundledProfileText(in.profileRef()));
      return Reply.file("application/yaml; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), in.profileRef() + ".yaml");
    }
    try {
      byte[] yaml = YAML.writeValueAsBytes(ask.node("profile"));
      return Reply.file("application/yaml; charset=utf-8", yaml, "profile.yaml");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes as YAML", e);
    }
  }

  /**
   * {@code hcsim simulate --format json}. The same inputs and seed give the same bytes, so the
   * last answers are kept: a slider moved back gets its odds at once.
   */
  Reply simulate(Ask ask) throws Refusal {
    Candidacy in = candidacy(ask);
    long runs = ask.integer("runs", Caps.DEFAULT_RUNS, Caps.MIN_RUNS, Caps.MAX_SIMULATE_RUNS);
    long seed = ask.integer("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    String key = ask.node("profile") + "|" + in.loopRef() + "|" + runs + "|" + seed;
    String cached = recent.get(key);
    if (cached != null) {
      return Reply.json(cached);
    }
    SimulationResult result = slots.run(() -> {
      try {
        return Pipelines.odds(library, in, Settings.runs(seed, runs, threads), false, done -> {});
      } catch (PrecisionOutOfReach e) {
        throw new IllegalStateException("a fixed number of runs has no precision to reach", e);
      }
    });
    String json = SimulationJson.render(result);
    recent.put(key, json);
    return Reply.json(json);
  }

  /** The simulations' answers most recently made, by request: a few hundred kilobytes at most. */
  private final Recent recent = new Recent(RECENT_ANSWERS);
  static final int RECENT_ANSWERS = 64;

  /** A small map that forgets its least recently used entry. */
  private static final class Recent {
    private final java.util.LinkedHashMap<String, String> entries;

    Recent(int size) {
      this.entries = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
          return size() > size;
        }
      };
    }

    synchronized String get(String key) {
      return entries.get(key);
    }

    synchronized void put(String key, String value) {
      entries.put(key, value);
    }
  }

  /** {@code hcsim compare --format json}: the built-in strategies (or those named) against none. */
  Reply compare(Ask ask) throws Refusal {
    Candidacy in = candidacy(ask);
    double hours = ask.number("hours", Caps.DEFAULT_HOURS, 0, PlanReader.MAX_HOURS);
    long runs = ask.integer("runs", Caps.DEFAULT_RUNS, Caps.MIN_RUNS, Caps.MAX_PREP_RUNS);
    long seed = ask.integer("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    List<String> names = ask.choices("strategies", library.catalogue().strategies().keySet());
    List<Plan> plans = read(() -> PlanChoice.plans(library.catalogue(), names, null, hours));
    PrepResult result = slots.run(() -> Pipelines.compare(library, in, plans, hours, seed, runs, threads));
    return Reply.json(PrepJson.render(result));
  }

  /** {@code hcsim optimize --format json}, or with {@code "download": "plan"} its {@code --out} plan file. */
  Reply optimize(Ask ask) throws Refusal {
    Candidacy in = candidacy(ask);
    double hours = ask.number("hours", Caps.DEFAULT_HOURS, 1, Caps.MAX_OPTIMIZE_HOURS);
    double step = ask.number("step", Math.max(Caps.DEFAULT_STEP, hours / Caps.MAX_STEPS), hours / Caps.MAX_STEPS, hours);
    Objective goal = Objective.of(ask.choice("objective", "offer", List.of("offer", "target-level", "expected-offer")))
        .orElseThrow();
    long runs = ask.integer("runs", Caps.DEFAULT_RUNS, Caps.MIN_RUNS, Caps.MAX_PREP_RUNS);
    long searchRuns = ask.integer("searchRuns", Caps.DEFAULT_SEARCH_RUNS, Caps.MIN_RUNS, Caps.MAX_SEARCH_RUNS);
    long seed = ask.integer("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    OptionalInt weeks = ask.has("weeks") ? OptionalInt.of((int) ask.integer("weeks", 0, 1, 52)) : OptionalInt.empty();
    OptionalDouble perWeek = ask.has("hoursPerWeek") ? OptionalDouble.of(ask.number("hoursPerWeek", 0, 0.5, 100))
        : OptionalDouble.empty();
    if (perWeek.isPresent() && weeks.isEmpty()) {
      throw Refusal.badField("hoursPerWeek", "needs weeks");
    }
    if (perWeek.isPresent() && hours > weeks.getAsInt() * perWeek.getAsDouble() + 1e-9) {
      throw Refusal.badField("hoursPerWeek", String.format(Locale.ROOT, "%s hours do not fit in %d weeks of %s hours; "
          + "expected more weeks or hours a week", io.hcsim.core.files.Problems.fmt(hours), weeks.getAsInt(),
          io.hcsim.core.files.Problems.fmt(perWeek.getAsDouble())));
    }
    boolean planFile = "plan".equals(ask.choice("download", "none", List.of("none", "plan")));
    PrepResult result = slots.run(() -> Pipelines.optimise(library, in, hours, step, goal, seed, searchRuns, runs, weeks,
        perWeek, threads));
    if (planFile) {
      Plan plan = result.optimised().orElseThrow().search().plan();
      String text = Pipelines.planFile(plan, library.catalogue().activities().values(), in.profile().name());
      return Reply.file("application/yaml; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), "plan.yaml");
    }
    return Reply.json(PrepJson.render(result));
  }

  /** {@code hcsim debrief}: one loop as the committee's packet, as JSON, HTML or PDF, in English or Chinese. */
  Reply debrief(Ask ask) throws Refusal {
    Candidacy in = candidacy(ask);
    long seed = ask.integer("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    String outcome = ask.choice("outcome", "any", List.of("any", "hire", "no-hire", "hold", "down-level"));
    long run = ask.integer("run", 0, 0, Caps.MAX_DEBRIEF_RUN);
    Language language = Language.of(ask.choice("lang", "en", Words.LANGUAGES)).orElseThrow();
    String format = ask.choice("format", "html", List.of("html", "pdf", "json"));
    Optional<DebriefPlayer.Wanted> wanted = outcome.equals("any") ? Optional.empty()
        : Optional.of(DebriefPlayer.Wanted.valueOf(outcome.toUpperCase(Locale.ROOT).replace('-', '_')));
    Messages m = Messages.of(language);
    return slots.run(() -> {
      Debrief d;
      try {
        d = Pipelines.debrief(library, in, seed, wanted.isPresent() ? OptionalLong.empty() : OptionalLong.of(run), wanted,
            Optional.empty(), LocalDate.now(), threads);
      } catch (BadArgumentException e) {
        throw Refusal.badField("outcome", e.getMessage().replaceFirst("^--outcome [a-z-]+: ", ""));
      }
      String name = "debrief-" + language.id() + "." + format;
      return switch (format) {
        case "json" -> Reply.json(DebriefJson.render(d, m));
        case "pdf" -> Reply.file("application/pdf", read(() -> DebriefReport.render(d, m, Format.PDF, Optional.empty())), name);
        default -> new Reply(200, "text/html; charset=utf-8",
            read(() -> DebriefReport.render(d, m, Format.HTML, Optional.empty())),
            ask.has("download") ? Optional.of(name) : Optional.empty());
      };
    });
  }

  /** {@code hcsim study --format json} with at most one sweep. */
  Reply study(Ask ask) throws Refusal {
    Catalogue c = library.catalogue();
    String loopRef = ask.choice("loop", c.defaultLoop(), c.bundledLoops());
    Loop loop = read(() -> library.loop(loopRef)).value();
    // As hcsim study: the default profile's level unless another is asked for.
    String fallback = read(() -> library.profile(c.defaultProfile()).value().targetLevel().id());
    String levelId = ask.choice("targetLevel", fallback, c.levels().ids());
    Level target = c.levels().byId(levelId).orElseThrow();
    long candidates = ask.integer("candidates", Caps.DEFAULT_STUDY_CANDIDATES, Caps.MIN_RUNS, Caps.MAX_STUDY_CANDIDATES);
    long seed = ask.integer("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    List<String> sweeps = ask.text("sweep").filter(s -> !s.isBlank()).map(List::of).orElse(List.of());
    for (String s : sweeps) {
      long points = s.chars().filter(ch -> ch == ',').count() + 1;
      if (points > Caps.MAX_SWEEP_POINTS) {
        throw Refusal.badField("sweep", points + " values; expected at most " + Caps.MAX_SWEEP_POINTS + " on the page");
      }
    }
    read(() -> {
      Candidacy.checkRoundsAtTarget(library, loopRef, loop, target);
      return target;
    });
    StudyResult result = slots.run(() -> {
      try {
        return Pipelines.study(library, loopRef, loop, target, sweeps, seed, candidates, threads, done -> {});
      } catch (StudyInputException e) {
        throw Refusal.badField("sweep", e.getMessage().replaceFirst("^--sweep:? ?", ""));
      }
    });
    return Reply.json(StudyJson.render(result));
  }

  /**
   * The request's profile and loop, read as the commands read them: {@code profile} is a bundled
   * name or a profile document (the keys of a profile file), {@code loop} a bundled loop's name.
   * The server reads no file of the machine's: a loop is one of the bundled ones.
   */
  private Candidacy candidacy(Ask ask) throws Refusal {
    Catalogue c = library.catalogue();
    String loopRef = ask.choice("loop", c.defaultLoop(), c.bundledLoops());
    JsonNode given = ask.node("profile");
    return read(() -> {
      Loop loop = library.loop(loopRef).value();
      if (given.isMissingNode() || given.isNull() || given.isTextual()) {
        String name = given.isTextual() ? given.asText() : c.defaultProfile();
        if (!c.bundledProfiles().contains(name)) {
          throw InvalidInputException.of("request", "profile", io.hcsim.core.files.Suggestions.unknown("bundled profile",
              name, c.bundledProfiles()));
        }
        return Candidacy.checked(library, name, loopRef, library.profile(name).value(), loop);
      }
      if (!given.isObject()) {
        throw InvalidInputException.of("request", "profile", "expected a bundled profile's name or a profile's keys");
      }
      Source source = new Source("profile.json", Ask.JSON.writeValueAsBytes(given));
      return Candidacy.checked(library, "profile", loopRef, library.profile(source, null).value(), loop);
    });
  }

  /** Reading that may meet bad input. */
  private interface Reading<T> {
    T get() throws InvalidInputException, JsonProcessingException;
  }

  /** The reading's value, or the problems it met as a refusal naming each place. */
  private static <T> T read(Reading<T> reading) throws Refusal {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      int n = e.problems().size();
      throw new Refusal(400, n == 1 ? e.problems().get(0).toString() : n + " problems; the first: " + e.problems().get(0),
          e.problems());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree always writes", e);
    }
  }

  /** A document already read by the strict reader, as a tree the page edits. */
  private static JsonNode yamlTree(String text, String file) throws Refusal {
    try {
      return YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw Refusal.of(400, file + ": cannot be read as YAML or JSON: " + e.getOriginalMessage());
    }
  }

  private static Reply json(JsonNode node) {
    try {
      return Reply.json(Ask.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }
}
