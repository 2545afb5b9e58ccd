package io.hcsim.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.text.Text;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Text writes out a record's equals and hashCode; they must behave as the generated ones. */
class TextEqualityTest {
  @Test
  void equalTextsAreEqualWithEqualHashesAndDifferentOnesAreNot() {
    Text t = new Text("Strong", "强");
    assertThat(new Text(new String("Strong"), new String("强"))).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(new Text("Strong", "弱")).isNotEqualTo(t);
    assertThat(new Text("Weak", "强")).isNotEqualTo(t);
    assertThat(t).isNotEqualTo(null).isNotEqualTo("Strong");
    assertThat(Set.of(t, new Text("Weak", "弱"))).contains(new Text("Strong", "强"));
  }

  @Test
  void missingHalvesCompareAsNulls() {
    assertThat(new Text(null, "强")).isEqualTo(new Text(null, "强")).hasSameHashCodeAs(new Text(null, "强"));
    assertThat(new Text(null, "强")).isNotEqualTo(new Text("", "强"));
  }
}
