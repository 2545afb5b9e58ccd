package io.hcsim.reports.prep;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.catalogue.Question;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.prep.Schedule;
import io.hcsim.core.prep.Strategy;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.prep.Abilities;
import io.hcsim.simulation.prep.PlanTrial.Entry;
import io.hcsim.simulation.prep.PrepResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sentences and table cells of a preparation report, in one language: shared by the text
 * output (English) and the HTML/PDF report (English or Chinese), so each is written once.
 */
final class PrepView {
  /** Raises smaller than this are not worth naming. */
  static final double NOTABLE_RAISE = 0.005;
  /** Competencies named per plan, and practised in optimize's "what to practise". */
  static final int NAMED = 3;
  /** A round's pass rate must rise by at least this to be named. */
  static final double NOTABLE_LIFT = 0.005;

  final PrepResult r;
  final Messages m;
  final Catalogue cat;
  /** Whether a built-in strategy's translated name shows its id too (the terminal, where it is typed). */
  final boolean ids;

  PrepView(PrepResult result, Messages messages, boolean ids) {
    this.r = result;
    this.m = messages;
    this.cat = result.catalogue();
    this.ids = ids;
  }

  /** The candidate's name: a bundled profile's in the reader's language. */
  String candidate() {
    return m.profileName(r.profileRef(), r.profile().name());
  }

  String points(PairedDifference d) {
    return points(d.difference()) + " ± " + String.format(Locale.ROOT, "%.1f", 100 * d.halfWidth95());
  }

  /** Percentage points with a sign; a value that rounds to zero is "0.0". */
  static String points(double d) {
    return io.hcsim.reports.i18n.Decimal.points(d);
  }

  String ci(io.hcsim.simulation.estimate.Wilson w) {
    return m.percent(w.low()) + " – " + m.percent(w.high());
  }

  String money(double amount) {
    return m.money(Math.round(amount), r.currency());
  }

  /** A plan's name as the reader reads it: a built-in strategy's translated name (on the terminal with its id), else as given. */
  String name(Plan plan) {
    return name(plan.name());
  }

  String name(String id) {
    String key = "prep.name." + id;
    String translated = m.has(key) ? m.get(key) : id;
    return translated.equals(id) || !ids ? translated : translated + "（" + id + "）";
  }

  /** A strategy's one-line rationale in the report's language; a plan file's name otherwise. */
  String rationale(Plan plan) {
    Strategy s = cat.strategies().get(plan.name());
    if (s == null) {
      return isOptimised(plan) ? m.get("prep.optimisedRationale") : m.get("prep.planFile");
    }
    return m.text(s.description());
  }

  boolean isOptimised(Plan plan) {
    return r.optimised().map(o -> o.search().plan().name().equals(plan.name())).orElse(false);
  }

  /** "regulation 20 h, cases 25 h" in catalogue order. */
  String hours(Plan plan) {
    if (plan.hours().isEmpty()) {
      return m.get("prep.noHours");
    }
    List<String> parts = new ArrayList<>();
    for (Activity a : cat.activities().values()) {
      double h = plan.hours(a.id());
      if (h > 0) {
        parts.add(m.text(a.name()) + " " + hoursValue(h));
      }
    }
    return String.join(m.chinese() ? "，" : ", ", parts);
  }

  String hoursValue(double h) {
    String v = h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    return m.get("prep.hoursUnit", v);
  }

  /** The competencies a plan raises (typical response), largest first, weighted ones only. */
  List<Map.Entry<Competency, Double>> raises(Plan plan) {
    Abilities after = r.after().get(plan.name());
    List<Map.Entry<Competency, Double>> out = new ArrayList<>();
    for (int c = 0; c < r.before().competencies(); c++) {
      double d = after.proficiency(c) - r.before().proficiency(c);
      if (d >= NOTABLE_RAISE && r.loop().weight(c) > 0) {
        out.add(Map.entry(cat.competencies().get(c), d));
      }
    }
    out.sort(Comparator.comparingDouble((Map.Entry<Competency, Double> e) -> -e.getValue() * r.loop().weight(
        cat.competencies().indexOf(e.getKey().id()))));
    return out;
  }

