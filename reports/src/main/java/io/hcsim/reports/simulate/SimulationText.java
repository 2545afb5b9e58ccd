package io.hcsim.reports.simulate;

import io.hcsim.reports.i18n.Decimal;
import io.hcsim.simulation.odds.EffectiveBar;
import io.hcsim.core.files.Printable;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Outcome;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Round;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.pay.PayLines;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.prep.Sensitivity.Lever;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text report of `hcsim simulate`: what a candidate reads first. */
public final class SimulationText {
  /**
   * The locale of the numbers: the same digits, point and comma as Locale.ROOT, but
   * java.util.Formatter takes a shortcut for US and looks the symbols (and, for a grouped number,
   * a whole DecimalFormat) up again for any other locale at every number: about 10 ms of a cold
   * start.
   */
  private static final Locale NUMBERS = Locale.US;
  private SimulationText() {}

  public static String render(SimulationResult r) {
    Summary s = r.summary();
    Catalogue cat = r.catalogue();
    StringBuilder out = new StringBuilder();
    line(out, "%s  ·  loop %s (%s rule)  ·  target %s", Printable.escape(r.profile().name()),
        Printable.escape(r.loopRef()), r.rule(), s.targetLevel());
    line(out, "%,d simulated loop%s, seed %d", s.runs(), s.runs() == 1 ? "" : "s", s.seed());
    StringBuilder bars = new StringBuilder();
    for (Level l : cat.levels().ascending()) {
      bars.append(bars.length() == 0 ? "" : ", ").append(l.id()).append(' ').append(l.bar());
    }
    line(out, "True overall proficiency (role-weighted): %.2f  ·  level bars: %s", r.overall(), bars);
    out.append('\n');
    line(out, "Chance of an offer: %s  (95%% interval %s to %s: simulation error only)", pct(s.hire()),
        pct(s.hireCi().low()), pct(s.hireCi().high()));
    if (r.selfAssessment().size() == 2) {
      var weaker = r.selfAssessment().get(0).offer();
      var stronger = r.selfAssessment().get(1).offer();
      line(out, "If your self-assessment is off by %.1f everywhere: %s if weaker, %s as stated, %s if stronger",
          SimulationResult.SELF_ASSESSMENT_SHIFT, pct(weaker.probabilityB()), pct(weaker.probabilityA()),
          pct(stronger.probabilityB()));
      line(out, "  (%,d paired runs; self-ratings agree only weakly with interviewers' ratings, r = .29%s)",
          weaker.runs(), r.profile().uncertainty() > 0
              ? String.format(NUMBERS, "; the odds above already draw you with an uncertainty of %.2f", r.profile().uncertainty())
              : "; set uncertainty in the profile to draw it into the odds");
    }
    Level target = cat.levels().byId(s.targetLevel()).orElseThrow();
    for (Level l : cat.levels().ascending()) {
      double p = s.levels().get(l.id());
      String note = l.rank() < target.rank() ? "  (down-level)" : l.rank() > target.rank() ? "  (up-level)" : "";
      if (p > 0 || l.equals(target)) {
        line(out, "  at %-4s %7s%s", l.id(), pct(p), note);
      }
    }
    List<String> outcomes = Decimal.percents(s.outcomes().get(Outcome.HIRE), s.outcomes().get(Outcome.NO_HIRE),
        s.outcomes().get(Outcome.HOLD));
    line(out, "Outcomes: hire %s · no hire %s · hold %s", outcomes.get(0), outcomes.get(1), outcomes.get(2));
    var bar = r.effectiveBar();
    if (bar.estimated()) {
      line(out, "Effective bar: with this loop a 50%% chance of an offer at %s needs an overall of about %.2f (bar %.1f); yours is %.2f",
          s.targetLevel(), bar.overall(), bar.bar(), r.overall());
    } else {
      line(out, "Effective bar: not estimated from so few runs (it needs at least %d; bar %.1f); yours is %.2f",
          EffectiveBar.MIN_RUNS, bar.bar(), r.overall());
    }
    for (var other : r.otherLevels()) {
      line(out, "Applying at %s instead: %s chance of an offer (%s at %s)", other.level(), pct(other.offer()),
          pct(other.atLevel()), other.level());
    }
    out.append('\n');

    List<String> labels = s.funnel().stream().map(f -> funnelLabel(r, f.round())).toList();
    int width = Math.max(22, labels.stream().mapToInt(String::length).max().orElse(0));
    line(out, "  %-" + width + "s %8s %8s %11s %16s", "Round", "reached", "went on", "Lean Hire+", "of offers: LH+");
    for (int i = 0; i < labels.size(); i++) {
      Summary.FunnelStep f = s.funnel().get(i);
      Round round = roundOf(r, f.round());
      boolean decides = round == null || round.decides();
      line(out, "  %-" + width + "s %8s %8s %11s %16s", labels.get(i), pct(f.reached()), pct(f.passed()),
          decides ? "-" : pct(f.recommended()),
          decides || Double.isNaN(f.recommendedAmongOffers()) ? "-" : pct(f.recommendedAmongOffers()));
    }
    out.append('\n');

    if (!s.endings().isEmpty()) {
      line(out, "Loops without an offer end at: %s", shares(s.endings(), 4, false, cat));
      line(out, "  ended by: %s", stopShares(s.stops()));
      if (!s.concerns().isEmpty()) {
        line(out, "Weakest competencies cited in them (up to two each): %s", shares(s.concerns(), 3, true, cat));
      }
      if (s.compensationShare() > 0) {
        line(out, "Ended by the pay expectation alone: %s of them", pct(s.compensationShare()));
      }
    }
    if (s.offersByLevel().isEmpty()) {
      line(out, "No run ended in an offer.");
    }
    s.offersByLevel().forEach((level, o) -> line(out, "Offer at %s (%s of loops; %s a year): p10 %,d · median %,d · p90 %,d · mean %,d%s",
        level, pct(s.levels().get(level)), s.currency(), o.p10(), o.median(), o.p90(), o.mean(),
        o.atOrAboveExpectation().isPresent() ? " · at or above your ask " + pct(o.atOrAboveExpectation().getAsDouble()) : ""));
    s.offerMeetsExpectation().ifPresent(p -> line(out,
        "Chance of an offer at or above your expectation (%,d): %s; the rest of the offers are ones you may decline",
        r.profile().compensationExpectation().getAsLong(), pct(p)));
    r.pay().ifPresent(pay -> payBlock(out, new PayLines(pay, Messages.of(Language.EN), s.currency()), r));
    if (!r.levers().isEmpty()) {
      out.append('\n');
      line(out, "Levers: each competency raised by what the best single activity buys in %.0f hours (same draws, %,d runs)",
          io.hcsim.simulation.prep.Sensitivity.LEVER_HOURS, r.levers().get(0).effect().runs());
      line(out, "  %-28s %6s %16s %14s %18s", "competency", "raise", "offer at " + s.targetLevel(), "any offer", "expected offer");
      for (Lever l : r.levers()) {
        line(out, "  %-28s %+6.2f %16s %14s %18s", name(cat, l.competency()), l.raise(), points(l.atTarget()),
            points(l.effect()), String.format(NUMBERS, "%+,.0f ±%,.0f", l.comparison().expectedOffer().difference(),
                l.comparison().expectedOffer().halfWidth95()));
      }
    }
    out.append('\n');
    line(out, "What matters most");
    for (String sentence : insights(r)) {
      line(out, "  %s", sentence);
    }
    r.days().ifPresent(d -> {
      out.append('\n');
      line(out, "Days from the first round to a decision: %s; %s", days(d.offers(), "offers"), days(d.rejections(), "no offer"));
    });
    return out.toString();
  }

