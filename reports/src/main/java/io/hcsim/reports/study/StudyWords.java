package io.hcsim.reports.study;

import io.hcsim.reports.i18n.Decimal;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.Metric;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A study's names and numbers in one language: metrics, parameters and their values, figures with intervals. */
final class StudyWords {
  private final Messages m;

  StudyWords(Messages messages) {
    this.m = messages;
  }

  Messages messages() {
    return m;
  }

  String get(String key, Object... args) {
    return m.get("study." + key, args);
  }

  /** A bundled loop's name in the language where the words have one, else the name the file gives. */
  String loopName(String loopRef, String name) {
    return m.loopName(loopRef, name);
  }

  String metric(Metric metric) {
    return get("metric." + metric.id());
  }

  String parameter(String id) {
    return get("param." + id);
  }

  /** A parameter's value: a named choice in the language, a number as given. */
  String value(String parameter, String value) {
    String key = "study.value." + parameter + "." + value;
    return m.has(key) ? m.get(key) : value;
  }

  /** A study point, as "Interviews 3" or "Interviews 3, Bar raiser on" (nothing for a plain study). */
  String point(Map<String, String> values) {
    String sep = m.chinese() ? "，" : ", ";
    String gap = m.chinese() ? "：" : ": ";
    return values.entrySet().stream()
        .map(e -> parameter(e.getKey()) + gap + value(e.getKey(), e.getValue()))
        .collect(Collectors.joining(sep));
  }

  /** A metric's value in its unit: a percentage, hours or days. */
  String figure(Metric metric, double value) {
    if (Double.isNaN(value)) {
      return get("none");
    }
    return switch (metric.kind()) {
      case SHARE -> m.percent(value);
      case COEFFICIENT -> Decimal.format("%.3f", value);
      case RATING -> Decimal.format("%.2f", value);
      case HOURS -> get("hours", Decimal.format("%.1f", value));
      case DAYS -> get("days", Decimal.format("%.1f", value));
    };
  }

  /** A coefficient (a correlation, an AUC) as the study prints it, "0.523". */
  String coefficient(double value) {
    return Double.isNaN(value) ? get("none") : Decimal.format("%.3f", value);
  }

  /** The interval "84.9%-85.3%" in the metric's unit. */
  String interval(Metric metric, Estimate e) {
    if (!e.defined()) {
      return get("none");
    }
    return figure(metric, e.low()) + " – " + figure(metric, e.high());
  }

  /** A change in a share in percentage points, "+1.2 pts". */
  String points(double delta) {
    return Double.isNaN(delta) ? get("none") : get("points", 100 * delta);
  }

  /** A change in hours, "+3.5 h". */
  String hoursChange(double delta) {
    return Double.isNaN(delta) ? get("none") : get("hours", Decimal.format("%+.1f", delta));
  }

  String list(List<String> items) {
    return m.list(items);
  }
}
