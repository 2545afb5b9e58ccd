/**
 * A finished {@link io.hcsim.simulation.replay.Debrief} rendered: the packet a hiring committee
 * reads (rounds, questions, evidence notes, the signal, the committee, the counterfactual, how
 * typical the loop was, and for an unfinished loop the odds of what is to come) as text,
 * Markdown, JSON, HTML or PDF, in English or Chinese. Nothing here runs a simulation.
 */
package io.hcsim.reports.debrief;