  /** The typical offer as a package and the negotiation levers (issue 22): a block of its own. */
  private static void payBlock(StringBuilder out, PayLines lines, SimulationResult r) {
    out.append('\n');
    line(out, "%s", lines.heading());
    lines.breakdown(r.profile(), r.summary().offerMeetsExpectation()).forEach(l -> line(out, "  %s", l));
    line(out, "%s", Messages.of(Language.EN).get("pay.leversHeading"));
    lines.levers().forEach(l -> line(out, "  %s", l));
  }

  /** One to three plain sentences: where the loop is lost, what the pay costs, and what would help most. */
  static List<String> insights(SimulationResult r) {
    Summary s = r.summary();
    Catalogue cat = r.catalogue();
    List<String> sentences = new ArrayList<>();
    var spots = r.weakSpots().real();
    if (!spots.isEmpty() && !s.endings().isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < Math.min(3, spots.size()); i++) {
        var spot = spots.get(i);
        b.append(i == 0 ? "" : i == Math.min(3, spots.size()) - 1 ? " and " : ", ")
            .append(name(cat, spot.competency()).toLowerCase(NUMBERS))
            .append(String.format(NUMBERS, " (cited in %s of them, against %s for an even profile)", pct(spot.share()),
                pct(spot.evenShare())));
      }
      sentences.add(String.format(NUMBERS,
          "Your real weak spots, cited more often than for a candidate with the same overall and an even profile: %s.",
          b));
    } else if (!s.endings().isEmpty()) {
      sentences.add("No competency is cited much more often than for a candidate with your overall and an even profile: "
          + "the overall level, not one gap, is what decides.");
    }
    if (!s.endings().isEmpty()) {
      Summary.Share where = s.endings().get(0);
      String place = where.id().equals(Summary.DECISION) ? "at the final decision" : "at the " + where.id().replace('_', ' ') + " round";
      String why = s.concerns().isEmpty() ? "" : String.format(NUMBERS, ", and %s is the weakness most often cited (%s of them)",
          name(cat, s.concerns().get(0).id()).toLowerCase(NUMBERS), pct(s.concerns().get(0).share()));
      sentences.add(String.format(NUMBERS, "Most loops without an offer end %s (%s)%s.", place, pct(where.share()), why));
    }
    if (s.compensationShare() >= 0.05 && r.profile().compensationExpectation().isPresent()) {
      Level target = cat.levels().byId(s.targetLevel()).orElseThrow();
      sentences.add(String.format(NUMBERS,
          "Your pay expectation (%,d %s) is above the %s band (top %,d): it alone ends %s of the loops without an offer at the screen.",
          r.profile().compensationExpectation().getAsLong(), s.currency(), target.id(), target.band().high(),
          pct(s.compensationShare())));
    }
    List<Lever> levers = r.levers();
    if (!levers.isEmpty()) {
      Lever best = levers.get(0);
      if (best.atTarget().difference() > best.atTarget().halfWidth95()) {
        String close = levers.size() > 1 && tied(best, levers.get(1))
            ? String.format(NUMBERS, "; raising %s would do about as much",
                name(cat, levers.get(1).competency()).toLowerCase(NUMBERS))
            : ", more than any other competency";
        sentences.add(String.format(NUMBERS,
            "Raising %s by %.2f (ten hours of its best activity) would add %.1f points (±%.1f) to the chance of an offer at %s%s.",
            name(cat, best.competency()).toLowerCase(NUMBERS), best.raise(), 100 * best.atTarget().difference(),
            100 * best.atTarget().halfWidth95(), s.targetLevel(), close));
      } else {
        sentences.add(String.format(NUMBERS,
            "No single competency raised by ten hours of preparation moves the chance of an offer at %s by more than the simulation's noise.",
            s.targetLevel()));
      }
    }
    if (sentences.isEmpty()) {
      sentences.add(s.hire() >= 1 ? "Every simulated loop ended in an offer." : "Nothing single stands out.");
    }
    return sentences;
  }

  /** A paired difference in percentage points with its half-width. */
  private static String points(io.hcsim.simulation.estimate.PairedDifference d) {
    return Decimal.format(NUMBERS, "%+.1f", 100 * d.difference()) + Decimal.format(NUMBERS, " ±%.1f", 100 * d.halfWidth95());
  }

  /** Whether the runner-up lever's interval reaches the best one's: too close to call. */
  private static boolean tied(Lever best, Lever next) {
    return next.atTarget().difference() + next.atTarget().halfWidth95()
        >= best.atTarget().difference() - best.atTarget().halfWidth95();
  }

  private static String funnelLabel(SimulationResult r, String id) {
    Round round = roundOf(r, id);
    if (round == null) {
      return id + " (after the last round)";
    }
    // Only a gate the loop names and that can stop the loop: a study's variant without early stops
    // sets every pass mark at Strong No, which nothing fails.
    return id + (round.decides() ? " (decides)" : round.gate().filter(Gate::stops).isPresent() ? " (gate)" : "");
  }

  private static Round roundOf(SimulationResult r, String id) {
    return r.rounds().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
  }

  private static String shares(List<Summary.Share> shares, int max, boolean competencies, Catalogue cat) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(max, shares.size()); i++) {
      Summary.Share sh = shares.get(i);
      if (i > 0) {
        b.append(", ");
      }
      String label = competencies ? name(cat, sh.id()) : sh.id();
      b.append(label).append(' ').append(pct(sh.share()));
    }
    return b.toString();
  }

  /** What ended loops before the decision, in words, with "the decision" for the rest. */
  private static String stopShares(List<Summary.Share> stops) {
    StringBuilder b = new StringBuilder();
    double before = 0;
    for (Summary.Share sh : stops) {
      before += sh.share();
      b.append(b.length() == 0 ? "" : ", ").append(STOP_WORDS.getOrDefault(sh.id(), sh.id())).append(' ').append(pct(sh.share()));
    }
    if (before < 0.9995) {
      b.append(b.length() == 0 ? "" : ", ").append("the committee's decision ").append(pct(1 - before));
    }
    return b.toString();
  }

  private static final java.util.Map<String, String> STOP_WORDS = java.util.Map.of(
      "gate", "a gate (an interviewer's no)",
      "veto", "a veto",
      "must-have", "a must-have at Strong No",
      "signal", "the owner reading the feedback so far",
      "pay", "the pay expectation",
      "two-strong-no", "two Strong No");

  private static String name(Catalogue cat, String competency) {
    return cat.competencies().byId(competency).map(c -> c.nameEn()).orElse(competency);
  }

  /** A percentage to one decimal; a small non-zero share shows as "<0.1%" rather than "0.0%". */
  static String pct(double p) {
    if (p > 0 && p < 0.0005) {
      return "<0.1%";
    }
    return Decimal.format(NUMBERS, "%.1f%%", 100 * p);
  }

  /** "offers p10 12.5, median 27, p90 41 days", or that there were none. */
  private static String days(io.hcsim.simulation.calendar.DayCounts d, String what) {
    if (d.count() == 0) {
      return what + ": none";
    }
    return String.format(NUMBERS, "%s p10 %.1f, median %.1f, p90 %.1f days", what, d.quantile(0.1), d.quantile(0.5),
        d.quantile(0.9));
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(NUMBERS, format, args)).append('\n');
  }
}
