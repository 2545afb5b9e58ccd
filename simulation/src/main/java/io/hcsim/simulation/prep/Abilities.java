package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.simulation.run.Candidate;

/**
 * A candidate's true proficiency per competency (in the catalogue's order), consistency and
 * interview readiness, as a value: what a plan leaves the candidate with, for a report to compare.
 */
public record Abilities(ImmutableList<Double> proficiencies, double consistency, double readiness) {
  public static Abilities of(Candidate candidate) {
    ImmutableList.Builder<Double> p = ImmutableList.builder();
    for (int c = 0; c < candidate.competencies(); c++) {
      p.add(candidate.proficiency(c));
    }
    return new Abilities(p.build(), candidate.consistency(), candidate.readiness());
  }

  public int competencies() {
    return proficiencies.size();
  }

  public double proficiency(int competency) {
    return proficiencies.get(competency);
  }
}
