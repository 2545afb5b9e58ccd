package io.hcsim.reports.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.committee.Outcome;
import io.hcsim.reports.pay.PayJson;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.prep.Sensitivity.Lever;

/**
 * The JSON form of a simulation, with stable keys and ids from the catalogue. Probabilities are
 * rounded to six decimals; nothing host- or time-dependent appears unless timings are asked for,
 * so the same inputs and seed give the same bytes.
 */
public final class SimulationJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SimulationJson() {}

  public static String render(SimulationResult r) {
    Summary s = r.summary();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", r.profileRef());
    root.put("candidate", r.profile().name());
    root.put("loop", r.loopRef());
    root.put("loopId", s.loop());
    root.put("rule", r.rule());
    root.put("targetLevel", s.targetLevel());
    root.put("overallProficiency", round(r.overall()));
    root.put("seed", s.seed());
    root.put("runs", s.runs());
    ObjectNode hire = root.putObject("hire");
    hire.put("probability", round(s.hire()));
    hire.putArray("ci95").add(round(s.hireCi().low())).add(round(s.hireCi().high()));
    ObjectNode outcomes = root.putObject("outcomes");
    for (Outcome o : Outcome.values()) {
      outcomes.put(o.name(), round(s.outcomes().get(o)));
    }
    ObjectNode levels = root.putObject("levels");
    s.levels().forEach((id, p) -> levels.put(id, round(p)));
    ArrayNode funnel = root.putArray("funnel");
    for (Summary.FunnelStep f : s.funnel()) {
      ObjectNode step = funnel.addObject().put("round", f.round()).put("reached", round(f.reached()))
          .put("passed", round(f.passed())).put("recommended", round(f.recommended()));
      if (Double.isNaN(f.recommendedAmongOffers())) {
        step.putNull("recommendedAmongOffers");
      } else {
        step.put("recommendedAmongOffers", round(f.recommendedAmongOffers()));
      }
    }
    ArrayNode concerns = root.putArray("concerns");
    s.concerns().forEach(c -> concerns.addObject().put("competency", c.id()).put("share", round(c.share())));
    ArrayNode endings = root.putArray("endings");
    s.endings().forEach(e -> endings.addObject().put("round", e.id()).put("share", round(e.share())));
    ArrayNode stops = root.putArray("stops");
    s.stops().forEach(e -> stops.addObject().put("reason", e.id()).put("share", round(e.share())));
    root.put("offersAfterTwoStrongNo", round(s.offersAfterTwoStrongNo()));
    if (s.offer().isPresent()) {
      Summary.OfferRange o = s.offer().get();
      ObjectNode offer = root.putObject("offer").put("currency", s.currency()).put("p10", o.p10())
          .put("median", o.median()).put("p90", o.p90());
      r.pay().ifPresent(pay -> {
        ObjectNode pkg = offer.putObject("package").put("level", pay.level()).put("placeInBand", round(pay.placeInBand()))
            .put("roomToTop", pay.roomToTop());
        PayJson.write(pay.comparison().offer(), pkg);
        PayJson.writeComparison(pay.comparison(), pkg);
      });
    } else {
      root.putNull("offer");
    }
    ObjectNode byLevel = root.putObject("offersByLevel");
    s.offersByLevel().forEach((level, o) -> {
      ObjectNode n = byLevel.putObject(level).put("p10", o.p10()).put("median", o.median()).put("p90", o.p90())
          .put("mean", o.mean());
      o.atOrAboveExpectation().ifPresent(x -> n.put("atOrAboveExpectation", round(x)));
    });
    if (s.offerMeetsExpectation().isPresent()) {
      root.put("offerAtOrAboveExpectation", round(s.offerMeetsExpectation().getAsDouble()));
    } else {
      root.putNull("offerAtOrAboveExpectation");
    }
    root.put("compensationShare", round(s.compensationShare()));
    root.put("hoursPerLoop", round(s.hoursPerLoop()));
    ObjectNode bar = root.putObject("effectiveBar");
    if (r.effectiveBar().estimated()) {
      bar.put("overall", round(r.effectiveBar().overall())).put("bar", r.effectiveBar().bar())
          .put("shift", round(r.effectiveBar().shift()));
    } else {
      // Not estimated from so few runs: null, never a number that looks measured.
      bar.putNull("overall").put("bar", r.effectiveBar().bar()).putNull("shift");
    }
    ArrayNode other = root.putArray("otherLevels");
    r.otherLevels().forEach(o -> {
      ObjectNode n = other.addObject().put("level", o.level()).put("probability", round(o.offer()));
      n.putArray("ci95").add(round(o.offerCi().low())).add(round(o.offerCi().high()));
      n.put("atLevel", round(o.atLevel()));
    });
    selfAssessment(root.putObject("selfAssessment"), r);
    ArrayNode spots = root.putArray("weakSpots");
    r.weakSpots().spots().forEach(w -> spots.addObject().put("competency", w.competency()).put("share", round(w.share()))
        .put("evenProfileShare", round(w.evenShare())).put("excess", round(w.excess())).put("real", w.real()));
    if (r.days().isPresent()) {
      ObjectNode days = root.putObject("daysToDecision");
      days(days.putObject("offers"), r.days().get().offers());
      days(days.putObject("rejections"), r.days().get().rejections());
    } else {
      root.putNull("daysToDecision");
    }
    ArrayNode levers = root.putArray("levers");
    for (Lever l : r.levers()) {
      // Each lever is a competency or interview readiness ("lever": "readiness", no competency).
      ObjectNode n = levers.addObject().put("lever", l.lever());
      if (!l.readiness()) {
        n.put("competency", l.lever());
      }
      n.put("raise", round(l.raise()))
          .put("runs", l.effect().runs())
          .put("baseline", round(l.effect().probabilityA()))
          .put("probability", round(l.effect().probabilityB()))
          .put("difference", round(l.effect().difference()))
          .put("halfWidth95", round(l.effect().halfWidth95()));
      n.putObject("atTarget").put("baseline", round(l.atTarget().probabilityA()))
          .put("probability", round(l.atTarget().probabilityB())).put("difference", round(l.atTarget().difference()))
          .put("halfWidth95", round(l.atTarget().halfWidth95()));
      var e = l.comparison().expectedOffer();
      n.putObject("expectedOffer").put("baseline", Math.round(e.meanA())).put("value", Math.round(e.meanB()))
          .put("difference", Math.round(e.difference())).put("halfWidth95", Math.round(e.halfWidth95()));
    }
    r.elapsedMillis().ifPresent(ms -> root.putObject("timings").put("elapsedMillis", ms)
        .put("threads", r.threads()));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Both readings of the self-assessment: as interviewers would likely rate the candidate (the
   * headline, {@code hire.probability}) and as the candidate rates themselves, paired on the same
   * runs; and the range one uncertainty either side of the likely reading, or null without one.
   */
  private static void selfAssessment(ObjectNode into, SimulationResult r) {
    var error = r.profile().selfAssessment();
    var odds = r.selfAssessment();
    into.put("leniency", round(error.leniency())).put("uncertainty", round(error.uncertainty()));
    into.put("asInterviewersWouldLikelyRateYou", round(r.summary().hire()));
    var d = odds.asRated();
    into.putObject("asYouRateYourself").put("probability", round(d.probabilityA())).put("runs", d.runs())
        .put("likelyOnTheseRuns", round(d.probabilityB())).put("leniencyEffect", round(d.difference()))
        .put("halfWidth95", round(d.halfWidth95()));
    if (odds.range().size() == 2) {
      var weaker = odds.range().get(0).offer();
      var stronger = odds.range().get(1).offer();
      into.putObject("range").put("shift", round(error.uncertainty())).put("runs", weaker.runs())
          .put("weaker", round(weaker.probabilityB())).put("likely", round(weaker.probabilityA()))
          .put("stronger", round(stronger.probabilityB()));
    } else {
      into.putNull("range");
    }
  }

  private static void days(ObjectNode into, io.hcsim.simulation.calendar.DayCounts d) {
    into.put("count", d.count());
    if (d.count() > 0) {
      into.put("p10", round(d.quantile(0.1))).put("median", round(d.quantile(0.5))).put("p90", round(d.quantile(0.9)));
    }
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
