package io.hcsim.core.persona;

import java.util.Optional;

/**
 * A persona's power to end the loop on its own: a Strong No on one competency (HR on values)
 * or on its overall recommendation (a bar raiser).
 */
public record Veto(Optional<String> competency) {
  public static final String OVERALL = "overall";

  public static Veto onOverall() {
    return new Veto(Optional.empty());
  }

  public static Veto on(String competencyId) {
    return new Veto(Optional.of(competencyId));
  }

  public String target() {
    return competency.orElse(OVERALL);
  }
}
