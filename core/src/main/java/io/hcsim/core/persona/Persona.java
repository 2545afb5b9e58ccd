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
    Optional<Veto> veto) {
  public Persona {
    checkArgument(noise >= 0 && Double.isFinite(noise), "noise must be >= 0");
    checkArgument(cutWidth > 0 && Double.isFinite(cutWidth), "cutWidth must be > 0");
    checkArgument(anchoring >= 0 && anchoring <= 1, "anchoring must be in [0, 1]");
    checkArgument(Double.isFinite(severity), "severity must be finite");
  }
}
