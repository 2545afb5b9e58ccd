package io.hcsim.simulation.run;

import io.hcsim.core.competency.Competencies;
import io.hcsim.core.profile.CandidateProfile;

/**
 * A candidate as one simulated loop needs them: true proficiency per competency in catalogue
 * order, consistency, and what bears on pay — the expectation and current pay (negative when not
 * stated), competing offers as a count and the best one given as an amount (0 when none).
 * Mutable on purpose: a study refills one instance per run instead of allocating.
 */
public final class Candidate {
  final double[] proficiency;
  double consistency;
  /** How far performance in the room sits from proficiency, on every rating (see CandidateProfile). */
  double readiness;
  long compensation;
  long currentPay;
  int competingOffers;
  long bestCompeting;
  /** Room for the normals a source draws to fill this candidate, so that a refill allocates nothing. */
  private double[] scratch = new double[0];

  public Candidate(int competencies) {
    this.proficiency = new double[competencies];
    this.compensation = -1;
    this.currentPay = -1;
  }

  public static Candidate of(CandidateProfile profile, Competencies competencies) {
    Candidate c = new Candidate(competencies.size());
    for (int i = 0; i < competencies.size(); i++) {
      c.proficiency[i] = profile.proficiency().get(competencies.get(i).id());
    }
    c.consistency = profile.consistency();
    c.readiness = profile.readiness();
    // As a yearly total at the target level, whatever measure the candidate stated it on.
    c.compensation = profile.expectationAsTotal().orElse(-1);
    c.currentPay = profile.currentCompensation().orElse(-1);
    c.competingOffers = profile.competingOffers();
    c.bestCompeting = profile.bestCompetingOffer();
    return c;
  }

  /** Scratch of at least {@code size} doubles, the same array from one run to the next. */
  double[] scratch(int size) {
    if (scratch.length < size) {
      scratch = new double[size];
    }
    return scratch;
  }

  /** Copies everything from {@code other}. */
  public void setFrom(Candidate other) {
    System.arraycopy(other.proficiency, 0, proficiency, 0, proficiency.length);
    setAllButProficiency(other);
  }

  /** Copies everything but the proficiencies from {@code other} (a source about to draw them). */
  void setAllButProficiency(Candidate other) {
    consistency = other.consistency;
    readiness = other.readiness;
    compensation = other.compensation;
    currentPay = other.currentPay;
    competingOffers = other.competingOffers;
    bestCompeting = other.bestCompeting;
  }

  /** These proficiencies, consistency, pay expectation and count of competing offers (no current pay). */
  public void set(double[] proficiency, double consistency, long compensation, int competingOffers) {
    setApplicant(proficiency, consistency);
    this.compensation = compensation;
    this.competingOffers = competingOffers;
  }

  /**
   * A pool applicant: these proficiencies and consistency, nothing stated about pay, and a
   * readiness of 0: the pool is calibrated on the ratings applicants earn, so its proficiencies
   * already hold the pool's typical performance in the room.
   */
  public void setApplicant(double[] proficiency, double consistency) {
    System.arraycopy(proficiency, 0, this.proficiency, 0, this.proficiency.length);
    this.consistency = consistency;
    this.readiness = 0;
    this.compensation = -1;
    this.currentPay = -1;
    this.competingOffers = 0;
    this.bestCompeting = 0;
  }

  public Candidate copy() {
    Candidate c = new Candidate(proficiency.length);
    c.setFrom(this);
    return c;
  }

  /** Raises one competency by {@code by}, up to {@code max}. */
  public void raise(int competency, double by, double max) {
    proficiency[competency] = Math.min(max, proficiency[competency] + by);
  }

  /** Moves every competency by {@code by}, kept within [min, max]. */
  public void shiftAll(double by, double min, double max) {
    for (int c = 0; c < proficiency.length; c++) {
      proficiency[c] = Math.max(min, Math.min(max, proficiency[c] + by));
    }
  }

  public double consistency() {
    return consistency;
  }

  public double readiness() {
    return readiness;
  }

  /** Sets how far performance in the room sits from proficiency (proficiency units). */
  public void setReadiness(double readiness) {
    this.readiness = readiness;
  }

  /** Raises consistency by {@code by}, up to {@code max}; never lowers one already above it. */
  public void raiseConsistency(double by, double max) {
    consistency = Math.max(consistency, Math.min(max, consistency + by));
  }

  public double proficiency(int competency) {
    return proficiency[competency];
  }

  public int competencies() {
    return proficiency.length;
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
