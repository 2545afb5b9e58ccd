package io.hcsim.simulation.random;

import java.util.Arrays;
import java.util.List;

/**
 * Every site the engine draws at, declared once: the names a site's key starts with, and what
 * it is for. A site is completed by the ids that say where (a round, a competency, ...), so that
 * draws follow names, not positions. No site's names begin another's (a test checks it), so
 * two sites can never address the same numbers, whatever ids follow.
 */
public enum DrawSite {
  /** The loop's form on the day, shared by every round of a run. */
  LOOP_FORM("loop-form"),
  /**
   * A round's form on the day (part {@link #FORM}) and its raters' error on each competency it
   * rates (part: the competency id), drawn in pairs; then the round id and the pair's parts.
   */
  INTERVIEW("interview"),
  /** Whether the recruiter's concern about pay applies at a round that checks it; then the round id. */
  PAY("pay"),
  /**
   * An applicant drawn from the pool: the general factor, the clusters' factors and each
   * competency's own part ({@link StructuredNormals}), drawn in pairs; then the pair's parts.
   */
  CANDIDATE("candidate"),
  /** A stated profile's uncertainty, in the same parts as {@link #CANDIDATE}. */
  SELF_ASSESSMENT("self-assessment"),
  /** How a candidate responds to one preparation activity; then the activity. */
  PREPARATION_RESPONSE("preparation-response"),
  /** The days before a round is held; then the round id. */
  CALENDAR("calendar"),
  /** A candidate drawn from the committee's belief, for an unfinished loop, in the parts of {@link #CANDIDATE}. */
  REMAINING("remaining", "candidate"),
  /** The evidence note a debrief shows; then the seed, run, round id and competency id. */
  NOTE("note"),
  /** The question a debrief shows; then the seed, run, round id and competency id. */
  QUESTION("question");

  /** The part of {@link #INTERVIEW} that is the round's form (a round rates each competency once, so no pair of parts repeats). */
  public static final String FORM = "round form";

  private final List<String> names;

  DrawSite(String... names) {
    this.names = List.of(names);
  }

  /** The names the site's key starts with. */
  public List<String> names() {
    return names;
  }

  /** The key of this site at the place {@code ids} name (see {@link Draws#site}). */
  public long key(String... ids) {
    String[] all = Arrays.copyOf(names.toArray(String[]::new), names.size() + ids.length);
    System.arraycopy(ids, 0, all, names.size(), ids.length);
    return Draws.site(all);
  }

  /**
   * The keys of draws made two to a word ({@link Draws#gaussians}) at the place {@code ids}
   * name: key m names parts 2m and 2m + 1 (the last alone when there is an odd number), so a
   * pair's numbers follow the names of both.
   */
  public long[] pairKeys(List<String> parts, String... ids) {
    long[] keys = new long[(parts.size() + 1) / 2];
    for (int m = 0; m < keys.length; m++) {
      String[] all = Arrays.copyOf(ids, ids.length + 2);
      all[ids.length] = parts.get(2 * m);
      all[ids.length + 1] = 2 * m + 1 < parts.size() ? parts.get(2 * m + 1) : "";
      keys[m] = key(all);
    }
    return keys;
  }
}
