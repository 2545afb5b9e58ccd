package io.hcsim.benchmarks;

import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.LoopPlan;
import java.util.List;

/**
 * The least a simulated loop can cost with hcsim's draws: the draws a loop makes in the rounds it
 * reached (the loop's form, each round's form, each rating's error, at the loop's own sites, so
 * the very numbers it draws) and the cuts that turn them into scores, and nothing else: no
 * recommendation, gate, signal, committee, reasons or tally. {@link LoopCpuTime} times it beside
 * the loop over the same runs, which shows how much of a loop's time no change to the rest of the
 * engine can remove while the draws, and so the output, stay as they are.
 */
final class DrawFloor {
  private final long loopFormSite;
  private final double loopFormSd;
  private final double roundScale;
  /** Per interview round (the deciding round makes no draws). */
  private final boolean[] interviews;
  private final long[] roundSite;
  private final long[][] raterSite;
  private final double[][] proficiency;
  private final RatingModel[] model;
  private final double[] noise;

  DrawFloor(Fixture f) {
    LoopPlan plan = f.plan;
    Loop loop = plan.loop();
    List<Round> rounds = plan.rounds();
    int n = rounds.size();
    // Site names as the loop plan builds them, so that the floor draws the loop's own numbers.
    loopFormSite = DrawSite.LOOP_FORM.key();
    loopFormSd = loop.loopFormSd();
    roundScale = loop.roundFormSd() * Math.sqrt(RatingModel.consistencyFactor(f.profile.consistency()));
    interviews = new boolean[n];
    roundSite = new long[n];
    raterSite = new long[n][];
    proficiency = new double[n][];
    model = new RatingModel[n];
    noise = new double[n];
    for (int r = 0; r < n; r++) {
      Round round = rounds.get(r);
      Persona persona = loop.persona(round);
      interviews[r] = !round.decides();
      roundSite[r] = DrawSite.ROUND_FORM.key(round.id());
      model[r] = RatingModel.of(persona, plan.target());
      noise[r] = persona.noise();
      List<String> focus = round.focus().keySet().asList();
      raterSite[r] = new long[focus.size()];
      proficiency[r] = new double[focus.size()];
      for (int i = 0; i < focus.size(); i++) {
        raterSite[r][i] = DrawSite.RATER.key(round.id(), focus.get(i));
        proficiency[r][i] = f.profile.proficiency().get(focus.get(i));
      }
    }
  }

  /** The draws and cuts of run {@code runKey}'s first {@code reached} rounds; the sum of its scores. */
  int play(long runKey, int reached) {
    double loopForm = loopFormSd * Draws.gaussian(runKey, loopFormSite);
    int sum = 0;
    for (int r = 0; r < reached; r++) {
      if (!interviews[r]) {
        continue;
      }
      double form = loopForm + roundScale * Draws.gaussian(runKey, roundSite[r]);
      long[] sites = raterSite[r];
      double[] truth = proficiency[r];
      RatingModel m = model[r];
      double sd = noise[r];
      for (int i = 0; i < sites.length; i++) {
        sum += m.score(truth[i] + form + sd * Draws.gaussian(runKey, sites[i]));
      }
    }
    return sum;
  }
}
