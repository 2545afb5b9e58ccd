/**
 * The hiring committee: how a loop's evidence (the cumulative signal, or the tally of
 * recommendations for the vote-based rules) becomes a decision - hire at a level, hold or no
 * hire - and where an offer sits in the level's band. Deterministic: it reads simulated and real
 * scorecards alike.
 */
package io.hcsim.core.committee;
