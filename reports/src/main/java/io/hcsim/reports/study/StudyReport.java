package io.hcsim.reports.study;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.chart.BandChart;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.chart.HeatMap;
import io.hcsim.reports.font.CjkFont;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.render.Pdf;
import io.hcsim.reports.render.StyleSheet;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;
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
    v.put("h", h);
    List<Metric> metrics = r.metrics();
    if (r.sweeps().size() == 1) {
      v.put("hasBands", true);
      v.put("bandRows", bands(style, metrics));
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
    v.put("loopLine", w.get("loop", w.loopName(r.loopRef(), r.loopName()), r.loopRef(), r.targetLevel()));
    v.put("truth", w.get("truth", m.percent(r.qualifiedShare()), r.targetLevel(),
        String.format(java.util.Locale.ROOT, "%.1f", r.targetBar())));
    v.put("reading", StudyReading.of(r, w));
    return v;
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
        x -> w.figure(metric, x)).svg(style, id);
  }

  /** Metrics down and points across for a plain study or a curve; points down and metrics across for a grid. */
  private void table(Map<String, Object> v, List<Metric> metrics) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (r.sweeps().size() < 2) {
      String param = r.sweeps().isEmpty() ? null : r.sweeps().get(0).parameter().id();
      v.put("corner", param == null ? w.get("metric") : w.parameter(param));
      v.put("columns", param == null ? List.of(w.get("value"))
          : r.points().stream().map(p -> w.value(param, p.values().get(param))).toList());
      for (Metric metric : metrics) {
        rows.add(Map.of("label", w.metric(metric), "cells", r.points().stream().map(p -> cell(metric, p)).toList()));
      }
    } else {
      v.put("corner", "");
      v.put("columns", metrics.stream().map(w::metric).toList());
      for (PointResult p : r.points()) {
        rows.add(Map.of("label", w.point(p.values()), "cells", metrics.stream().map(metric -> cell(metric, p)).toList()));
      }
    }
    v.put("rows", rows);
  }

  private Map<String, String> cell(Metric metric, PointResult p) {
    Estimate e = p.get(metric);
    return Map.of("value", w.figure(metric, e.value()), "ci", w.interval(metric, e));
  }
}