  double consistencyRaise(Plan plan) {
    return r.after().get(plan.name()).consistency() - r.before().consistency();
  }

  /** Why a plan does what it does for this candidate: what it moves, and what that is worth. */
  String why(Entry e) {
    Plan plan = e.plan();
    if (plan.hours().isEmpty()) {
      return m.get("prep.why.none");
    }
    List<Map.Entry<Competency, Double>> raises = raises(plan);
    List<String> named = raises.stream().limit(NAMED)
        .map(x -> m.get("prep.why.raise", m.competency(x.getKey()), m.proficiency(x.getValue()))).toList();
    String moves = named.isEmpty() ? m.get("prep.why.nothing") : m.list(named);
    double consistency = consistencyRaise(plan);
    String steadier = consistency >= NOTABLE_RAISE ? m.get("prep.why.consistency", m.proficiency(consistency)) : "";
    PairedDifference d = e.delta();
    String effect;
    if (Math.abs(d.difference()) <= d.halfWidth95()) {
      effect = m.get("prep.why.noEffect");
    } else {
      effect = m.get("prep.why.effect", points(d.difference()));
    }
    String weakest = weakestUntouched(plan);
    // Steadier interviews narrow the spread of ratings: a candidate below the bar loses the good days that carry them over it.
    String steadierCosts = d.difference() < -d.halfWidth95() && consistency >= NOTABLE_RAISE
        ? (m.chinese() ? "" : " ") + m.get("prep.why.steadierCosts") : "";
    return m.get("prep.why.sentence", moves, steadier, effect) + lifted(e) + steadierCosts + weakest;
  }

  /** The round whose pass rate (of the loops that reach it) the plan lifts most over the baseline, if any. */
  private String lifted(Entry e) {
    double[] base = r.ranking().entry(r.ranking().baseline().name()).passRates();
    double[] mine = e.passRates();
    int best = -1;
    for (int round = 0; round < mine.length; round++) {
      double lift = mine[round] - base[round];
      if (!Double.isNaN(lift) && lift >= NOTABLE_LIFT && (best < 0 || lift > mine[best] - base[best])) {
        best = round;
      }
    }
    if (best < 0) {
      return "";
    }
    var round = r.loop().rounds().get(best);
    var persona = r.loop().loop().persona(round);
    String name = persona == null ? round.id() : m.persona(persona);
    return (m.chinese() ? "" : " ") + m.get("prep.why.lifted", name, m.percent(base[best]), m.percent(mine[best]));
  }

  /** A note when the plan leaves the candidate's weakest weighted competency where it was. */
  private String weakestUntouched(Plan plan) {
    int weakest = -1;
    for (int c = 0; c < r.before().competencies(); c++) {
      if (r.loop().weight(c) > 0 && (weakest < 0 || r.before().proficiency(c) < r.before().proficiency(weakest))) {
        weakest = c;
      }
    }
    if (weakest < 0) {
      return "";
    }
    double d = r.after().get(plan.name()).proficiency(weakest) - r.before().proficiency(weakest);
    return d < NOTABLE_RAISE
        ? (m.chinese() ? "" : " ") + m.get("prep.why.untouched", m.competency(cat.competencies().get(weakest)), m.proficiency(r.before().proficiency(weakest)))
        : "";
  }

