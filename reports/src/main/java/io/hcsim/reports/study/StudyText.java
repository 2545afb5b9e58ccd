package io.hcsim.reports.study;

import io.hcsim.core.files.Printable;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text study: the metrics with their intervals (one column per swept value, or one row
 * per combination of a grid), then the reading.
 */
public final class StudyText {
  /** The metrics a grid shows per row: the ones a recruiting lead weighs against each other. */
  private static final List<Metric> GRID = List.of(Metric.ACCURACY, Metric.PRECISION, Metric.RECALL, Metric.HIRE_RATE,
      Metric.AGREEMENT, Metric.HOURS_PER_HIRE, Metric.DAYS_MEDIAN);

  private StudyText() {}

  public static String render(StudyResult r) {
    StudyWords w = new StudyWords(Messages.of(Language.EN));
    StringBuilder out = new StringBuilder();
    header(r, w, out);
    List<Metric> metrics = r.metrics();
    if (r.sweeps().isEmpty()) {
      PointResult p = r.points().get(0);
      int width = metrics.stream().mapToInt(m -> w.metric(m).length()).max().orElse(10) + 2;
      out.append(pad(w.get("metric"), width)).append(String.format("%10s   %s%n", w.get("value"), w.get("interval")));
      for (Metric m : metrics) {
        Estimate e = p.get(m);
        out.append(pad(w.metric(m), width)).append(String.format("%10s   %s%n", w.figure(m, e.value()), w.interval(m, e)));
      }
    } else if (r.sweeps().size() == 1) {
      table(r, metrics, w, out);
    } else {
      grid(r, GRID.stream().filter(metrics::contains).toList(), w, out);
    }
    out.append('\n').append(w.get("reading")).append(":\n");
    for (String line : StudyReading.of(r, w)) {
      out.append("  - ").append(line).append('\n');
    }
    return out.toString();
  }

  private static void header(StudyResult r, StudyWords w, StringBuilder out) {
    out.append(w.get("loop", Printable.escape(r.loopName()), Printable.escape(r.loopRef()), r.targetLevel())).append('\n');
    out.append(w.get("subtitle", w.messages().count(r.candidates()), r.targetLevel(), r.seed())).append('\n');
    out.append(w.get("truth", w.messages().percent(r.qualifiedShare()), r.targetLevel(), String.format(java.util.Locale.ROOT, "%.1f", r.targetBar()))).append("\n\n");
  }

  /** Metrics down, swept values across; each cell "value ±half-width". */
  private static void table(StudyResult r, List<Metric> metrics, StudyWords w, StringBuilder out) {
    int width = metrics.stream().mapToInt(m -> w.metric(m).length()).max().orElse(10) + 2;
    String param = r.sweeps().get(0).parameter().id();
    List<String> heads = r.points().stream().map(p -> w.value(param, p.values().get(param))).toList();
    int cell = Math.max(16, heads.stream().mapToInt(String::length).max().orElse(0) + 2);
    out.append(pad(w.parameter(param), width));
    heads.forEach(h -> out.append(String.format("%" + cell + "s", h)));
    out.append('\n');
    for (Metric m : metrics) {
      out.append(pad(w.metric(m), width));
      for (PointResult p : r.points()) {
        out.append(String.format("%" + cell + "s", cell(m, p.get(m), w)));
      }
      out.append('\n');
    }
    out.append(pad("", width)).append("(value ± half the 95% interval)\n");
  }

  /** One row per combination, a few metrics across. */
  private static void grid(StudyResult r, List<Metric> metrics, StudyWords w, StringBuilder out) {
    List<String> labels = r.points().stream().map(p -> w.point(p.values())).toList();
    int width = labels.stream().mapToInt(String::length).max().orElse(10) + 2;
    List<String> heads = new ArrayList<>();
    for (Metric m : metrics) {
      heads.add(shortName(m));
    }
    out.append(pad("", width));
    heads.forEach(h -> out.append(String.format("%16s", h)));
    out.append('\n');
    for (int i = 0; i < r.points().size(); i++) {
      out.append(pad(labels.get(i), width));
      for (Metric m : metrics) {
        out.append(String.format("%16s", cell(m, r.points().get(i).get(m), w)));
      }
      out.append('\n');
    }
    out.append(pad("", width)).append("(value ± half the 95% interval)\n");
  }

  private static String shortName(Metric m) {
    return switch (m) {
      case HIRE_RATE -> "hire rate";
      case HOURS_PER_HIRE -> "hours/hire";
      case DAYS_MEDIAN -> "days (median)";
      default -> m.id();
    };
  }

  private static String cell(Metric m, Estimate e, StudyWords w) {
    if (!e.defined()) {
      return w.get("none");
    }
    double half = (e.high() - e.low()) / 2;
    String h = switch (m.kind()) {
      case SHARE -> io.hcsim.reports.i18n.Decimal.format("%.1f", 100 * half);
      case HOURS, DAYS -> io.hcsim.reports.i18n.Decimal.format("%.1f", half);
    };
    return w.figure(m, e.value()) + " ±" + h;
  }

  private static String pad(String s, int width) {
    return String.format("%-" + width + "s", s);
  }
}
