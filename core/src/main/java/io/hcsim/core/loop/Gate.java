package io.hcsim.core.loop;

import io.hcsim.core.rating.Rating;

/**
 * A gate round stops the loop unless the round's interviewer recommends at least {@code
 * minimum}: a recruiter or hiring-manager screen that the candidate must clear to go on.
 */
public record Gate(Rating minimum) {}
