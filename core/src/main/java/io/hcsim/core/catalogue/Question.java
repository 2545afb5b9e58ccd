package io.hcsim.core.catalogue;

import io.hcsim.core.text.Text;



/** A question an interviewer of a persona asks, and the competency it mainly probes. */
public record Question(String personaId, String competencyId, Text text) {}
