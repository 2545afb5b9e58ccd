package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.files.Loaded;
import io.hcsim.core.level.Band;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled catalogue is part of the product: it must load, complete and consistent. */
class BundledCatalogueTest {
  private final Catalogue catalogue = CatalogueLoader.bundled();
  private final Library library = new Library(catalogue);

  @Test
  void hasTheElevenCompetenciesInEnglishAndChinese() {
    assertThat(catalogue.competencies().ids()).containsExactly(
        "role_fit", "product_sense", "domain_judgment", "regulatory_privacy", "ecosystem", "execution",
        "stakeholder_leadership", "data_outcomes", "communication", "values", "motivation");
    catalogue.competencies().all().forEach(c -> {
      assertThat(c.nameEn()).isNotBlank();
      assertThat(c.nameZh()).matches(".*\\p{IsHan}.*");
      assertThat(c.description()).isNotBlank();
    });
  }

  @Test
  void levelsHaveTheModelsBarsAndBandsThatRiseWithThem() {
    assertThat(catalogue.levels().ids()).containsExactly("P5", "P6", "P7", "P8");
    // The model's scale: 3 is solid at P6, 4 strong at P8, half a step a level.
    assertThat(catalogue.levels().ascending()).extracting(Level::bar).containsExactly(2.5, 3.0, 3.5, 4.0);
    // The seed gives P6 and P7; P5 and P8 are the catalogue's assumptions and say so.
    assertThat(band("P6")).isEqualTo(new Band(400_000, 700_000, false));
    assertThat(band("P7")).isEqualTo(new Band(700_000, 1_000_000, false));
    assertThat(band("P5").assumed()).isTrue();
    assertThat(band("P8").assumed()).isTrue();
    // A level up never pays less: each band starts where the one below ends, and is wider than a point.
    List<Level> levels = catalogue.levels().ascending();
    for (int i = 1; i < levels.size(); i++) {
      Band below = levels.get(i - 1).band();
      Band band = levels.get(i).band();
      assertThat(band.low()).as(levels.get(i).id()).isEqualTo(below.high());
      assertThat(band.high()).as(levels.get(i).id()).isGreaterThan(band.low());
    }
  }

  private Band band(String level) {
    return catalogue.levels().byId(level).orElseThrow().band();
  }

  @Test
  void everyCompetencyHasRubricNotesForEveryRating() {
    for (String id : catalogue.competencies().ids()) {
      for (Rating r : Rating.values()) {
        assertThat(catalogue.rubrics().notes(id, r)).as(id + " " + r).hasSizeGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void everyPersonaOfTheDefaultLoopHasQuestions() throws Exception {
    Loop loop = library.loop(catalogue.defaultLoop()).value();
    for (String persona : loop.personas().keySet()) {
      assertThat(catalogue.questions()).as(persona).anyMatch(q -> q.personaId().equals(persona));
    }
  }

  @Test
  void bundledLoopsLoadWithoutWarnings() throws Exception {
    for (String name : catalogue.bundledLoops()) {
      Loaded<Loop> loaded = library.loop(name);
      assertThat(loaded.warnings()).as(name).isEmpty();
      assertThat(loaded.value().rounds()).as(name).hasSizeBetween(5, 8);
    }
  }

  @Test
  void bundledProfilesLoadWithoutWarningsAndDiffer() throws Exception {
    assertThat(catalogue.bundledProfiles()).hasSizeGreaterThanOrEqualTo(3);
    java.util.Set<Object> distinct = new java.util.HashSet<>();
    for (String name : catalogue.bundledProfiles()) {
      Loaded<CandidateProfile> loaded = library.profile(name);
      assertThat(loaded.warnings()).as(name).isEmpty();
      assertThat(loaded.value().notes()).as(name).isNotBlank();
      distinct.add(loaded.value().proficiency());
    }
    assertThat(distinct).hasSize(catalogue.bundledProfiles().size());
  }

  @Test
  void gainsStayWithinCoachingEffects() {
    // Coaching and retest effects of .26-.42 SD of the pool (Hausknecht et al. 2007; Kulik et al. 1984).
    double poolSd = catalogue.pool().sd();
    catalogue.activities().values().forEach(a ->
        a.gains().values().forEach(g -> assertThat(g / poolSd).as(a.id()).isLessThanOrEqualTo(0.42 + 1e-9)));
  }
}
