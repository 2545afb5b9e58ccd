package io.hcsim.benchmarks;

import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The least a simulated loop can cost with hcsim's draws: the candidate drawn around the stated
 * profile, and the draws a loop makes in the rounds it reached (the loop's form, each round's form, each rating's error, at the loop's own sites, so
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
  /** Per round: the keys of its draws, two to a word (its form, then each rating's error). */
  private final long[][] roundSites;
  private final double[] normals;
  /** Per round, the competency each focus place rates. */
  private final int[][] competency;
  private final CandidateSource drawn;
  private final Candidate candidate;
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
    roundSites = new long[n][];
    normals = new double[plan.catalogue().competencies().size() + 1];
    competency = new int[n][];
    drawn = f.drawn;
    candidate = f.candidate.copy();
    model = new RatingModel[n];
    noise = new double[n];
    for (int r = 0; r < n; r++) {
      Round round = rounds.get(r);
      Persona persona = loop.persona(round);
      interviews[r] = !round.decides();
      model[r] = RatingModel.of(persona, plan.target());
      noise[r] = persona.noise();
      List<String> focus = round.focus().keySet().asList();
      competency[r] = new int[focus.size()];
      List<String> parts = new ArrayList<>();
      parts.add(DrawSite.FORM);
      parts.addAll(focus);
      roundSites[r] = DrawSite.INTERVIEW.pairKeys(parts, round.id());
      for (int i = 0; i < focus.size(); i++) {
        competency[r][i] = plan.catalogue().competencies().indexOf(focus.get(i));
      }
    }
  }

  /** The draws and cuts of run {@code runKey}'s first {@code reached} rounds; the sum of its scores. */
  int play(long run, long runKey, int reached) {
    drawn.fill(run, runKey, candidate);
    double loopForm = candidate.readiness() + loopFormSd * Draws.gaussian(runKey, loopFormSite);
    int sum = 0;
    for (int r = 0; r < reached; r++) {
      if (!interviews[r]) {
        continue;
      }
      int[] rated = competency[r];
      Draws.gaussians(runKey, roundSites[r], normals, rated.length + 1);
      double form = loopForm + roundScale * normals[0];
      RatingModel m = model[r];
      double sd = noise[r];
      for (int i = 0; i < rated.length; i++) {
        sum += m.score(candidate.proficiency(rated[i]) + form + sd * normals[i + 1]);
      }
    }
    return sum;
  }
}
