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
  /** A round's form on the day; then the round id. */
  ROUND_FORM("round-form"),
  /** A rater's error on one competency; then the round id and the competency id. */
  RATER("rater"),
  /** Whether the recruiter's concern about pay applies at a round that checks it; then the round id. */
  PAY("pay"),
  /** The general factor an applicant's competencies share (the pool's structure). */
  CANDIDATE_FACTOR("candidate-factor"),
  /** The factor an applicant's competencies of one cluster share; then the cluster id. */
  CANDIDATE_CLUSTER("candidate-cluster"),
  /** An applicant's own part of one competency; then the competency id. */
  CANDIDATE("candidate"),
  /** The factor a stated profile's uncertainty shares across competencies. */
  SELF_ASSESSMENT_FACTOR("self-assessment-shared"),
  /** The factor a stated profile's uncertainty shares within one cluster; then the cluster id. */
  SELF_ASSESSMENT_CLUSTER("self-assessment-cluster"),
  /** A stated profile's own uncertainty on one competency; then the competency's index. */
  SELF_ASSESSMENT("self-assessment"),
  /** How a candidate responds to one preparation activity; then the activity. */
  PREPARATION_RESPONSE("preparation-response"),
  /** The days before a round is held; then the round id. */
  CALENDAR("calendar"),
  /** The shared factor of a candidate drawn from the committee's belief, for an unfinished loop. */
  REMAINING_FACTOR("remaining", "candidate-factor"),
  /** The cluster factor of a candidate drawn from the committee's belief; then the cluster id. */
  REMAINING_CLUSTER("remaining", "candidate-cluster"),
  /** One competency of a candidate drawn from the committee's belief; then the competency id. */
  REMAINING_CANDIDATE("remaining", "candidate"),
  /** The evidence note a debrief shows; then the seed, run, round id and competency id. */
  NOTE("note"),
  /** The question a debrief shows; then the seed, run, round id and competency id. */
  QUESTION("question");

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
}
