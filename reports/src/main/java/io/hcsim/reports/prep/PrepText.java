package io.hcsim.reports.prep;

import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.prep.PlanTrial.Entry;
import io.hcsim.simulation.prep.PrepResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `hcsim compare` and `hcsim optimize` as plain text (English), from the same sentences as the report. */
public final class PrepText {
  private PrepText() {}

  public static String render(PrepResult r) {
    PrepView v = new PrepView(r, Messages.of(Language.EN));
    Messages m = v.m;
    StringBuilder s = new StringBuilder();
    String title = r.optimised().isPresent() ? m.get("prep.optimize.title") : m.get("prep.compare.title");
    s.append(title).append(" · ").append(r.profile().name()).append('\n');
    s.append(m.get("prep.context", r.profileRef(), r.loopRef(), r.targetLevel())).append('\n');
    s.append(m.get("prep.subtitle", hours(r.hours()), m.count(r.ranking().runs()), r.ranking().seed())).append("\n\n");
    r.optimised().ifPresent(o -> optimised(v, s));
    s.append(m.get("prep.strategies")).append('\n');
    s.append(String.format(Locale.ROOT, "  %-22s %8s  %-15s %8s  %14s  %-13s %s%n", m.get("prep.plan"), m.get("prep.hire"),
        m.get("prep.interval"), "atTarget", m.get("prep.expectedOffer"), m.get("prep.delta"), "as best"));
    for (Entry e : r.ranking().entries()) {
      s.append(String.format(Locale.ROOT, "  %-22s %8s  %-15s %8s  %14s  %-13s %s%n", e.plan().name(), m.percent(e.hire()),
          v.ci(e.hireCi()), m.percent(e.atTarget()), v.money(e.expectedOffer()),
          e.plan().name().equals(r.ranking().baseline().name()) ? "–" : v.points(e.delta()),
          e.sameAsBest() ? m.get("prep.yes") : m.get("prep.no")));
    }
    s.append('\n');
    for (Entry e : r.ranking().entries()) {
      s.append("  ").append(e.plan().name()).append(": ").append(v.rationale(e.plan())).append('\n');
      if (!e.plan().hours().isEmpty()) {
        s.append("    ").append(v.hours(e.plan())).append('\n');
      }
      s.append("    ").append(v.why(e)).append('\n');
    }
    s.append('\n').append(m.get("prep.reading")).append('\n');
    v.reading().forEach(x -> s.append("  - ").append(x).append('\n'));
    return s.toString();
  }

  private static void optimised(PrepView v, StringBuilder s) {
    Messages m = v.m;
    PrepResult r = v.r;
    PrepResult.Optimised o = r.optimised().orElseThrow();
    Entry found = r.ranking().entry(o.search().plan().name());
    Entry none = r.ranking().entry(r.ranking().baseline().name());
    s.append(m.get("prep.planTitle")).append(": ").append(found.plan().name()).append('\n');
    s.append("  ").append(m.get("prep.planIntro", m.proficiency(r.catalogue().preparationLimits().ceiling()))).append('\n');
    for (Map<String, Object> row : v.planRows(found.plan())) {
      s.append(String.format(Locale.ROOT, "  %-44s %6s  %s%n", row.get("activity"), row.get("hours"), row.get("buys")));
    }
    s.append("  ").append(m.get("prep.odds", m.percent(none.hire()), m.percent(found.hire()), v.points(found.delta()),
        m.percent(none.atTarget()), m.percent(found.atTarget()))).append('\n');
    s.append("  ").append(search(v)).append('\n');
    s.append("  ").append(confirmation(v)).append("\n\n");
    o.schedule().ifPresent(sch -> {
      s.append(m.get("prep.schedule")).append('\n');
      s.append("  ").append(m.get("prep.scheduleIntro", v.hoursValue(sch.hoursPerWeek()))).append('\n');
      for (Map<String, String> w : v.weekRows(sch)) {
        s.append(String.format(Locale.ROOT, "  %-8s %6s  %s%n", w.get("week"), w.get("total"), w.get("what")));
      }
      s.append('\n');
    });
    List<Map<String, Object>> practise = v.practise(found.plan());
    if (!practise.isEmpty()) {
      s.append(m.get("prep.practise")).append('\n');
      s.append("  ").append(m.get("prep.practiseIntro")).append('\n');
      for (Map<String, Object> p : practise) {
        s.append("  ").append(p.get("competency")).append('\n');
        for (Object q : (List<?>) p.get("questions")) {
          s.append("    ? ").append(q).append('\n');
        }
        s.append("    ").append(m.get("prep.weak")).append(": ").append(p.get("weak")).append('\n');
        s.append("    ").append(m.get("prep.strong")).append(": ").append(p.get("strong")).append('\n');
      }
      s.append('\n');
    }
  }

  static String search(PrepView v) {
    PrepResult.Optimised o = v.r.optimised().orElseThrow();
    return v.m.get("prep.search", java.math.BigDecimal.valueOf(o.step()).stripTrailingZeros().toPlainString(), v.m.count(o.searchRuns()), o.searchSeed(), o.search().evaluations(),
        v.m.get("prep.objective." + o.objective().id()), v.r.ranking().seed());
  }

  /** How the found plan fares against the best built-in strategy on the confirmation seed. */
  static String confirmation(PrepView v) {
    PrepResult r = v.r;
    String found = r.optimised().orElseThrow().search().plan().name();
    Entry bestBuiltIn = r.ranking().entries().stream().filter(e -> !e.plan().name().equals(found)).findFirst().orElseThrow();
    Entry mine = r.ranking().entry(found);
    double[] d = mine.behindBest();
    double[] b = bestBuiltIn.behindBest();
    // behindBest is each entry minus the best; their difference is mine minus the best built-in.
    double gap = d[0] - b[0];
    boolean expected = r.optimised().get().objective() == io.hcsim.simulation.prep.Objective.EXPECTED_OFFER;
    String pts = expected ? v.money(Math.abs(gap)) : v.m.get("prep.pointsN", PrepView.points(Math.abs(gap)).replace("+", ""));
    if (r.ranking().best().plan().name().equals(found) && !bestBuiltIn.sameAsBest()) {
      return v.m.get("prep.confirm.better", v.name(bestBuiltIn.plan()), pts);
    }
    if (mine.sameAsBest()) {
      return v.m.get("prep.confirm.same", v.name(bestBuiltIn.plan()),
          (gap < 0 ? "-" : gap > 0 ? "+" : "") + pts);
    }
    return v.m.get("prep.confirm.worse", v.name(bestBuiltIn.plan()), pts);
  }

  static String hours(double h) {
    return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
  }
}
