package io.hcsim.reports.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.simulation.study.CutDay;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.InterviewCurve;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;
import io.hcsim.simulation.study.SweepParameter;
import java.util.List;
import java.util.OptionalInt;

/**
 * The JSON study: {@code {"loop", "targetLevel", "candidates", "seed", "qualifiedShare",
 * "fullInformation": {"hireRate", "rightDecision"}, "metrics": {NAME: {"value", "ci95"}}}}, or with
 * a sweep {@code "sweep": {"params": [...], "points": [{"values", "metrics"}]}} and, along a rounds
 * sweep, {@code "flattensAt"}; without a sweep, {@code "interviewCurve"}: the loop read after each
 * interview ({@code "points": [{"interviews", "validity", "hoursPerCandidate", "shareOfGain"}]}),
 * {@code "flattensAt"} and the hours per point of validity before and after it.
 * Numbers are rounded to six decimals so that the same study gives the same bytes.
 */
public final class StudyJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StudyJson() {}

  public static String render(StudyResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("loop", r.loopRef());
    root.put("targetLevel", r.targetLevel());
    root.put("candidates", r.candidates());
    root.put("seed", r.seed());
    root.put("qualifiedShare", round(r.qualifiedShare()));
    ObjectNode reference = root.putObject("fullInformation");
    reference.put("hireRate", round(r.fullInformationHireRate()));
    estimate(reference.putObject("rightDecision"), r.fullInformationRightDecision());
    if (!r.cutDays().isEmpty()) {
      // Interviews of one day, read in no order: a cut inside the day averages over every choice of them.
      ArrayNode days = root.putArray("daysPlayedThrough");
      for (CutDay day : r.cutDays()) {
        ObjectNode d = days.addObject();
        d.put("firstInterview", day.first());
        day.interviews().forEach(d.putArray("interviews")::add);
      }
    }
    if (r.sweeps().isEmpty()) {
      metrics(root.putObject("metrics"), r.points().get(0), r);
      r.curve().ifPresent(c -> curve(root.putObject("interviewCurve"), c));
    } else {
      ObjectNode sweep = root.putObject("sweep");
      ArrayNode params = sweep.putArray("params");
      for (Sweep s : r.sweeps()) {
        params.add(s.parameter().id());
      }
      ArrayNode points = sweep.putArray("points");
      for (PointResult p : r.points()) {
        ObjectNode point = points.addObject();
        ObjectNode values = point.putObject("values");
        p.values().forEach(values::put);
        metrics(point.putObject("metrics"), p, r);
      }
      OptionalInt flat = r.reaching(Metric.VALIDITY, StudyResult.FLAT);
      if (flat.isPresent()) {
        // Along a rounds sweep: the fewest interviews whose validity reaches 90% of the sweep's gain.
        ObjectNode f = sweep.putObject("flattensAt");
        f.put("metric", Metric.VALIDITY.id());
        f.put("shareOfGain", StudyResult.FLAT);
        f.put("rounds", r.points().get(flat.getAsInt()).values().get(SweepParameter.ROUNDS.id()));
        f.put("hoursPerValidityPointBefore", round(r.hoursPerValidityPoint(0, flat.getAsInt())));
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plain study's loop read after each interview: where it flattens, the costs, and each point. */
  private static void curve(ObjectNode into, InterviewCurve c) {
    into.put("metric", Metric.VALIDITY.id());
    into.put("shareOfGain", StudyResult.FLAT);
    if (c.flattensAt().isPresent()) {
      into.put("flattensAt", c.flattensAt().getAsInt());
    } else {
      into.putNull("flattensAt");
    }
    estimate(into.putObject("hoursPerValidityPointBefore"), c.hoursPerValidityPointBefore());
    estimate(into.putObject("hoursPerValidityPointAfter"), c.hoursPerValidityPointAfter());
    ArrayNode points = into.putArray("points");
    for (InterviewCurve.Point p : c.points()) {
      ObjectNode point = points.addObject();
      point.put("interviews", p.interviews());
      estimate(point.putObject("validity"), p.validity());
      estimate(point.putObject("hoursPerCandidate"), p.hoursPerCandidate());
      estimate(point.putObject("shareOfGain"), p.shareOfGain());
    }
  }

  private static void metrics(ObjectNode into, PointResult p, StudyResult r) {
    for (Metric m : r.metrics()) {
      estimate(into.putObject(m.id()), p.get(m));
    }
  }

  private static void estimate(ObjectNode o, Estimate e) {
    if (e.defined()) {
      o.put("value", round(e.value()));
      o.putArray("ci95").add(round(e.low())).add(round(e.high()));
    } else {
      o.putNull("value");
      o.putNull("ci95");
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
