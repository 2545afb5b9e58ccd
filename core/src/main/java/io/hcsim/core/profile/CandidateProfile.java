package io.hcsim.core.profile;

import io.hcsim.core.background.Background;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.level.Level;
import io.hcsim.core.pay.CompetingPackage;
import io.hcsim.core.pay.HeldPackage;
import io.hcsim.core.pool.SelfAssessmentError;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A candidate as the simulation sees them: a true proficiency per competency (1-5), how
 * consistent they are from one interview to the next (0-1; 0.5 is typical), what they expect
 * to earn and how many competing offers they hold.
 *
 * @param proficiency every competency of the catalogue, in catalogue order
 * @param selfAssessment how far the truth may sit from the stated proficiencies: self-ratings run
 *     higher than interviewers' (the leniency) and agree only weakly with them (the uncertainty,
 *     from r about .29, Mabe and West 1982); the pool's typical values unless the file states its
 *     own, {@link SelfAssessmentError#NONE} to take the profile as exact
 * @param readiness how far (proficiency units) the candidate's performance in the room sits from
 *     their proficiency on every rating: structure under time, nerves, delivery. It moves what
 *     interviewers observe, not what the committee is trying to judge; see {@link #UNSTATED_READINESS}
 * @param currentCompensation what the candidate earns now (yearly), which an offer is anchored on
 * @param competingOffers competing offers given only as a count
 * @param competingOfferAmounts competing offers given as yearly amounts
 * @param competingPackages competing offers given as packages (also counted in {@code
 *     competingOfferAmounts}, as their yearly totals)
 * @param currentPackage the current package, when given
 * @param expectationMeasure what the expectation is stated as
 * @param expectationAsTotal the expectation as a yearly total at the target level (the stated
 *     figure when it is a total), empty when none is stated
 * @param preparationResponse how much preparation helps this candidate: 0.5 slow, 1 typical, 1.5 fast
 * @param filledFromPool the competencies the file left out, set to the applicant-pool mean
 */
public record CandidateProfile(
    String name,
    Level targetLevel,
    ImmutableMap<String, Double> proficiency,
    double consistency,
    SelfAssessmentError selfAssessment,
    double readiness,
    OptionalLong compensationExpectation,
    OptionalLong currentCompensation,
    int competingOffers,
    ImmutableList<Long> competingOfferAmounts,
    ImmutableList<CompetingPackage> competingPackages,
    Optional<HeldPackage> currentPackage,
    ExpectationMeasure expectationMeasure,
    OptionalLong expectationAsTotal,
    String notes,
    double preparationResponse,
    ImmutableSet<String> filledFromPool,
    ImmutableSet<Background> background) {

  /**
   * The readiness of a candidate who states none: an untrained one, who under-performs the pool's
   * typical applicant by about 0.15 (docs/calibration.md). Mock loops and story work buy it back
   * (the preparation model), so it is a lever, not only a penalty; a candidate who has practised
   * states 0 or more.
   */
  public static final double UNSTATED_READINESS = -0.15;
  /** The lowest readiness a profile may state: a candidate whom nerves cost a whole point. */
  public static final double MIN_READINESS = -1.0;
  /** The highest: a polished interviewer who shows half a point more than they have. */
  public static final double MAX_READINESS = 0.5;

  /** The largest competing offer given as an amount, or 0. */
  public long bestCompetingOffer() {
    return competingOfferAmounts.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** All competing offers, counted and with amounts. */
  public int competingOfferCount() {
    return competingOffers + competingOfferAmounts.size();
  }
}
