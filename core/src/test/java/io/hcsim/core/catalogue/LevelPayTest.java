package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.level.Levels;
import io.hcsim.core.pay.PayStructure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The levels' pay structures: the bundled ones, and a bad one named by its key. */
class LevelPayTest {
  private static Levels levels(String pay) throws InvalidInputException {
    String yaml = "currency: CNY\nlevels:\n  - id: P7\n    rank: 7\n    bar: 3.5\n    band: {low: 700000, high: 1000000}\n"
        + "    pay: " + pay + "\n";
    return CatalogueLoader.levels(new DocumentReader().parseBundled("levels.yaml", yaml.getBytes(StandardCharsets.UTF_8),
        CatalogueFiles.LevelList.class, "levels"));
  }

  @Test
  void everyBundledLevelHasAStructureMarkedAsAnAssumptionWhoseStockRisesWithLevel() {
    Levels levels = CatalogueLoader.bundled().levels();
    double previous = -1;
    for (var level : levels.ascending()) {
      PayStructure s = levels.pay(level).orElseThrow();
      assertThat(s.assumed()).as(level.id()).isTrue();
      assertThat(s.years()).as("the source's four years of vesting").isEqualTo(4);
      assertThat(s.stockShare()).as(level.id()).isGreaterThan(previous);
      previous = s.stockShare();
    }
  }

  @Test
  void aVestingScheduleThatDoesNotAddTo100IsOneProblemAtItsKey() {
    assertThatThrownBy(() -> levels("{baseMonths: 12, bonusMonths: 3, stockShare: 0.25, vesting: [25, 25, 25], cliffMonths: 12}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("levels[0].pay.vesting: [25, 25, 25] adds to 75%; expected 1 to 6 yearly percentages");
  }

  @Test
  void aNegativeBonusIsOneProblemAtItsKey() {
    assertThatThrownBy(() -> levels("{baseMonths: 12, bonusMonths: -1, stockShare: 0.25, vesting: [50, 50], cliffMonths: 0}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("levels[0].pay.bonusMonths");
  }

  @Test
  void aGoodStructureIsRead() throws InvalidInputException {
    Levels l = levels("{baseMonths: 12, bonusMonths: 3, stockShare: 0.25, vesting: [50, 50], cliffMonths: 0, assumed: true}");
    // 200,000 a year of stock: a grant of 400,000, half of it vesting each year.
    assertThat(l.pay(l.ascending().get(0)).orElseThrow().split(800_000).vests()).containsExactly(200_000L, 200_000L);
  }
}
