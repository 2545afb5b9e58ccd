/**
 * Privacy of the people a packet is about: the pseudonym that stands for a candidate's name in an
 * anonymised debrief, random per document, or keyed so a team's packets agree without revealing it.
 */
package io.hcsim.core.privacy;
