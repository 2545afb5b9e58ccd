package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.competency.Competency;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's words: no note or question twice (a debrief must never repeat one), Chinese
 * for every text, the group's values in their 2019 form with the 2004 set kept for the classic
 * variant, and none of the titles the catalogue once got wrong.
 */
class CatalogueTextTest {
  private static final String CLASSIC = "classic";
  private static final List<String> VALUES_2019 = List.of(
      "客户第一，员工第二，股东第三", "因为信任，所以简单", "唯一不变的是变化",
      "今天最好的表现是明天最低的要求", "此时此刻，非我莫属", "认真生活，快乐工作");
  private static final List<String> VALUES_2004 = List.of("客户第一", "团队合作", "拥抱变化", "诚信", "激情", "敬业");
  /** Titles that are wrong for these roles: a recruiting title for the hiring manager, a VP for the +2. */
  private static final List<String> WRONG_TERMS = List.of("招聘经理", "隔级副总裁", "Skip-level VP");

  private final Catalogue catalogue = CatalogueLoader.bundled();

  private List<Text> allNotes() {
    List<Text> out = new ArrayList<>();
    catalogue.rubrics().notes().values().forEach(byRating -> byRating.values().forEach(out::addAll));
    catalogue.rubrics().variants().values().forEach(bank ->
        bank.values().forEach(byRating -> byRating.values().forEach(out::addAll)));
    return out;
  }

  /** Every question: the default ones and each variant's own. */
  private List<Question> allQuestions() {
    List<Question> out = new ArrayList<>(catalogue.questions());
    for (String variant : catalogue.variants()) {
      catalogue.questions(variant).stream().filter(q -> !catalogue.questions().contains(q)).forEach(out::add);
    }
    return out;
  }

  @Test
  void noNoteIsWrittenTwiceInEitherLanguage() {
    assertNoDuplicates(allNotes().stream().map(Text::en), "note (en)");
    assertNoDuplicates(allNotes().stream().map(Text::zh), "note (zh)");
  }

  @Test
  void noQuestionIsWrittenTwiceInEitherLanguage() {
    assertNoDuplicates(allQuestions().stream().map(q -> q.text().en()), "question (en)");
    assertNoDuplicates(allQuestions().stream().map(q -> q.text().zh()), "question (zh)");
  }

  private static void assertNoDuplicates(Stream<String> texts, String what) {
    Set<String> seen = new HashSet<>();
    texts.map(String::strip).forEach(t -> assertThat(seen.add(t)).as(what + " repeated: " + t).isTrue());
  }

  @Test
  void everyTextHasChineseAndEnglish() {
    Stream.concat(allNotes().stream(), allQuestions().stream().map(Question::text)).forEach(t -> {
      assertThat(t.en()).as(t.zh()).matches("(?s).*[A-Za-z].*");
      assertThat(t.zh()).as(t.en()).matches(".*\\p{IsHan}.*");
    });
    for (Persona p : catalogue.personas().values()) {
      assertThat(p.nameZh()).as(p.id()).matches(".*\\p{IsHan}.*");
    }
    for (Competency c : catalogue.competencies().all()) {
      assertThat(c.nameZh()).as(c.id()).matches(".*\\p{IsHan}.*");
    }
  }

  @Test
  void enoughNotesAndQuestionsThatADebriefNeverRepeatsOne() {
    for (String variant : Stream.concat(Stream.of("default"), catalogue.variants().stream()).toList()) {
      for (String id : catalogue.competencies().ids()) {
        for (Rating r : Rating.values()) {
          assertThat(catalogue.rubrics().notes(id, r, variant)).as(variant + " " + id + " " + r).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(catalogue.questions(variant).stream().filter(q -> q.competencyId().equals(id)))
            .as(variant + " questions on " + id).hasSizeGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void theWrongTitlesDoNotComeBackAnywhereInTheBundledCatalogue() throws Exception {
    List<String> files = new ArrayList<>(List.of(
        "catalogue.yaml", "competencies.yaml", "personas.yaml", "rubrics.yaml", "questions.yaml",
        "preparation.yaml", "levels.yaml", "pool.yaml"));
    catalogue.bundledLoops().forEach(l -> files.add("loops/" + l + ".yaml"));
    catalogue.bundledProfiles().forEach(p -> files.add("profiles/" + p + ".yaml"));
    for (String file : files) {
      String text = new String(CatalogueLoader.resource(file), StandardCharsets.UTF_8);
      for (String wrong : WRONG_TERMS) {
        assertThat(text).as(file).doesNotContain(wrong);
      }
    }
    assertThat(catalogue.personas().get("hiring_manager").nameZh()).isEqualTo("业务主管（主管面）");
    assertThat(catalogue.personas().get("vp").nameZh()).isEqualTo("隔级主管");
    assertThat(catalogue.personas().get("vp").nameEn()).isEqualTo("Skip-level leader");
  }

  @Test
  void valuesAreThe2019SixByDefaultAndThe2004SixInTheClassicVariant() {
    String current = catalogue.description("values", "default");
    String classic = catalogue.description("values", CLASSIC);
    VALUES_2019.forEach(v -> assertThat(current).contains(v));
    VALUES_2004.forEach(v -> assertThat(classic).contains(v));
    assertThat(current).contains("六脉神剑").doesNotContain("团队合作");

    // HR asks about every one of the 2019 values, through its questions or the notes it writes.
    StringBuilder hr = new StringBuilder();
    catalogue.questions().stream().filter(q -> q.personaId().equals("hr") && q.competencyId().equals("values"))
        .forEach(q -> hr.append(q.text().zh()));
    for (Rating r : Rating.values()) {
      catalogue.rubrics().notes("values", r).forEach(n -> hr.append(n.zh()));
    }
    VALUES_2019.forEach(v -> assertThat(hr.toString()).as(v).contains(v));
  }

  @Test
  void aVariantReplacesOnlyWhatItNames() {
    for (Rating r : Rating.values()) {
      assertThat(catalogue.rubrics().notes("values", r, CLASSIC))
          .doesNotContainAnyElementsOf(catalogue.rubrics().notes("values", r));
      assertThat(catalogue.rubrics().notes("execution", r, CLASSIC)).isEqualTo(catalogue.rubrics().notes("execution", r));
      assertThat(catalogue.rubrics().notes("values", r, "no-such-variant")).isEqualTo(catalogue.rubrics().notes("values", r));
    }
    List<Question> classic = catalogue.questions(CLASSIC);
    List<Question> hrValues = classic.stream().filter(q -> q.personaId().equals("hr") && q.competencyId().equals("values")).toList();
    assertThat(hrValues).isNotEmpty().doesNotContainAnyElementsOf(catalogue.questions());
    assertThat(classic.stream().filter(q -> !(q.personaId().equals("hr") && q.competencyId().equals("values"))).toList())
        .containsExactlyElementsOf(catalogue.questions().stream()
            .filter(q -> !(q.personaId().equals("hr") && q.competencyId().equals("values"))).toList());
    assertThat(catalogue.description("execution", CLASSIC)).isEqualTo(catalogue.description("execution", "default"));
  }

  @Test
  void theAiSoftwareNoteFollowsTheNmpaGuideline() {
    String notes = String.join("\n", allNotes().stream().map(Text::zh).toList());
    assertThat(notes).contains("人工智能医用软件产品分类界定指导原则").contains("按三类管理").contains("不作为医疗器械");
    assertThat(notes).doesNotContain("二类医疗器械软件的注册路径");
  }
}