  /** The headline: the best plan and what it gains; the others as good as it. */
  List<String> reading() {
    List<String> out = new ArrayList<>();
    Entry best = r.ranking().best();
    Entry none = r.ranking().entry(r.ranking().baseline().name());
    if (best == none) {
      out.add(m.get("prep.reading.noneBest", m.percent(none.hire())));
      return out;
    }
    out.add(m.get("prep.reading.best", name(best.plan()), m.percent(best.hire()), m.percent(none.hire()),
        points(best.delta()), m.percent(best.atTarget()), m.percent(none.atTarget())));
    List<String> ties = r.ranking().entries().stream().skip(1).filter(Entry::sameAsBest)
        .map(e -> name(e.plan())).toList();
    out.add(ties.isEmpty() ? m.get("prep.reading.alone") : m.get("prep.reading.ties", m.list(ties)));
    List<Map.Entry<Competency, Double>> raises = raises(best.plan());
    if (!raises.isEmpty()) {
      out.add(m.get("prep.reading.where", m.list(raises.stream().limit(NAMED).map(x -> m.competency(x.getKey())).toList())));
    }
    return out;
  }

  /**
   * One row per activity of a plan: its hours and what it buys alone for this candidate (typical
   * response, less room above the headroom level, before the ceiling on the sum).
   */
  List<Map<String, Object>> planRows(Plan plan) {
    List<Map<String, Object>> rows = new ArrayList<>();
    double response = r.profile().preparationResponse();
    var limits = cat.preparationLimits();
    for (Activity a : cat.activities().values()) {
      double h = plan.hours(a.id());
      if (h <= 0) {
        continue;
      }
      List<String> buys = new ArrayList<>();
      for (Competency c : cat.competencies().all()) {
        double g = a.gains().getOrDefault(c.id(), 0.0) * a.progress(h) * response
            * limits.headroom(r.before().proficiency(cat.competencies().indexOf(c.id())));
        if (g >= NOTABLE_RAISE) {
          buys.add(m.competency(c) + " +" + m.proficiency(g));
        }
      }
      if (a.consistencyGain() > 0) {
        buys.add(m.get("prep.consistency") + " +" + m.proficiency(a.consistencyGain() * a.progress(h) * response));
      }
      String separator = m.chinese() ? "，" : ", ";
      // Each gain also as its own item (with its comma), so that a document breaks lines only
      // between gains, never inside "+0.06" or before a comma.
      List<Map<String, String>> items = new ArrayList<>();
      for (int i = 0; i < buys.size(); i++) {
        boolean last = i + 1 == buys.size();
        items.add(Map.of("item", buys.get(i) + (last ? "" : separator.strip()), "space", last || m.chinese() ? "" : " "));
      }
      rows.add(Map.of("activity", m.text(a.name()), "hours", hoursValue(h), "buys", String.join(separator, buys),
          "buysItems", items));
    }
    return rows;
  }

  /** The schedule as rows: week, hours in it, and what is done. */
  List<Map<String, String>> weekRows(Schedule s) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Schedule.Week w : s.weeks()) {
      List<String> parts = new ArrayList<>();
      w.hours().forEach((a, h) -> parts.add(m.text(cat.activities().get(a).name()) + " " + hoursValue(h)));
      rows.add(Map.of("week", m.get("prep.weekN", w.number()), "total", hoursValue(w.total()),
          "what", parts.isEmpty() ? m.get("prep.rest") : String.join(m.chinese() ? "，" : ", ", parts)));
    }
    return rows;
  }

  /** What to practise: per competency the plan raises most, questions to rehearse and a weak and a strong answer. */
  List<Map<String, Object>> practise(Plan plan) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<Competency, Double> e : raises(plan).stream().limit(NAMED).toList()) {
      String id = e.getKey().id();
      List<String> questions = cat.questions().stream().filter(q -> q.competencyId().equals(id)).limit(2)
          .map(Question::text).map(m::text).toList();
      List<Text> weak = cat.rubrics().notes(id, Rating.STRONG_NO);
      List<Text> strong = cat.rubrics().notes(id, Rating.STRONG_HIRE);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", id);
      item.put("competency", m.competency(e.getKey()));
      item.put("questions", questions);
      item.put("weak", weak.isEmpty() ? "" : m.text(weak.get(0)));
      item.put("strong", strong.isEmpty() ? "" : m.text(strong.get(0)));
      out.add(item);
    }
    return out;
  }
}
