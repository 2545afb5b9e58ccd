package io.hcsim.reports.study;

import io.hcsim.reports.i18n.Decimal;
import io.hcsim.simulation.study.CutDay;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.InterviewCurve;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;
import io.hcsim.simulation.study.SweepParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The plain reading of a study for a recruiting lead: the right decisions against the baselines,
 * the validity and the agreement between interviewers, what the loop does with 100 applicants and
 * what it costs; along a rounds sweep, where the curve flattens and what a point of validity costs;
 * along any sweep, what each step costs and what the change trades.
 */
final class StudyReading {
  /** Half a point of right decisions: below what a recruiting team would act on. */
  static final double PLATEAU = 0.005;

  private StudyReading() {}

  static List<String> of(StudyResult r, StudyWords w) {
    List<String> out = new ArrayList<>();
    if (r.sweeps().isEmpty()) {
      PointResult p = r.points().get(0);
      base(r, p, w, out);
      days(r, w, out);
      return out;
    }
    out.add(w.get("reading.sameDraws", w.messages().count(r.candidates())));
    days(r, w, out);
    if (r.sweeps().size() == 2) {
      grid(r, w, out);
      return out;
    }
    Sweep s = r.sweeps().get(0);
    List<PointResult> points = r.points();
    baselineAlong(r, w, out);
    if (r.roundsCurve()) {
      flattening(r, w, out);
    }
    if (ordered(s.parameter())) {
      plateau(points, w, out);
      for (int i = 1; i < points.size(); i++) {
        PointResult a = points.get(i - 1);
        PointResult b = points.get(i);
        out.add(w.get("reading.step", label(a, w), label(b, w),
            w.hoursChange(b.get(Metric.HOURS_PER_HIRE).value() - a.get(Metric.HOURS_PER_HIRE).value()),
            w.points(b.get(Metric.RIGHT_DECISION).value() - a.get(Metric.RIGHT_DECISION).value()),
            coefficientChange(b.get(Metric.VALIDITY).value() - a.get(Metric.VALIDITY).value()),
            w.points(b.get(Metric.AGREEMENT).value() - a.get(Metric.AGREEMENT).value())));
      }
    }
    PointResult first = points.get(0);
    PointResult last = points.get(points.size() - 1);
    if (!ordered(s.parameter()) || points.size() == 2) {
      Estimate a = first.get(Metric.RIGHT_DECISION);
      Estimate b = last.get(Metric.RIGHT_DECISION);
      if (b.low() <= a.high() && a.low() <= b.high()) {
        out.add(w.get("reading.flat", w.figure(Metric.RIGHT_DECISION, a.value()), w.figure(Metric.RIGHT_DECISION, b.value())));
      }
    }
    out.add(trade(first, last, w));
    out.add(signal(first, last, w));
    return out;
  }

  /** Where the study cuts the loop inside a day played through: what k interviews of that day mean. */
  private static void days(StudyResult r, StudyWords w, List<String> out) {
    for (CutDay day : r.cutDays()) {
      out.add(w.get(r.curve().isPresent() ? "reading.dayInAnyOrderCurve" : "reading.dayInAnyOrder", day.first(),
          day.last(), w.list(day.interviews())));
    }
  }

  /** Numeric sweeps read as a curve; choices (rule, visibility, on/off) as a comparison. */
  private static boolean ordered(SweepParameter p) {
    return p.choices().isEmpty();
  }

  /** A point named in a sentence: quoted (“” in both languages), as its label has a colon of its own. */
  private static String label(PointResult p, StudyWords w) {
    return "“" + w.point(p.values()) + "”";
  }

  private static String coefficientChange(double delta) {
    return Double.isNaN(delta) ? "–" : Decimal.format("%+.3f", delta);
  }

  /** Interviewer time per point of validity: in hours, and in minutes, as a fraction of an hour reads better so. */
  private static String hours(StudyWords w, double h) {
    return Double.isNaN(h) ? w.get("none") : w.get("hoursMinutes", Decimal.format("%.2f", h), Decimal.format("%.1f", 60 * h));
  }

