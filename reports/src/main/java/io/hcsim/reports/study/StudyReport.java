package io.hcsim.reports.study;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.chart.BandChart;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.chart.HeatMap;
import io.hcsim.reports.chart.ShareIntervalChart;
import io.hcsim.reports.chart.ShareIntervalChart.Tone;
import io.hcsim.reports.font.CjkFont;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.render.Pdf;
import io.hcsim.reports.render.StyleSheet;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.InterviewCurve;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;
import io.hcsim.simulation.study.SweepParameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A study as a document (HTML or PDF, English or Chinese): the reading, each metric along a sweep
 * with its interval band, the heat maps of a grid, the table of every metric, and the definitions.
 */
public final class StudyReport {
  /** Band charts side by side. */
  private static final int CHARTS_PER_ROW = 2;

  private final StudyResult r;
  private final StudyWords w;

  public StudyReport(StudyResult result, Messages messages) {
    this.r = result;
    this.w = new StudyWords(messages);
  }

  public byte[] render(Format format, Optional<Path> font) throws InvalidInputException {
    if (!format.rich()) {
      throw new IllegalArgumentException("the study report is HTML or PDF: " + format);
    }
    Messages m = w.messages();
    boolean pdf = format == Format.PDF;
    Optional<CjkFont> cjk = CjkFont.forDocument(pdf, m.chinese(), font);
    ChartStyle style = ChartStyle.latinOr(cjk.isPresent() ? Optional.of(cjk.get().awt()) : Optional.empty());
    Map<String, Object> v = values(style);
    v.put("css", StyleSheet.render(Pdf.family(m.chinese()),
        w.get("footer", r.loopRef(), r.seed())));
    String html = Template.xhtml("study.xhtml.mustache").render(v);
    return pdf ? Pdf.render(html, cjk, w.get("title") + " · " + w.loopName(r.loopRef(), r.loopName()))
        : html.getBytes(StandardCharsets.UTF_8);
  }

  Map<String, Object> values(ChartStyle style) {
    Messages m = w.messages();
    Map<String, Object> v = header(r, w);
    v.put("lang", m.language().id());
    v.put("title", w.get("title"));
    v.put("loopName", w.loopName(r.loopRef(), r.loopName()));
    Map<String, String> h = new LinkedHashMap<>();
    for (String k : List.of("reading", "charts", "chartsIntro", "heatmap", "heatmapIntro", "heatmapValidity", "heatmapHours",
        "table", "notes")) {
      h.put(k, w.get(k));
    }
    h.put("singleTitle", w.get("single.title"));
    h.put("singleIntro", w.get("single.intro"));
    v.put("h", h);
    List<Metric> metrics = r.metrics();
    if (r.sweeps().isEmpty()) {
      v.put("hasSingle", true);
      v.put("singleChart", rightDecisions(style));
    }
    if (r.sweeps().size() == 1) {
      v.put("hasBands", true);
      v.put("bandRows", bands(style, metrics));
    }
    if (r.sweeps().isEmpty() && r.curve().isPresent()) {
      v.put("hasBands", true);
      h.put("charts", w.get("curveCharts"));
      h.put("chartsIntro", w.get("curveChartsIntro"));
      v.put("bandRows", curveBands(style, r.curve().get()));
    }
    if (r.sweeps().size() == 2) {
      v.put("hasGrid", true);
      v.put("accuracyMap", heatMap(Metric.RIGHT_DECISION, style, "accuracy-map"));
      v.put("validityMap", heatMap(Metric.VALIDITY, style, "validity-map"));
      v.put("hoursMap", heatMap(Metric.HOURS_PER_HIRE, style, "hours-map"));
    }
    table(v, metrics);
    v.put("notes", List.of(w.get("note.qualified"), w.get("note.trueLevel"), w.get("note.score"), w.get("note.reliability"),
        w.get("note.agreement", m.percent(r.fullInformationHireRate()),
            w.figure(Metric.RIGHT_DECISION, r.fullInformationRightDecision().value())),
        w.get("note.days")));
    return v;
  }

