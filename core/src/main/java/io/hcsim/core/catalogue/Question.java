package io.hcsim.core.catalogue;

import io.hcsim.core.text.Text;



/**
 * A question an interviewer of a persona asks, and the competency it mainly probes. An interviewer
 * with no question of its own on a competency borrows another persona's, but never one marked
 * {@code ownOnly}: a peer does not ask the candidate's pay expectation, nor a candidate the
 * committee's questions about the packet.
 */
public record Question(String personaId, String competencyId, Text text, boolean ownOnly) {}
