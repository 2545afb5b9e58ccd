package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A candidate profile and the loop it is played in, both read and checked: what every command
 * about one candidate works on, from the command line ({@link Inputs}) or from a page
 * ({@code hcsim serve}).
 *
 * @param profileRef the profile's bundled name or file name, as reports name it
 * @param loopRef the loop's bundled name or file name
 */
public record Candidacy(String profileRef, String loopRef, CandidateProfile profile, Loop loop) {
  /** The pair, once the loop is known to hold a round that rates at the profile's target level. */
  public static Candidacy checked(Library library, String profileRef, String loopRef, CandidateProfile profile, Loop loop)
      throws InvalidInputException {
    checkRoundsAtTarget(library, loopRef, loop, profile.targetLevel());
    return new Candidacy(profileRef, loopRef, profile, loop);
  }

  /** A loop whose rounds all start above the target level has nothing to play for that candidate. */
  public static void checkRoundsAtTarget(Library library, String loopRef, Loop loop, Level target)
      throws InvalidInputException {
    Levels levels = library.catalogue().levels();
    if (loop.ratingRoundsFor(target, levels).isEmpty()) {
      List<String> served = levels.ascending().stream()
          .filter(l -> !loop.ratingRoundsFor(l, levels).isEmpty()).map(Level::id).toList();
      throw InvalidInputException.of(loopRef, "", "no round that rates takes place at " + target.id()
          + " (see the rounds' fromLevel); expected a loop with rounds for " + target.id() + " candidates, or "
          + served.stream().map(id -> "--target-level " + id).collect(Collectors.joining(" or ")));
    }
  }
}
