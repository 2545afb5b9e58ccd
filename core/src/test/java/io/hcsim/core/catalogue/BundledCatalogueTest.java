package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.files.Loaded;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.rating.Rating;
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
  void levelsHaveRisingBarsAndTheSeedsBands() {
    assertThat(catalogue.levels().ids()).containsExactly("P5", "P6", "P7", "P8");
    assertThat(catalogue.levels().byId("P5").orElseThrow().band().assumed()).isTrue();
    assertThat(catalogue.levels().byId("P6").orElseThrow().band().low()).isEqualTo(400_000);
    assertThat(catalogue.levels().byId("P7").orElseThrow().band().high()).isEqualTo(1_000_000);
    assertThat(catalogue.levels().byId("P8").orElseThrow().band().assumed()).isTrue();
    assertThat(catalogue.levels().byId("P7").orElseThrow().bar()).isEqualTo(3.5);
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
      assertThat(loaded.value().roleWeights().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
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
  void strategiesOnlyNameKnownActivitiesAndGainsStayWithinCoachingEffects() {
    double poolSd = catalogue.pool().sd();
    catalogue.activities().values().forEach(a ->
        a.gains().values().forEach(g -> assertThat(g / poolSd).as(a.id()).isLessThanOrEqualTo(0.42 + 1e-9)));
    catalogue.strategies().values().forEach(s ->
        assertThat(catalogue.activities().keySet()).containsAll(s.shares().keySet()));
  }
}
