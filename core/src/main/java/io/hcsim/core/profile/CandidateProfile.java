package io.hcsim.core.profile;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.hcsim.core.level.Level;
import java.util.OptionalLong;

/**
 * A candidate as the simulation sees them: a true proficiency per competency (1-5), how
 * consistent they are from one interview to the next (0-1; 0.5 is typical), what they expect
 * to earn and how many competing offers they hold.
 *
 * @param proficiency every competency of the catalogue, in catalogue order
 * @param filledFromPool the competencies the file left out, set to the applicant-pool mean
 */
public record CandidateProfile(
    String name,
    Level targetLevel,
    ImmutableMap<String, Double> proficiency,
    double consistency,
    OptionalLong compensationExpectation,
    int competingOffers,
    String notes,
    ImmutableSet<String> filledFromPool) {}