  /** What the document and the terminal both open and close with: the loop, the pool, the truth, and the reading. */
  static Map<String, Object> header(StudyResult r, StudyWords w) {
    Messages m = w.messages();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("subtitle", w.get("subtitle", m.count(r.candidates()), r.targetLevel(), r.seed()));
    // A loop named in the reader's language (a bundled one) needs no reference beside it; a file's keeps its path.
    String loopName = w.loopName(r.loopRef(), r.loopName());
    v.put("loopLine", w.get(loopName.equals(r.loopName()) ? "loop" : "loopNamed", loopName, r.loopRef(), r.targetLevel()));
    v.put("truth", w.get("truth", m.percent(r.qualifiedShare()), r.targetLevel(),
        String.format(java.util.Locale.ROOT, "%.1f", r.targetBar())));
    v.put("reading", StudyReading.of(r, w));
    return v;
  }

  /**
   * A study of the loop as it is: its right decisions beside the full-information reference's and
   * the two rules of thumb', each with its interval, the loop's own bar marked.
   */
  private String rightDecisions(ChartStyle style) {
    PointResult p = r.points().get(0);
    List<ShareIntervalChart.Bar> bars = new ArrayList<>();
    bars.add(bar(w.get("single.loop"), p.get(Metric.RIGHT_DECISION), Tone.CHOSEN));
    bars.add(bar(w.get("single.reference"), r.fullInformationRightDecision(), Tone.PLAIN));
    bars.add(bar(w.get("single.rejectAll"), p.get(Metric.REJECT_ALL_BASELINE), Tone.BASELINE));
    bars.add(bar(w.get("single.offerAll", r.targetLevel()), p.get(Metric.OFFER_ALL_BASELINE), Tone.BASELINE));
    return new ShareIntervalChart(bars.stream().filter(b -> !Double.isNaN(b.share())).toList(), w.get("single.axis"),
        false, Map.of(Tone.CHOSEN, w.get("single.key.loop"), Tone.PLAIN, w.get("single.key.reference"), Tone.BASELINE,
        w.get("single.key.baseline"))).svg(style, "right-decisions");
  }

  private static ShareIntervalChart.Bar bar(String label, Estimate e, Tone tone) {
    return new ShareIntervalChart.Bar(label, e.value(), e.low(), e.high(), tone);
  }

  private List<Map<String, Object>> bands(ChartStyle style, List<Metric> metrics) {
    Sweep s = r.sweeps().get(0);
    String param = s.parameter().id();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, String>> cells = new ArrayList<>();
    // The baselines are the same at every point: the table shows them, a chart would be a flat line.
    for (Metric metric : metrics.stream().filter(x -> x != Metric.REJECT_ALL_BASELINE && x != Metric.OFFER_ALL_BASELINE)
        .toList()) {
      List<BandChart.Point> points = r.points().stream().map(p -> {
        Estimate e = p.get(metric);
        return new BandChart.Point(w.value(param, p.values().get(param)), e.value(), e.low(), e.high());
      }).toList();
      double scale = metric.kind() == Metric.Kind.SHARE ? 100 : 1;
      String unit = " (" + w.get("unit." + metric.kind().name().toLowerCase(java.util.Locale.ROOT)) + ")";
      String svg = new BandChart(points, w.parameter(param), w.metric(metric) + unit, scale)
          .svg(style, "band-" + metric.id());
      cells.add(Map.of("svg", svg));
      if (cells.size() == CHARTS_PER_ROW) {
        rows.add(Map.of("cells", cells));
        cells = new ArrayList<>();
      }
    }
    if (!cells.isEmpty()) {
      rows.add(Map.of("cells", cells));
    }
    return rows;
  }