  private static void base(StudyResult r, PointResult p, StudyWords w, List<String> out) {
    out.add(w.get("reading.baseline", w.figure(Metric.RIGHT_DECISION, p.get(Metric.RIGHT_DECISION).value()),
        w.figure(Metric.REJECT_ALL_BASELINE, p.get(Metric.REJECT_ALL_BASELINE).value()), r.targetLevel(),
        w.figure(Metric.OFFER_ALL_BASELINE, p.get(Metric.OFFER_ALL_BASELINE).value()),
        w.points(p.get(Metric.RIGHT_DECISION).value() - r.betterBaseline()),
        w.figure(Metric.RIGHT_AT_BAR, p.get(Metric.RIGHT_AT_BAR).value()),
        w.messages().percent(1 - r.qualifiedShare())));
    out.add(w.get("reading.validity", w.coefficient(p.get(Metric.VALIDITY).value()),
        w.interval(Metric.VALIDITY, p.get(Metric.VALIDITY)),
        w.coefficient(p.get(Metric.VALIDITY_DECIDED).value()),
        w.coefficient(p.get(Metric.AUC).value()),
        w.coefficient(p.get(Metric.RELIABILITY).value()),
        w.figure(Metric.RATING_SD, p.get(Metric.RATING_SD).value())));
    out.add(w.get("reading.base", r.targetLevel(),
        String.format(Locale.ROOT, "%.1f", 100 * p.get(Metric.HIRE_RATE).value()),
        w.figure(Metric.PRECISION, p.get(Metric.PRECISION).value()),
        w.figure(Metric.RECALL, p.get(Metric.RECALL).value()),
        w.figure(Metric.OFFERS_AT_LEVEL, p.get(Metric.OFFERS_AT_LEVEL).value()),
        w.figure(Metric.OFFERS_BELOW, p.get(Metric.OFFERS_BELOW).value()),
        w.figure(Metric.OFFERS_ABOVE, p.get(Metric.OFFERS_ABOVE).value())));
    out.add(w.get("reading.cost", w.figure(Metric.HOURS_PER_CANDIDATE, p.get(Metric.HOURS_PER_CANDIDATE).value()),
        w.figure(Metric.HOURS_PER_HIRE, p.get(Metric.HOURS_PER_HIRE).value()), hours(w, r.hoursPerValidityPoint(-1, 0))));
    if (p.get(Metric.DAYS_MEDIAN).defined()) {
      out.add(w.get("reading.days", String.format(Locale.ROOT, "%.1f", p.get(Metric.DAYS_MEDIAN).value()),
          String.format(Locale.ROOT, "%.1f", p.get(Metric.DAYS_P90).value())));
    }
    out.add(w.get("reading.agreement", w.figure(Metric.AGREEMENT, p.get(Metric.AGREEMENT).value()),
        w.messages().percent(r.fullInformationHireRate()),
        w.figure(Metric.RIGHT_DECISION, r.fullInformationRightDecision().value())));
    r.curve().ifPresent(c -> curve(c, r.interviews(), w, out));
  }

  /**
   * A plain study's loop read after each interview: where validity reaches 90% of the full loop's
   * gain over the first interview, and what a point of validity costs before and after.
   */
  private static void curve(InterviewCurve c, int interviews, StudyWords w, List<String> out) {
    String first = w.coefficient(c.at(1).validity().value());
    String all = w.coefficient(c.at(interviews).validity().value());
    if (c.flattensAt().isEmpty()) {
      out.add(w.get("reading.curveNoGain", first, all, interviews));
      return;
    }
    int flat = c.flattensAt().getAsInt();
    if (flat == interviews) {
      Estimate cost = c.hoursPerValidityPointBefore();
      out.add(w.get("reading.curveStillRising", first, all, interviews, hours(w, cost.value()), minutesRange(w, cost)));
      return;
    }
    InterviewCurve.Point p = c.at(flat);
    Estimate share = p.shareOfGain();
    out.add(w.get("reading.curveFlattens", first, all, interviews, flat, w.coefficient(p.validity().value()),
        w.messages().percent(share.value()),
        w.messages().percent(share.low()) + " – " + w.messages().percent(share.high())));
    Estimate before = c.hoursPerValidityPointBefore();
    Estimate after = c.hoursPerValidityPointAfter();
    out.add(w.get("reading.curveCost", flat, hours(w, before.value()), minutesRange(w, before), interviews,
        hours(w, after.value()), minutesRange(w, after)));
  }

