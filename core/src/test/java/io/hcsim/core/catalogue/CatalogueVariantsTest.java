package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.catalogue.CatalogueFiles.CompetencyList;
import io.hcsim.core.catalogue.CatalogueFiles.Note;
import io.hcsim.core.catalogue.CatalogueFiles.QuestionEntry;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The loader's checks on text variants: a variant must be declared and must replace whole competencies. */
class CatalogueVariantsTest {
  private final Catalogue bundled = CatalogueLoader.bundled();

  private static Map<Integer, List<Note>> everyRating(String tag) {
    return Map.of(1, List.of(new Note(tag + " 1", "一" + tag, null)), 2, List.of(new Note(tag + " 2", "二" + tag, null)),
        3, List.of(new Note(tag + " 3", "三" + tag, null)), 4, List.of(new Note(tag + " 4", "四" + tag, null)));
  }

  /** The bundled default notes, so that only the variants differ between cases. */
  private Map<String, Map<Integer, List<Note>>> defaults() {
    Map<String, Map<Integer, List<Note>>> out = new HashMap<>();
    for (String id : bundled.competencies().ids()) {
      out.put(id, everyRating(id));
    }
    return out;
  }

  @Test
  void aVariantsNotesReplaceItsCompetencyAndLeaveTheRest() throws Exception {
    RubricBank bank = CatalogueLoader.rubrics(
        new CatalogueFiles.RubricBank(defaults(), Map.of("classic", Map.of("values", everyRating("old")))),
        bundled.competencies(), Set.of("classic"));
    assertThat(bank.notes("values", Rating.STRONG_HIRE, "classic")).extracting(Text::en).containsExactly("old 4");
    assertThat(bank.notes("values", Rating.STRONG_HIRE)).extracting(Text::en).containsExactly("values 4");
    assertThat(bank.notes("execution", Rating.STRONG_NO, "classic")).extracting(Text::en).containsExactly("execution 1");
  }

  @Test
  void anUndeclaredVariantIsReportedAtItsKey() {
    assertThatThrownBy(() -> CatalogueLoader.rubrics(
        new CatalogueFiles.RubricBank(defaults(), Map.of("clasic", Map.of("values", everyRating("old")))),
        bundled.competencies(), Set.of("classic")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("variants.clasic");
  }

  @Test
  void aVariantThatLeavesOutARatingIsReported() {
    Map<Integer, List<Note>> partial = Map.of(1, List.of(new Note("only one", "只有一条", null)));
    assertThatThrownBy(() -> CatalogueLoader.rubrics(
        new CatalogueFiles.RubricBank(defaults(), Map.of("classic", Map.of("values", partial))),
        bundled.competencies(), Set.of("classic")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("variants.classic.values.2");
  }

  @Test
  void aDisqualifyingNoteOnlyUnderStrongNo() throws Exception {
    Note unlawful = new Note("Would sell prescription drugs before any prescription.", "打算先卖处方药、后补处方。", true);
    Map<String, Map<Integer, List<Note>>> notes = defaults();
    notes.put("regulatory_privacy", Map.of(1, List.of(unlawful), 2, everyRating("r").get(2), 3, everyRating("r").get(3),
        4, everyRating("r").get(4)));
    assertThat(CatalogueLoader.rubrics(new CatalogueFiles.RubricBank(notes, Map.of()), bundled.competencies(), Set.of())
        .notes("regulatory_privacy", Rating.STRONG_NO)).extracting(Text::en).containsExactly(unlawful.en());
    for (int score = 2; score <= 4; score++) {
      Map<Integer, List<Note>> misplaced = new HashMap<>(everyRating("r"));
      misplaced.put(score, List.of(everyRating("r").get(score).get(0), unlawful));
      notes.put("regulatory_privacy", misplaced);
      assertThatThrownBy(() -> CatalogueLoader.rubrics(new CatalogueFiles.RubricBank(notes, Map.of()),
          bundled.competencies(), Set.of()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("rubrics.regulatory_privacy." + score + "[1]")
          .hasMessageContaining("belongs only to a Strong No");
    }
  }

  @Test
  void variantQuestionsNeedAKnownPersonaAndVariant() {
    QuestionEntry q = new QuestionEntry("values", "Why?", "为什么？");
    assertThatThrownBy(() -> CatalogueLoader.questions(
        new CatalogueFiles.QuestionBank(Map.of(), Map.of("classic", Map.of("wen_wei_guan", List.of(q)))),
        bundled.competencies(), bundled.personas(), Set.of("classic")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("variants.classic.wen_wei_guan");
    assertThatThrownBy(() -> CatalogueLoader.questions(
        new CatalogueFiles.QuestionBank(Map.of(), Map.of("modern", Map.of("hr", List.of(q)))),
        bundled.competencies(), bundled.personas(), Set.of("classic")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("variants.modern");
  }

  @Test
  void aVariantDescriptionMustNameAKnownCompetency() {
    CompetencyList file = new CompetencyList(List.of(), Map.of("classic", Map.of("valuez", "the 2004 set")));
    assertThatThrownBy(() -> CatalogueLoader.variants(file, bundled.competencies()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("variants.classic.valuez");
  }
}
