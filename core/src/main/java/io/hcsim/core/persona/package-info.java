/**
 * Interviewer types: how harsh and how noisy each is, how wide its rating cuts, how far it is
 * pulled toward what it has read, and its power to end the loop alone (a veto).
 */
package io.hcsim.core.persona;
