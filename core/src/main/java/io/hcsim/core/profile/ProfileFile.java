package io.hcsim.core.profile;

import java.util.Map;

/** The candidate-profile file as written (YAML or JSON); see {@link ProfileReader}. */
public record ProfileFile(
    String name,
    String targetLevel,
    Map<String, Double> proficiency,
    Double consistency,
    Long compensationExpectation,
    Integer competingOffers,
    String notes) {}
