package io.hcsim.reports.study;

import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;
import io.hcsim.simulation.study.SweepParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plain reading of a study for a recruiting lead: what the loop does with 100 applicants, what
 * it costs, and along a sweep where accuracy stops rising, what each step costs in hours per hire
 * and what the change trades.
 */
final class StudyReading {
  /** Half a point of accuracy: below what a recruiting team would act on. */
  static final double PLATEAU = 0.005;

  private StudyReading() {}

  static List<String> of(StudyResult r, StudyWords w) {
    List<String> out = new ArrayList<>();
    if (r.sweeps().isEmpty()) {
      PointResult p = r.points().get(0);
      base(r, p, w, out);
      return out;
    }
    out.add(w.get("reading.sameDraws", w.messages().count(r.candidates())));
    if (r.sweeps().size() == 2) {
      grid(r, w, out);
      return out;
    }
    Sweep s = r.sweeps().get(0);
    List<PointResult> points = r.points();
    String param = s.parameter().id();
    if (ordered(s.parameter())) {
      plateau(points, param, w, out);
      for (int i = 1; i < points.size(); i++) {
        PointResult a = points.get(i - 1);
        PointResult b = points.get(i);
        out.add(w.get("reading.step", label(a, w), label(b, w),
            w.hoursChange(b.get(Metric.HOURS_PER_HIRE).value() - a.get(Metric.HOURS_PER_HIRE).value()),
            w.points(b.get(Metric.ACCURACY).value() - a.get(Metric.ACCURACY).value()),
            w.points(b.get(Metric.AGREEMENT).value() - a.get(Metric.AGREEMENT).value())));
      }
    }
    PointResult first = points.get(0);
    PointResult last = points.get(points.size() - 1);
    if (!ordered(s.parameter()) || points.size() == 2) {
      Estimate a = first.get(Metric.ACCURACY);
      Estimate b = last.get(Metric.ACCURACY);
      if (b.low() <= a.high() && a.low() <= b.high()) {
        out.add(w.get("reading.flat", w.figure(Metric.ACCURACY, a.value()), w.figure(Metric.ACCURACY, b.value())));
      }
    }
    out.add(trade(first, last, w));
    return out;
  }

  /** Numeric sweeps read as a curve; choices (rule, visibility, on/off) as a comparison. */
  private static boolean ordered(SweepParameter p) {
    return p.choices().isEmpty();
  }

  /** A point named in a sentence: quoted, as its label has a colon of its own. */
  private static String label(PointResult p, StudyWords w) {
    return w.messages().chinese() ? "「" + w.point(p.values()) + "」" : "“" + w.point(p.values()) + "”";
  }

  private static void base(StudyResult r, PointResult p, StudyWords w, List<String> out) {
    out.add(w.get("reading.base", r.targetLevel(),
        String.format(java.util.Locale.ROOT, "%.1f", 100 * p.get(Metric.HIRE_RATE).value()),
        w.figure(Metric.PRECISION, p.get(Metric.PRECISION).value()),
        w.figure(Metric.RECALL, p.get(Metric.RECALL).value()),
        w.figure(Metric.ACCURACY, p.get(Metric.ACCURACY).value())));
    out.add(w.get("reading.cost", w.figure(Metric.HOURS_PER_CANDIDATE, p.get(Metric.HOURS_PER_CANDIDATE).value()),
        w.figure(Metric.HOURS_PER_HIRE, p.get(Metric.HOURS_PER_HIRE).value())));
    if (p.get(Metric.DAYS_MEDIAN).defined()) {
      out.add(w.get("reading.days", String.format(java.util.Locale.ROOT, "%.1f", p.get(Metric.DAYS_MEDIAN).value()),
          String.format(java.util.Locale.ROOT, "%.1f", p.get(Metric.DAYS_P90).value())));
    }
    out.add(w.get("reading.agreement", w.figure(Metric.AGREEMENT, p.get(Metric.AGREEMENT).value()),
        w.messages().percent(r.fullInformationHireRate()),
        w.figure(Metric.LEVEL_ACCURACY, p.get(Metric.LEVEL_ACCURACY).value())));
  }

  /** Where accuracy peaks, and the first value from which it stays within half a point of the peak. */
  private static void plateau(List<PointResult> points, String param, StudyWords w, List<String> out) {
    int best = 0;
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).get(Metric.ACCURACY).value() > points.get(best).get(Metric.ACCURACY).value()) {
        best = i;
      }
    }
    double peak = points.get(best).get(Metric.ACCURACY).value();
    if (best == points.size() - 1
        && peak - points.get(points.size() - 2).get(Metric.ACCURACY).value() >= PLATEAU) {
      out.add(w.get("reading.rising", label(points.get(best), w), w.figure(Metric.ACCURACY, peak)));
      return;
    }
    int enough = best;
    for (int i = 0; i <= best; i++) {
      if (peak - points.get(i).get(Metric.ACCURACY).value() < PLATEAU) {
        enough = i;
        break;
      }
    }
    out.add(w.get("reading.plateau", label(points.get(best), w), w.figure(Metric.ACCURACY, peak),
        label(points.get(enough), w)));
  }

  private static String trade(PointResult a, PointResult b, StudyWords w) {
    return w.get("reading.trade", label(a, w), label(b, w),
        w.figure(Metric.ACCURACY, a.get(Metric.ACCURACY).value()), w.figure(Metric.ACCURACY, b.get(Metric.ACCURACY).value()),
        w.figure(Metric.PRECISION, a.get(Metric.PRECISION).value()), w.figure(Metric.PRECISION, b.get(Metric.PRECISION).value()),
        w.figure(Metric.RECALL, a.get(Metric.RECALL).value()), w.figure(Metric.RECALL, b.get(Metric.RECALL).value()),
        w.figure(Metric.HIRE_RATE, a.get(Metric.HIRE_RATE).value()), w.figure(Metric.HIRE_RATE, b.get(Metric.HIRE_RATE).value()),
        w.figure(Metric.HOURS_PER_HIRE, a.get(Metric.HOURS_PER_HIRE).value()),
        w.figure(Metric.HOURS_PER_HIRE, b.get(Metric.HOURS_PER_HIRE).value()));
  }

  private static void grid(StudyResult r, StudyWords w, List<String> out) {
    PointResult best = r.points().stream()
        .max(Comparator.comparingDouble(p -> p.get(Metric.ACCURACY).value())).orElseThrow();
    double peak = best.get(Metric.ACCURACY).value();
    PointResult cheapest = r.points().stream()
        .filter(p -> peak - p.get(Metric.ACCURACY).value() < PLATEAU && p.get(Metric.HOURS_PER_HIRE).defined())
        .min(Comparator.comparingDouble(p -> p.get(Metric.HOURS_PER_HIRE).value())).orElse(best);
    if (cheapest == best) {
      out.add(w.get("reading.gridBestCheapest", label(best, w), w.figure(Metric.ACCURACY, peak),
          w.figure(Metric.HOURS_PER_HIRE, best.get(Metric.HOURS_PER_HIRE).value())));
    } else {
      out.add(w.get("reading.gridBest", label(best, w), w.figure(Metric.ACCURACY, peak), label(cheapest, w),
          w.figure(Metric.HOURS_PER_HIRE, cheapest.get(Metric.HOURS_PER_HIRE).value())));
    }
    // Each parameter on its own, the other held at its first value (the first sweep varies slowest).
    int down = r.sweeps().get(1).values().size();
    PointResult first = r.points().get(0);
    out.add(trade(first, r.points().get(r.points().size() - down), w));
    out.add(trade(first, r.points().get(down - 1), w));
  }
}
