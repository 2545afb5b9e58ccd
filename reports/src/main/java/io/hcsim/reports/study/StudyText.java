package io.hcsim.reports.study;

import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Columns;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The study on the terminal, in the language of {@code messages}: the report's header and reading
 * ({@link StudyReport#header}) with the metrics as a table laid out in columns (one column per
 * swept value, or one row per combination of a grid), filled into {@code study.txt.mustache}.
 */
public final class StudyText {
  /** The metrics a grid shows per row: the ones a recruiting lead weighs against each other. */
  private static final List<Metric> GRID = List.of(Metric.RIGHT_DECISION, Metric.VALIDITY, Metric.PRECISION, Metric.RECALL,
      Metric.HIRE_RATE, Metric.AGREEMENT, Metric.HOURS_PER_HIRE, Metric.DAYS_MEDIAN);
  private static final Template TEMPLATE = Template.plain("study.txt.mustache");

  private StudyText() {}

  public static String render(StudyResult r, Messages messages) {
    StudyWords w = new StudyWords(messages);
    Map<String, Object> v = StudyReport.header(r, w);
    List<Metric> metrics = r.metrics();
    v.put("tableLines", r.sweeps().isEmpty() ? single(r.points().get(0), metrics, w)
        : r.sweeps().size() == 1 ? curve(r, metrics, w) : grid(r, GRID.stream().filter(metrics::contains).toList(), w));
    v.put("readingHeading", messages.get("punct.heading", w.get("reading")));
    return TEMPLATE.render(v);
  }

  /** Metric, value and interval, one metric a line. */
  private static List<String> single(PointResult p, List<Metric> metrics, StudyWords w) {
    int width = Columns.widest(metrics.stream().map(w::metric).toList()) + 2;
    List<String> lines = new ArrayList<>();
    lines.add(Columns.left(w.get("metric"), width) + Columns.right(w.get("value"), 10) + "   " + w.get("interval"));
    for (Metric m : metrics) {
      Estimate e = p.get(m);
      lines.add(Columns.left(w.metric(m), width) + Columns.right(w.figure(m, e.value()), 10) + "   " + w.interval(m, e));
    }
    return lines;
  }

  /** Metrics down, swept values across; each cell "value ±half-width". */
  private static List<String> curve(StudyResult r, List<Metric> metrics, StudyWords w) {
    int width = Columns.widest(metrics.stream().map(w::metric).toList()) + 2;
    String param = r.sweeps().get(0).parameter().id();
    List<String> heads = r.points().stream().map(p -> w.value(param, p.values().get(param))).toList();
    int cell = Math.max(16, Columns.widest(heads) + 2);
    List<String> lines = new ArrayList<>();
    lines.add(row(Columns.left(w.parameter(param), width), heads, cell));
    for (Metric m : metrics) {
      lines.add(row(Columns.left(w.metric(m), width), r.points().stream().map(p -> cell(m, p.get(m), w)).toList(), cell));
    }
    lines.add(Columns.left("", width) + w.get("cellNote"));
    return lines;
  }

  /** One row per combination, a few metrics across. */
  private static List<String> grid(StudyResult r, List<Metric> metrics, StudyWords w) {
    List<String> labels = r.points().stream().map(p -> w.point(p.values())).toList();
    int width = Columns.widest(labels) + 2;
    List<String> lines = new ArrayList<>();
    lines.add(row(Columns.left("", width), metrics.stream().map(m -> w.get("short." + m.id())).toList(), 16));
    for (int i = 0; i < r.points().size(); i++) {
      PointResult p = r.points().get(i);
      lines.add(row(Columns.left(labels.get(i), width), metrics.stream().map(m -> cell(m, p.get(m), w)).toList(), 16));
    }
    lines.add(Columns.left("", width) + w.get("cellNote"));
    return lines;
  }

  private static String row(String label, List<String> cells, int cell) {
    StringBuilder b = new StringBuilder(label);
    cells.forEach(c -> b.append(Columns.right(c, cell)));
    return b.toString();
  }

  private static String cell(Metric m, Estimate e, StudyWords w) {
    if (!e.defined()) {
      return w.get("none");
    }
    double half = (e.high() - e.low()) / 2;
    String h = switch (m.kind()) {
      case SHARE -> io.hcsim.reports.i18n.Decimal.format("%.1f", 100 * half);
      case COEFFICIENT -> io.hcsim.reports.i18n.Decimal.format("%.3f", half);
      case RATING -> io.hcsim.reports.i18n.Decimal.format("%.2f", half);
      case HOURS, DAYS -> io.hcsim.reports.i18n.Decimal.format("%.1f", half);
    };
    return w.figure(m, e.value()) + " ±" + h;
  }
}
