package io.hcsim.core.profile;

import java.util.Map;

/**
 * The candidate-profile file as written (YAML or JSON); see {@link ProfileReader}.
 *
 * @param competingOffers a count, or a list of {@code {amount: N}} or {@code {base, bonus, stock}}:
 *     the reader checks which
 * @param currentPackage {@code {base, bonus, unvestedStock}}, checked by the reader
 * @param expectationMeasure what {@code compensationExpectation} is: {@code total} (yearly total,
 *     the default) or {@code yearOneCash} (base and bonus)
 */
public record ProfileFile(
    String name,
    String targetLevel,
    Map<String, Double> proficiency,
    Double consistency,
    Double uncertainty,
    Double leniency,
    Double readiness,
    Long compensationExpectation,
    Long currentCompensation,
    Object competingOffers,
    Object currentPackage,
    String expectationMeasure,
    Double preparationResponse,
    String notes,
    java.util.List<String> background) {}
