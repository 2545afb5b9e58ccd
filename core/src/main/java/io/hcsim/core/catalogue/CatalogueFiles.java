package io.hcsim.core.catalogue;

import java.util.List;
import java.util.Map;

/** The shapes of the bundled catalogue's YAML files, read as strictly as a user's files. */
public final class CatalogueFiles {
  private CatalogueFiles() {}

  /** catalogue.yaml: what is bundled, by name. */
  public record Index(List<String> loops, List<String> profiles, String defaultLoop, String defaultProfile) {}

  /**
   * competencies.yaml. {@code variants} names each text variant a loop may select (such as
   * {@code classic}, the 2004 values) and gives, per competency it changes, that variant's description.
   */
  public record CompetencyList(List<CompetencyEntry> competencies, Map<String, Map<String, String>> variants) {}

  public record CompetencyEntry(String id, String en, String zh, String description) {}

  /** levels.yaml */
  public record LevelList(String currency, List<LevelEntry> levels) {}

  public record LevelEntry(String id, Integer rank, Double bar, BandEntry band, PackageEntry pay) {}

  /** A level's pay structure: see {@link io.hcsim.core.pay.PayStructure}. */
  public record PackageEntry(
      Integer baseMonths, Double bonusMonths, Double stockShare, List<Integer> vesting, Integer cliffMonths,
      Boolean assumed) {}

  public record BandEntry(Long low, Long high, Boolean assumed) {}

  /** pool.yaml */
  public record PoolEntry(Double offsetFromBar, Double sd, StructureEntry structure, Double consistency,
      SelfAssessmentEntry selfAssessment) {}

  /**
   * pool.yaml's {@code selfAssessment}: the correlation of self-ratings with the truth, from which
   * a profile's default uncertainty follows, and the typical leniency (see SelfAssessmentError).
   */
  public record SelfAssessmentEntry(Double agreement, Double leniency) {}

  /** pool.yaml's {@code structure}: the general factor's share and the clusters (see CompetencyStructure). */
  public record StructureEntry(Double general, Map<String, ClusterEntry> clusters) {}

  /** One cluster: its competencies, its factor's share and, if it differs, the general factor's share. */
  public record ClusterEntry(List<String> competencies, Double share, Double general) {}

  /** personas.yaml (and a loop file's own personas) */
  public record PersonaList(Map<String, io.hcsim.core.persona.PersonaEntry> personas) {}

  /**
   * rubrics.yaml: competency, then rating score 1-4, then notes; {@code variants}: variant, then
   * the same shape for the competencies whose notes the variant replaces.
   */
  public record RubricBank(
      Map<String, Map<Integer, List<Note>>> rubrics, Map<String, Map<String, Map<Integer, List<Note>>>> variants) {}

  /**
   * An evidence note. {@code disqualifying} marks one that describes a disqualifying answer (an
   * unlawful or unsafe design, an integrity breach), which belongs only to a Strong No; background,
   * without, knows and unaware are its claims ({@link io.hcsim.core.catalogue.NoteClaims}).
   */
  public record Note(String en, String zh, Boolean disqualifying, List<String> background, List<String> without,
      List<String> knows, List<String> unaware) {
    /** A note that claims nothing beyond its rating. */
    public Note(String en, String zh) {
      this(en, zh, null, null, null, null, null);
    }

    /** A note that claims nothing but, perhaps, that it is disqualifying. */
    public Note(String en, String zh, Boolean disqualifying) {
      this(en, zh, disqualifying, null, null, null, null);
    }
  }

  /**
   * questions.yaml: persona, then questions; {@code variants}: variant, then the same shape for the
   * questions the variant replaces (per persona and competency).
   */
  public record QuestionBank(
      Map<String, List<QuestionEntry>> questions, Map<String, Map<String, List<QuestionEntry>>> variants) {}

  /** A question; {@code ownOnly}: only its own persona asks it (the pay question), never one that borrows it. */
  public record QuestionEntry(String competency, String en, String zh, Boolean ownOnly) {
    public QuestionEntry(String competency, String en, String zh) {
      this(competency, en, zh, null);
    }
  }

  /** preparation.yaml */
  public record PreparationList(
      ModelEntry model, Map<String, ActivityEntry> activities, Map<String, StrategyEntry> strategies) {}

  public record ModelEntry(
      Double ceiling, Double responseSd, Double consistencyMax, Double headroomFrom, Double readinessPractised) {}

  public record ActivityEntry(
      String en, String zh, String description, Map<String, Double> gains, Double tau, Double consistencyGain,
      Double readinessGain, String phase) {}

  public record StrategyEntry(String description, String zh, Map<String, Double> shares) {}
}
