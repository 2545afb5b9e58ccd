package io.hcsim.simulation.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.competency.Competencies;
import io.hcsim.core.level.Level;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import io.hcsim.core.signal.Signal;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds a {@link LoopRecord} from the steps of one loop. */
final class TraceRecorder implements Tracer {
  private final LoopPlan plan;
  private final long run;
  private final Candidate candidate;
  private final Competencies competencies;
  private final ImmutableList.Builder<RoundRecord> rounds = ImmutableList.builder();
  private final Map<String, Rating> ratings = new LinkedHashMap<>();
  private final Map<String, Double> observed = new LinkedHashMap<>();
  private LoopRecord record;

  TraceRecorder(LoopPlan plan, long run, Candidate candidate) {
    this.plan = plan;
    this.run = run;
    this.candidate = candidate;
    this.competencies = plan.catalogue.competencies();
  }

  @Override
  public void rating(int round, int competency, double value, int score) {
    String id = competencies.get(competency).id();
    ratings.put(id, Rating.ofScore(score));
    observed.put(id, value);
  }

  @Override
  public void roundEnd(int round, int recommendation, boolean compensationStep, Stop stop, int[] codes) {
    var r = plan.rounds.get(round);
    Scorecard card = new Scorecard(r.id(), r.personaId(), ImmutableMap.copyOf(ratings), Rating.ofScore(recommendation));
    Signal signal = plan.signal.signal(codes.clone());
    rounds.add(new RoundRecord(r, card, ImmutableMap.copyOf(observed), compensationStep, stop == Stop.VETO,
        stop != Stop.NONE, signal, levelProbabilities(signal), stop));
    ratings.clear();
    observed.clear();
  }

  @Override
  public void decided(LoopOutcome out, int[] codes) {
    Signal signal = plan.signal.signal(codes.clone());
    Optional<String> endedAt = out.endedAt < plan.rounds.size()
        ? Optional.of(plan.rounds.get(out.endedAt).id()) : Optional.empty();
    ImmutableList.Builder<String> concerns = ImmutableList.builder();
    if (out.concern1 >= 0) {
      concerns.add(competencies.get(out.concern1).id());
    }
    if (out.concern2 >= 0) {
      concerns.add(competencies.get(out.concern2).id());
    }
    record = new LoopRecord(run, rounds.build(), plan.committee.toDecision(out.decision), endedAt, concerns.build(),
        out.decision >= 0 ? OptionalLong.of(out.offer) : OptionalLong.empty(), signal,
        candidate.overall(plan.weights));
  }

  private ImmutableMap<String, Double> levelProbabilities(Signal signal) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (Level l : plan.catalogue.levels().ascending()) {
      b.put(l.id(), signal.probabilityAtLeast(l.bar()));
    }
    return b.buildOrThrow();
  }

  LoopRecord record() {
    return record;
  }
}