  /** The interval of an hours figure in minutes, which resolve what hundredths of an hour would not. */
  private static String minutesRange(StudyWords w, Estimate e) {
    return Double.isNaN(e.low()) ? w.get("none")
        : w.get("minutesRange", Decimal.format("%.1f", 60 * e.low()), Decimal.format("%.1f", 60 * e.high()));
  }

  /** The points where right decisions do not beat the better of the two baselines, or that all do. */
  private static void baselineAlong(StudyResult r, StudyWords w, List<String> out) {
    double baseline = r.betterBaseline();
    List<String> below = r.points().stream()
        .filter(p -> p.get(Metric.RIGHT_DECISION).value() <= baseline)
        .map(p -> label(p, w) + " (" + w.figure(Metric.RIGHT_DECISION, p.get(Metric.RIGHT_DECISION).value()) + ")")
        .toList();
    String figure = w.figure(Metric.RIGHT_DECISION, baseline);
    out.add(below.isEmpty() ? w.get("reading.aboveBaseline", figure) : w.get("reading.belowBaseline", figure, w.list(below)));
  }

  /** Where validity reaches 90% of the full loop's gain, and what a point of validity costs before and after. */
  private static void flattening(StudyResult r, StudyWords w, List<String> out) {
    OptionalInt flat = r.reaching(Metric.VALIDITY, StudyResult.FLAT);
    if (flat.isEmpty()) {
      return;
    }
    int k = flat.getAsInt();
    int last = r.points().size() - 1;
    PointResult p = r.points().get(k);
    out.add(w.get("reading.flattens", label(p, w),
        w.coefficient(r.points().get(0).get(Metric.VALIDITY).value()),
        w.coefficient(r.points().get(last).get(Metric.VALIDITY).value()),
        w.coefficient(p.get(Metric.VALIDITY).value()),
        w.figure(Metric.RIGHT_DECISION, p.get(Metric.RIGHT_DECISION).value()),
        w.messages().percent(r.shareOfGain(Metric.VALIDITY, k))));
    out.add(w.get("reading.validityCost", label(r.points().get(0), w), label(p, w), hours(w, r.hoursPerValidityPoint(0, k)),
        label(r.points().get(last), w), k == last ? w.get("none") : hours(w, r.hoursPerValidityPoint(k, last))));
  }

  /**
   * Where right decisions peak, and either the first value from which every later one stays within
   * half a point of the peak or, where they fall again after it, how far: a loop whose committee
   * grows stricter with each interview can lose right decisions while its validity still rises.
   */
  private static void plateau(List<PointResult> points, StudyWords w, List<String> out) {
    int best = 0;
    for (int i = 1; i < points.size(); i++) {
      if (rightDecisions(points.get(i)) > rightDecisions(points.get(best))) {
        best = i;
      }
    }
    double peak = rightDecisions(points.get(best));
    int last = points.size() - 1;
    if (best == last && peak - rightDecisions(points.get(last - 1)) >= PLATEAU) {
      out.add(w.get("reading.rising", label(points.get(best), w), w.figure(Metric.RIGHT_DECISION, peak)));
      return;
    }
    int lowest = best;
    for (int i = best + 1; i < points.size(); i++) {
      if (rightDecisions(points.get(i)) < rightDecisions(points.get(lowest))) {
        lowest = i;
      }
    }
    if (peak - rightDecisions(points.get(lowest)) >= PLATEAU) {
      out.add(w.get("reading.peakThenFall", label(points.get(best), w), w.figure(Metric.RIGHT_DECISION, peak),
          label(points.get(lowest), w), w.figure(Metric.RIGHT_DECISION, rightDecisions(points.get(lowest)))));
      return;
    }
    int enough = best;
    for (int i = 0; i <= best; i++) {
      if (peak - rightDecisions(points.get(i)) < PLATEAU) {
        enough = i;
        break;
      }
    }
    out.add(w.get("reading.plateau", label(points.get(best), w), w.figure(Metric.RIGHT_DECISION, peak),
        label(points.get(enough), w)));
  }

