package io.hcsim.core.catalogue;

/** A question an interviewer of a persona asks, and the competency it mainly probes. */
public record Question(String personaId, String competencyId, Text text) {}
