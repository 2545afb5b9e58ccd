package io.hcsim.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tabulated signal is the computed one bit for bit: decisions compare it with thresholds, so
 * a last-bit difference could flip a loop and change the pinned outputs.
 */
class SignalTablesTest {
  private static final Library LIBRARY = Library.bundled();
  private static final Catalogue CATALOGUE = LIBRARY.catalogue();

  /** Every bundled loop at every level where one of its rounds rates the candidate. */
  static Stream<Arguments> bundledLoopsAndLevels() {
    return CATALOGUE.bundledLoops().stream().flatMap(name -> {
      Loop loop = load(name);
      return CATALOGUE.levels().ascending().stream()
          .filter(level -> !loop.ratingRoundsFor(level, CATALOGUE.levels()).isEmpty())
          .map(level -> Arguments.of(name, level.id()));
    });
  }

  /** One model a loop and level, shared by the tests (building its tables is the costly part). */
  private static final java.util.Map<String, SignalModel> MODELS = new java.util.concurrent.ConcurrentHashMap<>();

  private static SignalModel model(String name, Level target) {
    return MODELS.computeIfAbsent(name + "@" + target.id(), key -> {
      Loop loop = load(name);
      return new SignalModel(CATALOGUE.competencies(), loop, loop.roundsFor(target, CATALOGUE.levels()), target,
          CATALOGUE.pool());
    });
  }

  private static Loop load(String name) {
    try {
      return LIBRARY.loop(name).value();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("bundledLoopsAndLevels")
  void theSdBoundIsFiniteAndNotFarAboveThePriorsSd(String name, String level) {
    SignalModel model = model(name, CATALOGUE.levels().byId(level).orElseThrow());
    // Loose (it must hold for any ratings) but of the prior's order, so that it decides readings.
    assertThat(model.overallSdBound()).isBetween(model.signal(new int[CATALOGUE.competencies().size()]).overallSd(), 10.0);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("bundledLoopsAndLevels")
  void tabulatedAndOverallOnlyEvaluationsMatchTheComputedOneExactly(String name, String level) {
    SignalModel model = model(name, CATALOGUE.levels().byId(level).orElseThrow());
    List<Round> rounds = model.rounds();
    int k = CATALOGUE.competencies().size();
    Belief tabulated = new Belief(k);
    Belief computed = new Belief(k);
    Belief overallOnly = new Belief(k);
    Belief summary = new Belief(k);
    Belief meansOnly = new Belief(k);
    Belief folded = new Belief(k);
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 600; trial++) {
      // The ratings of the first few rounds, as a loop has them after each round.
      int[] codes = new int[k];
      int played = random.nextInt(rounds.size() + 1);
      // A quarter of the loops rated all alike, the extremes where the SD is widest or narrowest.
      int same = trial % 4 == 0 ? 1 + random.nextInt(4) : 0;
      for (int r = 0; r < played; r++) {
        for (String id : rounds.get(r).focus().keySet()) {
          int c = CATALOGUE.competencies().indexOf(id);
          codes[c] += model.codeIncrement(r, c, same > 0 ? same : 1 + random.nextInt(4));
        }
      }
      model.evaluate(codes, tabulated);
      model.evaluateUntabulated(codes, computed);
      model.evaluateOverall(codes, overallOnly);
      model.evaluateSummary(codes, summary);
      model.evaluateMeans(codes, meansOnly);
      // One fold, then the SD, the widest SD and the means from it, as a loop's owner and committee read them.
      double foldedMean = model.foldOverall(codes, folded);
      assertThat(foldedMean).isEqualTo(computed.overallMean());
      model.completeOverall(codes, foldedMean, folded);
      assertThat(folded.overallMean()).isEqualTo(computed.overallMean());
      assertThat(folded.overallSd()).isEqualTo(computed.overallSd());
      assertThat(model.widestSd(codes, folded)).as("after one fold").isEqualTo(computed.widestSd());
      model.completeMeans(codes, folded);
      assertThat(tabulated.overallMean()).isEqualTo(computed.overallMean());
      assertThat(tabulated.overallSd()).isEqualTo(computed.overallSd());
      assertThat(tabulated.widestSd()).isEqualTo(computed.widestSd());
      assertThat(overallOnly.overallMean()).isEqualTo(computed.overallMean());
      assertThat(overallOnly.overallSd()).isEqualTo(computed.overallSd());
      assertThat(summary.overallMean()).isEqualTo(computed.overallMean());
      assertThat(model.overallMean(codes)).isEqualTo(computed.overallMean());
      assertThat(computed.overallSd()).isPositive().isLessThanOrEqualTo(model.overallSdBound() / 2);
      assertThat(summary.overallSd()).isEqualTo(computed.overallSd());
      assertThat(summary.widestSd()).isEqualTo(computed.widestSd());
      assertThat(model.widestSd(codes, overallOnly)).as("after the overall alone").isEqualTo(computed.widestSd());
      for (int c = 0; c < k; c++) {
        assertThat(tabulated.mean(c)).isEqualTo(computed.mean(c));
        assertThat(tabulated.sd(c)).isEqualTo(computed.sd(c));
        assertThat(summary.mean(c)).isEqualTo(computed.mean(c));
        assertThat(meansOnly.mean(c)).isEqualTo(computed.mean(c));
        assertThat(folded.mean(c)).isEqualTo(computed.mean(c));
      }
    }
  }
}