  private static double rightDecisions(PointResult p) {
    return p.get(Metric.RIGHT_DECISION).value();
  }

  private static String trade(PointResult a, PointResult b, StudyWords w) {
    return w.get("reading.trade", label(a, w), label(b, w),
        w.figure(Metric.RIGHT_DECISION, a.get(Metric.RIGHT_DECISION).value()),
        w.figure(Metric.RIGHT_DECISION, b.get(Metric.RIGHT_DECISION).value()),
        w.figure(Metric.PRECISION, a.get(Metric.PRECISION).value()), w.figure(Metric.PRECISION, b.get(Metric.PRECISION).value()),
        w.figure(Metric.RECALL, a.get(Metric.RECALL).value()), w.figure(Metric.RECALL, b.get(Metric.RECALL).value()),
        w.figure(Metric.HIRE_RATE, a.get(Metric.HIRE_RATE).value()), w.figure(Metric.HIRE_RATE, b.get(Metric.HIRE_RATE).value()),
        w.figure(Metric.HOURS_PER_HIRE, a.get(Metric.HOURS_PER_HIRE).value()),
        w.figure(Metric.HOURS_PER_HIRE, b.get(Metric.HOURS_PER_HIRE).value()));
  }

  /** What a selection scientist reads: validity, AUC and the agreement between interviewers, first to last. */
  private static String signal(PointResult a, PointResult b, StudyWords w) {
    return w.get("reading.signal", label(a, w), label(b, w),
        w.coefficient(a.get(Metric.VALIDITY).value()), w.coefficient(b.get(Metric.VALIDITY).value()),
        w.coefficient(a.get(Metric.AUC).value()), w.coefficient(b.get(Metric.AUC).value()),
        w.coefficient(a.get(Metric.RELIABILITY).value()), w.coefficient(b.get(Metric.RELIABILITY).value()),
        w.figure(Metric.RATING_SD, a.get(Metric.RATING_SD).value()), w.figure(Metric.RATING_SD, b.get(Metric.RATING_SD).value()));
  }

  private static void grid(StudyResult r, StudyWords w, List<String> out) {
    PointResult best = r.points().stream()
        .max(Comparator.comparingDouble(p -> p.get(Metric.RIGHT_DECISION).value())).orElseThrow();
    double peak = best.get(Metric.RIGHT_DECISION).value();
    PointResult cheapest = r.points().stream()
        .filter(p -> peak - p.get(Metric.RIGHT_DECISION).value() < PLATEAU && p.get(Metric.HOURS_PER_HIRE).defined())
        .min(Comparator.comparingDouble(p -> p.get(Metric.HOURS_PER_HIRE).value())).orElse(best);
    if (cheapest == best) {
      out.add(w.get("reading.gridBestCheapest", label(best, w), w.figure(Metric.RIGHT_DECISION, peak),
          w.figure(Metric.HOURS_PER_HIRE, best.get(Metric.HOURS_PER_HIRE).value())));
    } else {
      out.add(w.get("reading.gridBest", label(best, w), w.figure(Metric.RIGHT_DECISION, peak), label(cheapest, w),
          w.figure(Metric.HOURS_PER_HIRE, cheapest.get(Metric.HOURS_PER_HIRE).value())));
    }
    baselineAlong(r, w, out);
    // Each parameter on its own, the other held at its first value (the first sweep varies slowest).
    int down = r.sweeps().get(1).values().size();
    PointResult first = r.points().get(0);
    out.add(trade(first, r.points().get(r.points().size() - down), w));
    out.add(trade(first, r.points().get(down - 1), w));
  }
}
