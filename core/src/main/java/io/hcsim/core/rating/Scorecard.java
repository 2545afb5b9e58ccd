package io.hcsim.core.rating;

import com.google.common.collect.ImmutableMap;

/**
 * What one interviewer hands in: a rating per competency assessed, and an overall
 * recommendation on the same scale.
 */
public record Scorecard(String roundId, String personaId, ImmutableMap<String, Rating> ratings, Rating recommendation) {}
