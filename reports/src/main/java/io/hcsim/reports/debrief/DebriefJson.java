package io.hcsim.reports.debrief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.level.Level;
import io.hcsim.core.signal.Signal;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.pay.PayJson;
import io.hcsim.simulation.replay.Counterfactual;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.RoundPacket;
import io.hcsim.simulation.trace.RoundRecord;
import java.util.Optional;

/**
 * A debrief as JSON, for tools: ids rather than names (competencies, rounds, personas, levels),
 * ratings as 1-4, probabilities as numbers; questions and notes in the report's language.
 */
public final class DebriefJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DebriefJson() {}

  public static ObjectNode tree(Debrief d, Messages m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("candidate", DebriefView.candidate(d, m));
    root.put("anonymized", d.anonymized());
    root.put("loop", d.loopRef());
    root.put("targetLevel", d.target().id());
    root.put("seed", d.seed());
    if (d.run().isPresent()) {
      root.put("run", d.run().getAsLong());
    } else {
      root.putNull("run");
    }
    root.put("decision", d.record().decision().outcome().name());
    Optional<Level> level = d.record().decision().level();
    if (level.isPresent()) {
      root.put("level", level.get().id());
    } else {
      root.putNull("level");
    }
    if (d.record().offer().isPresent()) {
      root.put("offer", d.record().offer().getAsLong());
      d.offerPackage().ifPresent(o -> PayJson.write(o, root.putObject("offerPackage")));
    } else {
      root.putNull("offer");
    }
    d.endedBy().ifPresent(p -> {
      root.put("endedAt", p.round().id());
      root.put("endedBecause", p.stop().orElseThrow().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    });
    var rounds = root.putArray("rounds");
    for (RoundPacket p : d.rounds()) {
      ObjectNode r = rounds.addObject();
      r.put("round", p.round().id());
      r.put("persona", p.round().personaId());
      r.put("reached", p.reached());
      if (p.record().isEmpty()) {
        continue;
      }
      RoundRecord rec = p.record().get();
      ObjectNode ratings = r.putObject("ratings");
      rec.scorecard().ratings().forEach((c, rating) -> ratings.put(c, rating.score()));
      r.put("recommendation", rec.scorecard().recommendation().name());
      var q = r.putArray("questions");
      p.questions().forEach(t -> q.add(m.text(t)));
      var notes = r.putArray("notes");
      p.notes().values().forEach(t -> notes.add(m.text(t)));
      p.teamNote().ifPresent(notes::add);
      r.set("signal", signal(d, rec));
    }
    ObjectNode committee = root.putObject("committee");
    committee.put("rule", d.loop().committee().rule().id());
    committee.put("confidence", d.loop().committee().confidence());
    Signal fin = d.rounds().stream().flatMap(p -> p.record().stream()).reduce((a, b) -> b)
        .map(RoundRecord::signalAfter).orElse(d.record().finalSignal());
    committee.putObject("overall").put("mean", fin.overallMean()).put("sd", fin.overallSd());
    var votes = committee.putObject("votes");
    d.rounds().stream().flatMap(p -> p.record().stream())
        .forEach(rec -> votes.put(rec.round().id(), rec.scorecard().recommendation().name()));
    var vetoes = committee.putArray("vetoes");
    d.rounds().stream().flatMap(p -> p.record().stream()).filter(RoundRecord::vetoed).forEach(rec -> vetoes.add(rec.round().id()));
    var unrated = committee.putArray("unrated");
    for (int c = 0; c < d.catalogue().competencies().size(); c++) {
      String id = d.catalogue().competencies().get(c).id();
      boolean rated = d.rounds().stream().flatMap(p -> p.record().stream()).anyMatch(x -> x.scorecard().ratings().containsKey(id));
      if (d.plan().weight(c) > 0 && !rated) {
        unrated.add(id);
      }
    }
    committee.put("decision", d.record().decision().outcome().name());
    d.counterfactual().ifPresent(c -> {
      ObjectNode cf = root.putObject("counterfactual");
      cf.put("direction", c.raise() ? "raise" : "fall");
      if (c.competency().isPresent()) {
        cf.put("competency", c.competency().get());
        cf.put("change", Math.round(c.change() * 100) / 100.0);
        cf.put("decision", c.decision().orElseThrow().outcome().name());
        c.decision().flatMap(x -> x.level()).ifPresent(l -> cf.put("level", l.id()));
        c.endedAt().ifPresentOrElse(r -> {
          cf.put("endsAtRound", r.round().id());
          cf.put("endsBy", r.stop().name());
        }, () -> cf.putNull("endsAtRound"));
      } else {
        cf.putNull("competency");
        cf.put("limit", Counterfactual.LIMIT);
      }
    });
    d.remaining().ifPresent(x -> {
      ObjectNode rem = root.putObject("remaining");
      rem.put("offerProbability", x.offer());
      rem.putArray("ci95").add(x.low()).add(x.high());
      x.mostDecisiveRound().ifPresentOrElse(id -> rem.put("mostDecisiveRound", id), () -> rem.putNull("mostDecisiveRound"));
      rem.put("runs", x.runs());
    });
    d.typical().ifPresent(t -> root.putObject("typical")
        .put("runs", t.runs())
        .put("offerProbability", t.offer())
        .put("offerAtTargetProbability", t.offerAtTarget())
        .put("sameOutcomeShare", t.sameOutcome())
        .put("mostCommon", t.common()));
    return root;
  }

  static ObjectNode signal(Debrief d, RoundRecord rec) {
    ObjectNode s = JSON.createObjectNode();
    ObjectNode levels = s.putObject("levels");
    for (Level l : d.catalogue().levels().ascending()) {
      levels.put(l.id(), rec.levelProbabilities().getOrDefault(l.id(), rec.signalAfter().probabilityAtLeast(l.bar())));
    }
    s.putObject("overall").put("mean", rec.signalAfter().overallMean()).put("sd", rec.signalAfter().overallSd());
    ObjectNode comps = s.putObject("competencies");
    for (int c = 0; c < d.catalogue().competencies().size(); c++) {
      comps.putObject(d.catalogue().competencies().get(c).id())
          .put("mean", rec.signalAfter().mean(c)).put("sd", rec.signalAfter().sd(c));
    }
    return s;
  }

  public static String render(Debrief d, Messages m) {
    try {
      return JSON.writeValueAsString(tree(d, m)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
