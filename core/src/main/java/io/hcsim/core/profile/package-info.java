/**
 * Candidate profiles: a true proficiency per competency, consistency, pay expectations and
 * competing offers, the uncertainty of the self-assessment, and the reader that checks a profile
 * file.
 */
package io.hcsim.core.profile;
