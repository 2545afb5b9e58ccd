package io.hcsim.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("name", "targetLevel", "proficiency", "consistency", "notes");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"naem, name", "proficency, proficiency", "TARGETLEVEL, targetLevel", "consistancy, consistency"})
  void suggestsTheOneClosestKey(String typed, String meant) {
    assertThat(Suggestions.closest(typed, KEYS)).hasValue(meant);
  }

  @Test
  void makesNoGuessWhenNothingIsClose() {
    assertThat(Suggestions.closest("salary", KEYS)).isEmpty();
  }

  @Test
  void makesNoGuessBetweenEquallyCloseNames() {
    assertThat(Suggestions.closest("P9", List.of("P6", "P7", "P8"))).isEmpty();
    assertThat(Suggestions.unknown("level", "P9", List.of("P6", "P7", "P8")))
        .isEqualTo("unknown level 'P9'; valid: P6, P7, P8");
  }

  @Test
  void saysWhatWasMeantAndListsTheValidNames() {
    assertThat(Suggestions.unknown("key", "naem", KEYS))
        .isEqualTo("unknown key 'naem'; did you mean 'name'? Valid: name, targetLevel, proficiency, consistency, notes");
  }
}
