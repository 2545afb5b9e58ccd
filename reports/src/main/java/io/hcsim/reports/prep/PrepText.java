package io.hcsim.reports.prep;

import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Columns;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.prep.PlanTrial.Entry;
import io.hcsim.simulation.prep.PrepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `hcsim compare` and `hcsim optimize` on the terminal, in the language of {@code messages}: the
 * document's own view ({@link PrepReport#view}) with its tables laid out in columns, filled into
 * {@code prep.txt.mustache}.
 */
public final class PrepText {
  private static final Template TEMPLATE = Template.plain("prep.txt.mustache");

  private PrepText() {}

  public static String render(PrepResult r, Messages m) {
    Map<String, Object> v = new PrepReport(r, m, true).view();
    v.put("colon", m.get("punct.colon"));
    v.put("contextRef", m.get("prep.context", r.profileRef(), r.loopRef(), r.targetLevel()));
    @SuppressWarnings("unchecked")
    List<Map<String, String>> rows = (List<Map<String, String>>) v.get("rows");
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(m.get("prep.plan"), m.get("prep.hire"), m.get("prep.interval"), m.get("prep.column.atTarget"),
        m.get("prep.column.expectedOffer"), m.get("prep.delta"), m.get("prep.column.sameAsBest")));
    for (Map<String, String> row : rows) {
      table.add(List.of(row.get("name"), row.get("hire"), row.get("ci"), row.get("atTarget"), row.get("offer"),
          row.get("delta"), row.get("same")));
    }
    v.put("tableLines", Columns.lay(m.get("layout.prep.strategies"), table));
    if (v.containsKey("planRows")) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> plan = (List<Map<String, Object>>) v.get("planRows");
      v.put("planLines", Columns.lay(m.get("layout.prep.plan"), plan.stream()
          .map(x -> List.of((String) x.get("activity"), (String) x.get("hours"), (String) x.get("buys"))).toList()));
    }
    if (v.containsKey("weeks")) {
      @SuppressWarnings("unchecked")
      List<Map<String, String>> weeks = (List<Map<String, String>>) v.get("weeks");
      v.put("weekLines", Columns.lay(m.get("layout.prep.weeks"), weeks.stream()
          .map(x -> List.of(x.get("week"), x.get("total"), x.get("what"))).toList()));
    }
    return TEMPLATE.render(v);
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
