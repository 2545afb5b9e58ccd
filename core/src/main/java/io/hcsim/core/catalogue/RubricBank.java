package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.rating.Rating;

/**
 * Evidence notes an interviewer writes for each competency and rating, used to make a debrief
 * read like real scorecards.
 */
public record RubricBank(ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> notes) {
  public ImmutableList<Text> notes(String competencyId, Rating rating) {
    ImmutableMap<Rating, ImmutableList<Text>> byRating = notes.get(competencyId);
    return byRating == null ? ImmutableList.of() : byRating.getOrDefault(rating, ImmutableList.of());
  }
}
