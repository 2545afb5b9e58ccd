package io.hcsim.core.catalogue;

import java.util.List;
import java.util.Map;

/** The shapes of the bundled catalogue's YAML files, read as strictly as a user's files. */
public final class CatalogueFiles {
  private CatalogueFiles() {}

  /** catalogue.yaml: what is bundled, by name. */
  public record Index(List<String> loops, List<String> profiles, String defaultLoop, String defaultProfile) {}

  /** competencies.yaml */
  public record CompetencyList(List<CompetencyEntry> competencies) {}

  public record CompetencyEntry(String id, String en, String zh, String description) {}

  /** levels.yaml */
  public record LevelList(String currency, List<LevelEntry> levels) {}

  public record LevelEntry(String id, Integer rank, Double bar, BandEntry band) {}

  public record BandEntry(Long low, Long high, Boolean assumed) {}

  /** pool.yaml */
  public record PoolEntry(Double offsetFromBar, Double sd, Double correlation, Double consistency) {}

  /** personas.yaml (and a loop file's own personas) */
  public record PersonaList(Map<String, io.hcsim.core.persona.PersonaEntry> personas) {}

  /** rubrics.yaml: competency, then rating score 1-4, then notes. */
  public record RubricBank(Map<String, Map<Integer, List<Note>>> rubrics) {}

  public record Note(String en, String zh) {}

  /** questions.yaml: persona, then questions. */
  public record QuestionBank(Map<String, List<QuestionEntry>> questions) {}

  public record QuestionEntry(String competency, String en, String zh) {}

  /** preparation.yaml */
  public record PreparationList(Map<String, ActivityEntry> activities, Map<String, StrategyEntry> strategies) {}

  public record ActivityEntry(
      String en, String zh, String description, Map<String, Double> gains, Double tau, Double consistencyGain) {}

  public record StrategyEntry(String description, Map<String, Double> hours) {}
}
