package io.hcsim.simulation.run;

import io.hcsim.core.competency.Competencies;
import io.hcsim.core.profile.CandidateProfile;

/**
 * A candidate as one simulated loop needs them: true proficiency per competency in catalogue
 * order, consistency, compensation expectation (negative when not stated) and competing offers.
 * Mutable on purpose: a study refills one instance per run instead of allocating.
 */
public final class Candidate {
  final double[] proficiency;
  double consistency;
  long compensation;
  int competingOffers;

  public Candidate(int competencies) {
    this.proficiency = new double[competencies];
  }

  public static Candidate of(CandidateProfile profile, Competencies competencies) {
    Candidate c = new Candidate(competencies.size());
    for (int i = 0; i < competencies.size(); i++) {
      c.proficiency[i] = profile.proficiency().get(competencies.get(i).id());
    }
    c.consistency = profile.consistency();
    c.compensation = profile.compensationExpectation().orElse(-1);
    c.competingOffers = profile.competingOffers();
    return c;
  }

  public void set(double[] proficiency, double consistency, long compensation, int competingOffers) {
    System.arraycopy(proficiency, 0, this.proficiency, 0, this.proficiency.length);
    this.consistency = consistency;
    this.compensation = compensation;
    this.competingOffers = competingOffers;
  }

  public Candidate copy() {
    Candidate c = new Candidate(proficiency.length);
    c.set(proficiency, consistency, compensation, competingOffers);
    return c;
  }

  /** Raises one competency by {@code by}, up to {@code max}. */
  public void raise(int competency, double by, double max) {
    proficiency[competency] = Math.min(max, proficiency[competency] + by);
  }

  public double proficiency(int competency) {
    return proficiency[competency];
  }

  /** The true overall proficiency under the loop's role weights. */
  public double overall(double[] weights) {
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * proficiency[i];
    }
    return s;
  }
}
