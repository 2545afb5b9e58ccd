package io.hcsim.reports.prep;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.chart.ShareIntervalChart;
import io.hcsim.reports.chart.ShareIntervalChart.Tone;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.render.Document;
import io.hcsim.simulation.prep.PlanTrial.Entry;
import io.hcsim.simulation.prep.PrepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `hcsim compare` and `hcsim optimize` as a document (HTML or PDF, English or Chinese): the
 * reading, P(offer) per plan as bars with intervals, the table of plans and why each does what it
 * does; for optimize also the plan, the week-by-week schedule and what to practise.
 */
public final class PrepReport {
  private final PrepView v;
  private final Messages m;
  private final PrepResult r;

  public PrepReport(PrepResult result, Messages messages) {
    this(result, messages, false);
  }

  /** {@code ids}: name built-in strategies with their ids too, as the terminal does. */
  PrepReport(PrepResult result, Messages messages, boolean ids) {
    this.v = new PrepView(result, messages, ids);
    this.m = messages;
    this.r = result;
  }

  /** The report as HTML or PDF; a Chinese PDF needs a CJK TrueType font ({@code font} or the system's). */
  public byte[] render(Format format, Optional<Path> font) throws InvalidInputException {
    String title = r.optimised().isPresent() ? m.get("prep.optimize.title") : m.get("prep.compare.title");
    return Document.render(m.chinese(), format, font, "prep.xhtml.mustache", this::values,
        m.get("prep.footer", v.candidate(), r.ranking().seed()), title + " · " + v.candidate());
  }

  Map<String, Object> values(ChartStyle style) {
    Map<String, Object> out = view();
    String chosen = recommended();
    String baseline = r.ranking().baseline().name();
    out.put("chart", new ShareIntervalChart(r.ranking().entries().stream()
        .map(e -> new ShareIntervalChart.Bar(v.name(e.plan()), e.hire(), e.hireCi().low(), e.hireCi().high(),
            e.plan().name().equals(chosen) ? Tone.CHOSEN : e.plan().name().equals(baseline) ? Tone.BASELINE : Tone.PLAIN))
        .toList(), m.get("prep.chartAxis"), false, Map.of(Tone.CHOSEN, m.get("prep.key.chosen"), Tone.BASELINE,
        m.get("prep.key.baseline"), Tone.PLAIN, m.get("prep.key.other"))).svg(style, "strategies-chart"));
    return out;
  }

  /**
   * The plan the report recommends: optimize's own plan, else the best of those compared, unless
   * that is the baseline (then none is).
   */
  private String recommended() {
    return r.optimised().map(o -> o.search().plan().name()).orElseGet(() -> {
      String best = r.ranking().best().plan().name();
      return best.equals(r.ranking().baseline().name()) ? "" : best;
    });
  }

  /** Everything the document and the terminal text show, as they show it (the chart aside). */
  Map<String, Object> view() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("lang", m.language().id());
    out.put("title", r.optimised().isPresent() ? m.get("prep.optimize.title") : m.get("prep.compare.title"));
    out.put("candidate", v.candidate());
    out.put("subtitle", m.get("prep.subtitle", PrepText.hours(r.hours()), m.count(r.ranking().runs()), r.ranking().seed()));
    out.put("context", m.get("prep.context", v.candidate(), m.loopName(r.loopRef(), r.loopRef()), r.targetLevel()));
    Map<String, String> h = new LinkedHashMap<>();
    for (String k : List.of("reading", "strategies", "chartIntro", "plan", "hours", "hire", "interval", "atTarget",
        "expectedOffer", "delta", "sameAsBest", "why", "planTitle", "activity", "buys", "schedule", "week", "what",
        "practise", "practiseIntro", "weak", "strong")) {
      h.put(k, m.get("prep." + k));
    }
    out.put("h", h);
    out.put("reading", v.reading());
    List<Map<String, String>> rows = new ArrayList<>();
    for (Entry e : r.ranking().entries()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("name", v.name(e.plan()));
      row.put("hire", m.percent(e.hire()));
      row.put("ci", v.ci(e.hireCi()));
      row.put("atTarget", m.percent(e.atTarget()));
      row.put("offer", v.money(e.expectedOffer()));
      row.put("delta", e.plan().name().equals(r.ranking().baseline().name()) ? "–" : v.points(e.delta()));
      row.put("same", e.sameAsBest() ? m.get("prep.yes") : m.get("prep.no"));
      row.put("rationale", v.rationale(e.plan()));
      row.put("hoursText", e.plan().hours().isEmpty() ? "" : v.hours(e.plan()));
      row.put("why", v.why(e));
      rows.add(row);
    }
    out.put("rows", rows);
    r.optimised().ifPresent(o -> {
      Entry found = r.ranking().entry(o.search().plan().name());
      Entry none = r.ranking().entry(r.ranking().baseline().name());
      out.put("optimised", true);
      out.put("planName", v.name(found.plan()));
      out.put("planIntro", m.get("prep.planIntro", m.proficiency(r.catalogue().preparationLimits().ceiling())));
      out.put("planRows", v.planRows(found.plan()));
      out.put("odds", m.get("prep.odds", m.percent(none.hire()), m.percent(found.hire()), v.points(found.delta()),
          m.percent(none.atTarget()), m.percent(found.atTarget())));
      out.put("search", PrepText.search(v));
      out.put("confirmation", PrepText.confirmation(v));
      o.schedule().ifPresent(s -> {
        out.put("scheduleIntro", m.get("prep.scheduleIntro", v.hoursValue(s.hoursPerWeek())));
        out.put("weeks", v.weekRows(s));
        out.put("hasSchedule", true);
      });
      List<Map<String, Object>> practise = v.practise(found.plan());
      if (!practise.isEmpty()) {
        out.put("practiseItems", practise);
        out.put("hasPractise", true);
      }
    });
    return out;
  }
}
