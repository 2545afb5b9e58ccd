package io.hcsim.reports.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.simulation.study.Estimate;
import io.hcsim.simulation.study.Metric;
import io.hcsim.simulation.study.PointResult;
import io.hcsim.simulation.study.StudyResult;
import io.hcsim.simulation.study.Sweep;

/**
 * The JSON study: {@code {"loop", "targetLevel", "candidates", "seed", "metrics": {NAME: {"value",
 * "ci95"}}}}, or with a sweep {@code "sweep": {"params": [...], "points": [{"values", "metrics"}]}}.
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
    if (r.sweeps().isEmpty()) {
      metrics(root.putObject("metrics"), r.points().get(0), r);
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
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void metrics(ObjectNode into, PointResult p, StudyResult r) {
    for (Metric m : r.metrics()) {
      Estimate e = p.get(m);
      ObjectNode o = into.putObject(m.id());
      if (e.defined()) {
        o.put("value", round(e.value()));
        o.putArray("ci95").add(round(e.low())).add(round(e.high()));
      } else {
        o.putNull("value");
        o.putNull("ci95");
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
