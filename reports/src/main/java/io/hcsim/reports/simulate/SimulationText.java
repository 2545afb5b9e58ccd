package io.hcsim.reports.simulate;

import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.pay.PayLines;
import io.hcsim.reports.render.Columns;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.odds.SimulationResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plain-text report of `hcsim simulate`, what a candidate reads first, in the language of
 * {@code messages}: the sentences of {@link SimulationView} (which the odds report prints too),
 * with the funnel and the levers laid out in columns, filled into {@code simulate.txt.mustache}.
 */
public final class SimulationText {
  private static final Template TEMPLATE = Template.plain("simulate.txt.mustache");
  /** The narrowest the funnel's first column is, so that short round names still line up with the head. */
  private static final int ROUND_COLUMN = 22;

  private SimulationText() {}

  public static String render(SimulationResult r, Messages m) {
    SimulationView view = new SimulationView(r, m);
    Map<String, Object> v = new HashMap<>();
    v.put("header", view.header());
    v.put("runs", view.runs());
    v.put("truth", view.truth());
    v.put("chance", view.chance());
    v.put("likely", view.likelyReading());
    v.put("asRated", view.asRated());
    put(v, "self", view.selfAssessment());
    put(v, "selfNote", view.selfAssessmentNote());
    v.put("levels", view.levels());
    v.put("outcomes", view.outcomes());
    v.put("effectiveBar", view.effectiveBar());
    v.put("otherLevels", view.otherLevels());
    List<List<String>> funnel = view.funnel();
    int width = Math.max(ROUND_COLUMN, Columns.widest(funnel.stream().map(row -> row.get(0)).toList()));
    v.put("funnelLines", Columns.lay("L" + width + m.get("layout.sim.funnel"), funnel));
    put(v, "endedAt", view.endedAt());
    v.put("endedBy", view.endedBy());
    put(v, "concerns", view.concerns());
    put(v, "payAlone", view.payAlone());
    v.put("offers", view.offers());
    r.pay().ifPresent(pay -> {
      PayLines lines = new PayLines(pay, m, r.summary().currency());
      v.put("payHeading", lines.heading());
      v.put("payLines", lines.breakdown(r.profile(), r.summary().offerMeetsExpectation()));
      v.put("payLeversHeading", m.get("pay.leversHeading"));
      v.put("payLevers", lines.levers());
    });
    if (!r.levers().isEmpty()) {
      v.put("leversIntro", view.leversIntro());
      v.put("leverLines", Columns.lay(m.get("layout.sim.levers"), view.levers()));
    }
    v.put("readingHeading", m.get("odds.reading"));
    v.put("reading", view.reading());
    put(v, "days", view.days());
    return TEMPLATE.render(v);
  }

  private static void put(Map<String, Object> v, String key, Optional<String> value) {
    value.ifPresent(x -> v.put(key, x));
  }
}
