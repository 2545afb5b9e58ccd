package io.hcsim.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymTest {
  private static final byte[] KEY = "a team's secret, 32 bytes long!!".getBytes(StandardCharsets.UTF_8);

  @Test
  void withoutAKeyTheCodeIsNoFunctionOfTheName() {
    Pseudonym random = Pseudonym.random();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(random.code("Zhang Wei 张伟"));
    }
    assertThat(codes).hasSize(1000); // 40 random bits: a repeat in 1,000 draws has odds of about 1 in 2 million
    assertThat(codes).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"));
  }

  @Test
  void aKeyGivesTheSameCodeForTheSameNameAndAnotherForAnotherKey() {
    Pseudonym team = Pseudonym.keyed(KEY);
    assertThat(team.code("Zhang Wei 张伟")).isEqualTo(team.code(" Zhang Wei 张伟 "))
        .isEqualTo(Pseudonym.keyed(KEY).code("Zhang Wei 张伟"))
        .isNotEqualTo(team.code("Zhang Wei"));
    byte[] other = KEY.clone();
    other[0] ^= 1;
    assertThat(Pseudonym.keyed(other).code("Zhang Wei 张伟")).isNotEqualTo(team.code("Zhang Wei 张伟"));
  }

  @Test
  void keyedCodesOfManyNamesRarelyCollide() {
    Pseudonym team = Pseudonym.keyed(KEY);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      codes.add(team.code("Candidate number " + i));
    }
    assertThat(codes).hasSize(20_000); // the old 16-bit code collided within a few hundred names
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> Pseudonym.keyed(new byte[15])).isInstanceOf(IllegalArgumentException.class);
  }
}
