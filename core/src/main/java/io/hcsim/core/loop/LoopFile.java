package io.hcsim.core.loop;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A loop file as written (YAML or JSON); see {@link LoopReader}. {@code extends} names the loop
 * it changes (see {@link LoopExtension}); {@code remove} and {@code after} patch such a loop's rounds.
 */
public record LoopFile(
    String id,
    String name,
    String description,
    Noise noise,
    Boolean showEarlierFeedback,
    Map<String, Double> roleWeights,
    Map<String, Double> focusFloor,
    Committee committee,
    Map<String, io.hcsim.core.persona.PersonaEntry> personas,
    List<RoundEntry> rounds,
    String textVariant,
    @JsonProperty("extends") String parent) {

  public record Noise(Double loopForm, Double roundForm, Double afterReading) {}

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
      Double severityCorrection,
      Double overrideAbove,
      Boolean overrulesStrongNo,
      Double weaknessGap) {}

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
      Double continueAbove,
      Days daysAfterPrevious,
      Boolean remove,
      String after) {}

  /** {@code daysAfterPrevious: {min, mode, max}}. */
  public record Days(Double min, Double mode, Double max) {}
}
