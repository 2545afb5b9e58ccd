package io.hcsim.core.profile;

import java.util.Map;

/**
 * The candidate-profile file as written (YAML or JSON); see {@link ProfileReader}.
 *
 * @param competingOffers a count, or a list of {@code {amount: N}}: the reader checks which
 */
public record ProfileFile(
    String name,
    String targetLevel,
    Map<String, Double> proficiency,
    Double consistency,
    Double uncertainty,
    Long compensationExpectation,
    Long currentCompensation,
    Object competingOffers,
    Double preparationResponse,
    String notes) {}
