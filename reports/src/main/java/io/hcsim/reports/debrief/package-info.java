/**
 * The debrief of one loop and the score of a team's real scorecards: the packet a hiring committee
 * reads (rounds, questions, evidence notes, the signal, the committee, the counterfactual, how
 * typical the loop was, and for an unfinished loop the odds of what is to come), in text,
 * Markdown, JSON, HTML or PDF.
 */
package io.hcsim.reports.debrief;
