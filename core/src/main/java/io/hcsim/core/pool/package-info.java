/**
 * The applicant pool of a target level: correlated normal competencies around the level's bar.
 * It is both the committee's prior and the population a loop-design study draws from; it also
 * carries how far an applicant's self-assessment typically sits from the truth.
 */
package io.hcsim.core.pool;
