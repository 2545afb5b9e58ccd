package io.hcsim.core.loop;

import java.util.List;
import java.util.Map;

/** A loop file as written (YAML or JSON); see {@link LoopReader}. */
public record LoopFile(
    String id,
    String name,
    String description,
    Noise noise,
    Boolean showEarlierFeedback,
    Map<String, Double> roleWeights,
    Committee committee,
    Map<String, io.hcsim.core.persona.PersonaEntry> personas,
    List<RoundEntry> rounds) {

  public record Noise(Double loopForm, Double roundForm) {}

  public record Committee(
      String rule,
      Double confidence,
      Double upLevelConfidence,
      Double holdMargin,
      Double holdSd,
      Integer levelsBelow,
      Integer levelsAbove,
      Double continueAbove,
      Double compensationScale,
      Double typicalRaise,
      Double competingOfferStep,
      Double severityCorrection) {}

  public record RoundEntry(
      String id,
      String persona,
      Double hours,
      Map<String, Double> focus,
      List<String> mustHave,
      String gate,
      Boolean checksCompensation,
      String fromLevel,
      Boolean decides,
      Double continueAbove) {}
}
