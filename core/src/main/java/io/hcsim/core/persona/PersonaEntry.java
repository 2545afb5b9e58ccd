package io.hcsim.core.persona;

import static io.hcsim.core.files.Problems.fmtRange;

import io.hcsim.core.files.Problems;
import java.util.Collection;
import java.util.Optional;

/** A persona as written in the catalogue's personas.yaml or in a loop file's own personas. */
public record PersonaEntry(
    String en,
    String zh,
    String description,
    Double severity,
    Double noise,
    Double cutWidth,
    Double anchoring,
    String veto,
    String vetoFromLevel,
    Double evidenceWeight) {

  /** The largest severity (either way) a persona may have, in proficiency units. */
  public static final double MAX_SEVERITY = 1.5;

  /** Checks every field (recording problems under {@code path}) and builds the persona. */
  public Optional<Persona> toPersona(
      String id, String path, Problems problems, Collection<String> competencyIds, Collection<String> levelIds) {
    boolean ok = problems.name(en, path + ".en", "the persona's English name");
    ok &= problems.name(zh, path + ".zh", "the persona's Chinese name");
    // Beyond 1.5 a persona rates almost everyone Strong No; the committee then learns nothing from
    // it and a harsher one could help a candidate (SeverityTest), so the range stops where the
    // property holds.
    ok &= problems.require(severity, path + ".severity", "a number " + fmtRange(-MAX_SEVERITY, MAX_SEVERITY) + " (proficiency units)")
        && problems.range(severity, path + ".severity", -MAX_SEVERITY, MAX_SEVERITY);
    ok &= problems.require(noise, path + ".noise", "a rater-noise SD " + fmtRange(0, 3))
        && problems.range(noise, path + ".noise", 0, 3);
    ok &= problems.require(cutWidth, path + ".cutWidth", "a cut width " + fmtRange(0.1, 3))
        && problems.range(cutWidth, path + ".cutWidth", 0.1, 3);
    ok &= problems.require(anchoring, path + ".anchoring", "an anchoring weight " + fmtRange(0, 1))
        && problems.range(anchoring, path + ".anchoring", 0, 1);
    ok &= evidenceWeight == null || problems.range(evidenceWeight, path + ".evidenceWeight", 0.05, 1);
    Optional<Veto> v = Optional.empty();
    if (veto != null) {
      if (veto.equals(Veto.OVERALL)) {
        v = Optional.of(Veto.onOverall());
      } else if (problems.known(veto, path + ".veto", "veto target (a competency id or 'overall')", competencyIds)) {
        v = Optional.of(Veto.on(veto));
      } else {
        ok = false;
      }
    }
    if (vetoFromLevel != null) {
      if (v.isEmpty()) {
        problems.add(path + ".vetoFromLevel", "the persona has no veto; give veto: overall or a competency id, or remove vetoFromLevel");
        ok = false;
      } else if (problems.known(vetoFromLevel, path + ".vetoFromLevel", "level", levelIds)) {
        v = Optional.of(v.get().from(vetoFromLevel));
      } else {
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new Persona(id, en, zh, description == null ? "" : description, severity, noise, cutWidth, anchoring, v,
        evidenceWeight == null ? 1 : evidenceWeight));
  }
}
