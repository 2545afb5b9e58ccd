package io.hcsim.core.persona;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * An interviewer type and how it uses the rating scale.
 *
 * @param severity how much harsher than the truth it rates, in proficiency units (negative =
 *     lenient); subtracted from what it observes
 * @param noise SD of its own rater error, in proficiency units
 * @param cutWidth w: it rates against cuts at bar - w, bar, bar + w
 * @param anchoring alpha: how far it is pulled toward the panel's earlier ratings when the loop
 *     lets it read them (0 = not at all)
 * @param veto whether a Strong No from it ends the loop
 * @param evidenceWeight how much the committee counts one of its ratings against one of an
 *     interviewer's (1): its likelihood is raised to this power (a tempered likelihood), so a
 *     screen read by a non-PM in half an hour moves the committee's belief little
 */
public record Persona(
    String id,
    String nameEn,
    String nameZh,
    String description,
    double severity,
    double noise,
    double cutWidth,
    double anchoring,
    Optional<Veto> veto,
    double evidenceWeight) {
  public Persona {
    checkArgument(evidenceWeight > 0 && evidenceWeight <= 1, "evidenceWeight must be in (0, 1]");
    checkArgument(noise >= 0 && Double.isFinite(noise), "noise must be >= 0");
    checkArgument(cutWidth > 0 && Double.isFinite(cutWidth), "cutWidth must be > 0");
    checkArgument(anchoring >= 0 && anchoring <= 1, "anchoring must be in [0, 1]");
    checkArgument(Double.isFinite(severity), "severity must be finite");
  }

  /** A persona whose ratings the committee counts in full. */
  public Persona(String id, String nameEn, String nameZh, String description, double severity, double noise,
      double cutWidth, double anchoring, Optional<Veto> veto) {
    this(id, nameEn, nameZh, description, severity, noise, cutWidth, anchoring, veto, 1);
  }

  /** The same persona, this much harsher. */
  public Persona withSeverity(double other) {
    return new Persona(id, nameEn, nameZh, description, other, noise, cutWidth, anchoring, veto, evidenceWeight);
  }

  /** The same persona with another rater-noise SD. */
  public Persona withNoise(double other) {
    return new Persona(id, nameEn, nameZh, description, severity, other, cutWidth, anchoring, veto, evidenceWeight);
  }

  /** The same persona without a veto. */
  public Persona withoutVeto() {
    return new Persona(id, nameEn, nameZh, description, severity, noise, cutWidth, anchoring, Optional.empty(),
        evidenceWeight);
  }
}
