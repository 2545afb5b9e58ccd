/**
 * The hiring committee: its rule ({@link io.hcsim.core.committee.DecisionRule}) and policy
 * ({@link io.hcsim.core.committee.CommitteePolicy}: the confidence it needs, how far it may
 * down- or up-level, when it holds, how the owner and the recruiter act between rounds), and how
 * it turns a loop's evidence (the cumulative signal, or the tally of recommendations for the
 * vote-based rules) into a decision - hire at a level, hold or no hire - and where an offer sits
 * in the level's band. Deterministic: it reads simulated and real scorecards alike.
 */
package io.hcsim.core.committee;
