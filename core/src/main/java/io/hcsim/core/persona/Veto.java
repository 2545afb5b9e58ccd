package io.hcsim.core.persona;

import java.util.Optional;

/**
 * A persona's power to end the loop on its own: a Strong No on one competency (HR on values)
 * or on its overall recommendation (a bar raiser), for every target level or only from {@code
 * fromLevel} up (a skip-level leader's veto on senior hires).
 */
public record Veto(Optional<String> competency, Optional<String> fromLevel) {
  public static final String OVERALL = "overall";

  public static Veto onOverall() {
    return new Veto(Optional.empty(), Optional.empty());
  }

  public static Veto on(String competencyId) {
    return new Veto(Optional.of(competencyId), Optional.empty());
  }

  /** The same veto, held only for targets at or above {@code level}. */
  public Veto from(String level) {
    return new Veto(competency, Optional.of(level));
  }

  public String target() {
    return competency.orElse(OVERALL);
  }
}
