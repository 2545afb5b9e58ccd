package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;

/**
 * Evidence notes an interviewer writes for each competency and rating, used to make a debrief
 * read like real scorecards. A text variant (see {@link Catalogue#variants()}) replaces the notes
 * of the competencies it names, every rating of them; the others keep the default notes.
 */
public record RubricBank(
    ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> notes,
    ImmutableMap<String, ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>>> variants,
    ImmutableMap<Text, NoteClaims> claims) {
  /** What a note claims of the candidate; {@link NoteClaims#NONE} for a note that claims nothing. */
  public NoteClaims claims(Text note) {
    return claims.getOrDefault(note, NoteClaims.NONE);
  }

  public ImmutableList<Text> notes(String competencyId, Rating rating) {
    return pick(notes, competencyId, rating);
  }

  /** The notes a loop that selects {@code variant} uses; an unknown variant gives the default notes. */
  public ImmutableList<Text> notes(String competencyId, Rating rating, String variant) {
    ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> own = variants.get(variant);
    return own != null && own.containsKey(competencyId) ? pick(own, competencyId, rating) : notes(competencyId, rating);
  }

  private static ImmutableList<Text> pick(
      ImmutableMap<String, ImmutableMap<Rating, ImmutableList<Text>>> bank, String competencyId, Rating rating) {
    ImmutableMap<Rating, ImmutableList<Text>> byRating = bank.get(competencyId);
    return byRating == null ? ImmutableList.of() : byRating.getOrDefault(rating, ImmutableList.of());
  }
}