  /** A plain study's validity and hours per candidate with the loop cut after each interview, side by side. */
  private List<Map<String, Object>> curveBands(ChartStyle style, InterviewCurve curve) {
    String axis = w.parameter(SweepParameter.ROUNDS.id());
    List<Map<String, String>> cells = new ArrayList<>();
    for (Metric metric : List.of(Metric.VALIDITY, Metric.HOURS_PER_CANDIDATE)) {
      List<BandChart.Point> points = curve.points().stream().map(p -> {
        Estimate e = metric == Metric.VALIDITY ? p.validity() : p.hoursPerCandidate();
        return new BandChart.Point(Integer.toString(p.interviews()), e.value(), e.low(), e.high());
      }).toList();
      String unit = " (" + w.get("unit." + metric.kind().name().toLowerCase(java.util.Locale.ROOT)) + ")";
      cells.add(Map.of("svg", new BandChart(points, axis, w.metric(metric) + unit, 1).svg(style, "curve-" + metric.id())));
    }
    return List.of(Map.of("cells", cells));
  }

  private String heatMap(Metric metric, ChartStyle style, String id) {
    Sweep across = r.sweeps().get(0);
    Sweep down = r.sweeps().get(1);
    double[][] values = new double[down.values().size()][across.values().size()];
    for (int i = 0; i < r.points().size(); i++) {
      // The first sweep varies slowest: point i is (across i / |down|, down i % |down|).
      values[i % down.values().size()][i / down.values().size()] = r.points().get(i).get(metric).value();
    }
    String a = across.parameter().id();
    String d = down.parameter().id();
    return new HeatMap(across.values().stream().map(x -> w.value(a, x)).toList(),
        down.values().stream().map(x -> w.value(d, x)).toList(), values, w.parameter(a), w.parameter(d),
        x -> w.figure(metric, x), w.get("key." + metric.id())).svg(style, id);
  }

  /**
   * Most value columns one table holds beside its metric names: each cell is a figure over its
   * interval, about a sixth of the page's text block wide, and the names keep a third of it.
   */
  static final int MAX_COLUMNS = 4;

  /**
   * Every metric down and study points across, in tables that fit the page: a plain study or a
   * curve in one table (split into even parts when it has more than {@link #MAX_COLUMNS} points),
   * a grid as one table per value of its first parameter, headed by that value, with the second
   * parameter's values across.
   */
  private void table(Map<String, Object> v, List<Metric> metrics) {
    List<Map<String, Object>> tables = new ArrayList<>();
    if (r.sweeps().size() < 2) {
      String param = r.sweeps().isEmpty() ? null : r.sweeps().get(0).parameter().id();
      List<String> columns = param == null ? List.of(w.get("value"))
          : r.points().stream().map(p -> w.value(param, p.values().get(param))).toList();
      tables.addAll(tables("", param == null ? w.get("metric") : w.parameter(param), columns, r.points(), metrics));
    } else {
      Sweep first = r.sweeps().get(0);
      String a = first.parameter().id();
      String d = r.sweeps().get(1).parameter().id();
      for (String value : first.values()) {
        List<PointResult> points = r.points().stream().filter(p -> p.values().get(a).equals(value)).toList();
        tables.addAll(tables(w.point(Map.of(a, value)), w.parameter(d),
            points.stream().map(p -> w.value(d, p.values().get(d))).toList(), points, metrics));
      }
    }
    v.put("tables", tables);
  }

  /** The points' columns split evenly into tables of at most {@link #MAX_COLUMNS}, each with every metric. */
  private List<Map<String, Object>> tables(String caption, String corner, List<String> columns, List<PointResult> points,
      List<Metric> metrics) {
    List<Map<String, Object>> out = new ArrayList<>();
    int parts = (columns.size() + MAX_COLUMNS - 1) / MAX_COLUMNS;
    int per = (columns.size() + parts - 1) / Math.max(parts, 1);
    for (int from = 0; from < columns.size(); from += per) {
      int to = Math.min(columns.size(), from + per);
      List<PointResult> part = points.subList(from, to);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Metric metric : metrics) {
        rows.add(Map.of("label", w.metric(metric), "cells", part.stream().map(p -> cell(metric, p)).toList()));
      }
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("caption", caption);
      t.put("corner", corner);
      t.put("columns", columns.subList(from, to));
      t.put("rows", rows);
      out.add(t);
    }
    return out;
  }

  private Map<String, String> cell(Metric metric, PointResult p) {
    Estimate e = p.get(metric);
    return Map.of("value", w.figure(metric, e.value()), "ci", w.interval(metric, e));
  }
}
