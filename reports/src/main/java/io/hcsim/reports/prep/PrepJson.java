package io.hcsim.reports.prep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.prep.Plan;
import io.hcsim.core.prep.Schedule;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.prep.PlanTrial.Entry;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.prep.PrepResult;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * `hcsim compare` and `hcsim optimize` as JSON: stable keys and catalogue ids, probabilities to six
 * decimals, plans best first. The same inputs and seed give the same bytes.
 */
public final class PrepJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PrepJson() {}

  private static void strings(ArrayNode to, Object list) {
    ((java.util.List<?>) list).forEach(q -> to.add(String.valueOf(q)));
  }

  public static String render(PrepResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", r.profileRef());
    root.put("loop", r.loopRef());
    root.put("targetLevel", r.targetLevel());
    root.put("hours", r.hours());
    root.put("seed", r.ranking().seed());
    root.put("runs", r.ranking().runs());
    root.put("objective", r.ranking().objective().id());
    root.put("baseline", r.ranking().baseline().name());
    PrepView v = new PrepView(r, Messages.of(Language.EN), true);
    r.optimised().ifPresent(o -> {
      ObjectNode opt = root.putObject("optimized");
      opt.put("plan", o.search().plan().name());
      opt.put("step", o.step());
      opt.put("searchSeed", o.searchSeed());
      opt.put("searchRuns", o.searchRuns());
      opt.put("evaluations", o.search().evaluations());
      opt.put("searchValue", round(o.search().value()));
      opt.put("confirmation", PrepText.confirmation(v));
      o.schedule().ifPresent(s -> schedule(opt, s));
      ArrayNode practise = opt.putArray("practise");
      // The questions in both languages the bank has, so that a Chinese page shows the Chinese ones.
      java.util.List<Map<String, Object>> zh = new PrepView(r, Messages.of(Language.ZH), true).practise(o.search().plan());
      java.util.List<Map<String, Object>> en = v.practise(o.search().plan());
      for (int i = 0; i < en.size(); i++) {
        Map<String, Object> p = en.get(i);
        ObjectNode item = practise.addObject().put("competency", String.valueOf(p.get("competency")))
            .put("id", String.valueOf(p.get("id")));
        strings(item.putArray("questions"), p.get("questions"));
        strings(item.putArray("questionsZh"), zh.get(i).get("questions"));
        item.put("weak", String.valueOf(p.get("weak"))).put("strong", String.valueOf(p.get("strong")));
      }
    });
    ArrayNode strategies = root.putArray("strategies");
    for (Entry e : r.ranking().entries()) {
      ObjectNode s = strategies.addObject();
      s.put("name", e.plan().name());
      hours(s.putObject("hours"), e.plan());
      probability(s.putObject("hire"), e.hire(), e.hireCi());
      probability(s.putObject("atTarget"), e.atTarget(), e.atTargetCi());
      s.put("expectedOffer", Math.round(e.expectedOffer()));
      difference(s.putObject("delta"), e.delta());
      difference(s.putObject("atTargetDelta"), e.atTargetDelta());
      s.put("sameAsBest", e.sameAsBest());
      ObjectNode raises = s.putObject("raises");
      for (Map.Entry<Competency, Double> x : v.raises(e.plan())) {
        raises.put(x.getKey().id(), round(x.getValue()));
      }
      double consistency = v.consistencyRaise(e.plan());
      if (consistency >= PrepView.NOTABLE_RAISE) {
        raises.put("consistency", round(consistency));
      }
      s.put("why", v.why(e));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void hours(ObjectNode into, Plan plan) {
    plan.hours().forEach(into::put);
  }

  private static void schedule(ObjectNode into, Schedule s) {
    into.put("hoursPerWeek", s.hoursPerWeek());
    ArrayNode weeks = into.putArray("schedule");
    for (Schedule.Week w : s.weeks()) {
      ObjectNode hours = weeks.addObject().put("week", w.number()).putObject("hours");
      w.hours().forEach((a, h) -> hours.put(a, round(h)));
    }
  }

  private static void probability(ObjectNode into, double p, Wilson ci) {
    into.put("probability", round(p));
    into.putArray("ci95").add(round(ci.low())).add(round(ci.high()));
  }

  private static void difference(ObjectNode into, PairedDifference d) {
    into.put("value", round(d.difference()));
    into.putArray("ci95").add(round(d.difference() - d.halfWidth95())).add(round(d.difference() + d.halfWidth95()));
  }

  static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
