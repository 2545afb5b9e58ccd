package io.hcsim.simulation.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.prep.Limits;
import io.hcsim.core.prep.Plan;
import io.hcsim.simulation.Fixtures;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of applying a plan, over arbitrary candidates, plans and response draws. */
class PreparationProperties {
  private static final int K = Fixtures.CATALOGUE.competencies().size();
  private static final List<String> ACTIVITIES = List.copyOf(Fixtures.CATALOGUE.activities().keySet());
  private static final Limits LIMITS = Fixtures.CATALOGUE.preparationLimits();

  /** A candidate on the 1-5 scale (to hundredths) with any consistency. */
  private static Gen<Candidate> candidates() {
    Gen<double[]> p = arrays().ofClass(integers().between(100, 500).map(i -> i / 100.0), Double.class).withLength(K)
        .map(a -> Stream.of(a).mapToDouble(Double::doubleValue).toArray());
    return p.zip(integers().between(0, 100), (prof, c) -> {
      Candidate x = new Candidate(K);
      x.setApplicant(prof, c / 100.0);
      return x;
    });
  }

  /** Whole hours per activity, 0 to 80. */
  private static Gen<int[]> hours() {
    return arrays().ofClass(integers().between(0, 80), Integer.class).withLength(ACTIVITIES.size())
        .map(a -> Stream.of(a).mapToInt(Integer::intValue).toArray());
  }

  static Plan plan(int[] hours) {
    Map<String, Double> h = new LinkedHashMap<>();
    for (int a = 0; a < hours.length; a++) {
      if (hours[a] > 0) {
        h.put(ACTIVITIES.get(a), (double) hours[a]);
      }
    }
    return new Plan("p", ImmutableMap.copyOf(h), OptionalInt.empty(), OptionalDouble.empty());
  }

  /** The candidate after the plan in run {@code runKey}, responses drawn as a comparison draws them. */
  static Candidate after(Candidate before, int[] hours, long runKey) {
    PreparedSource s = new PreparedSource(CandidateSource.fixed(before), new Preparation(Fixtures.CATALOGUE, plan(hours)),
        1.0, K, LIMITS);
    Candidate out = new Candidate(K);
    s.fill(0, runKey, out);
    return out;
  }

  @Test
  void moreHoursNeverLowerAnyCompetencyOrConsistency() {
    qt().withExamples(300).forAll(candidates(), hours(), integers().between(0, ACTIVITIES.size() - 1), longs().all())
        .checkAssert((c, h, a, key) -> {
          int[] more = h.clone();
          more[a] += 5;
          Candidate less = after(c, h, key);
          Candidate most = after(c, more, key);
          for (int i = 0; i < K; i++) {
            assertThat(most.proficiency(i)).as("competency %d", i).isGreaterThanOrEqualTo(less.proficiency(i));
          }
          assertThat(most.consistency()).isGreaterThanOrEqualTo(less.consistency());
        });
  }

  @Test
  void gainsAreConcaveInHours() {
    // Equal steps of hours on one activity buy no more each time: the learning curve flattens.
    qt().withExamples(300).forAll(candidates(), integers().between(0, ACTIVITIES.size() - 1), integers().between(0, 40),
        longs().all()).checkAssert((c, a, from, key) -> {
          double[] g = new double[3];
          for (int s = 0; s < 3; s++) {
            int[] h = new int[ACTIVITIES.size()];
            h[a] = from + 5 * s;
            g[s] = total(after(c, h, key)) - total(c);
          }
          assertThat(g[2] - g[1]).isLessThanOrEqualTo(g[1] - g[0] + 1e-12);
        });
  }

  @Test
  void nothingPassesItsCeilingOrFive() {
    qt().withExamples(300).forAll(candidates(), hours(), longs().all()).checkAssert((c, h, key) -> {
      Candidate x = after(c, h, key);
      for (int i = 0; i < K; i++) {
        assertThat(x.proficiency(i) - c.proficiency(i)).isLessThanOrEqualTo(LIMITS.ceiling() + 1e-12);
        assertThat(x.proficiency(i)).isLessThanOrEqualTo(Proficiency.MAX);
      }
      assertThat(x.consistency()).isLessThanOrEqualTo(Math.max(c.consistency(), LIMITS.consistencyMax()));
    });
  }

  @Test
  void aZeroHourPlanLeavesTheCandidateExactlyAsTheyWere() {
    qt().withExamples(200).forAll(candidates(), longs().all()).checkAssert((c, key) -> {
      Candidate x = after(c, new int[ACTIVITIES.size()], key);
      for (int i = 0; i < K; i++) {
        assertThat(x.proficiency(i)).isEqualTo(c.proficiency(i));
      }
      assertThat(x.consistency()).isEqualTo(c.consistency());
    });
  }

  @Test
  void theResponseMultipliersHaveMeanOneAndTheCataloguesSpread() {
    Preparation.Response r = new Preparation.Response(ACTIVITIES, LIMITS, 1.0);
    double[] m = new double[ACTIVITIES.size()];
    Draws draws = new Draws(7);
    int n = 200_000;
    double sum = 0;
    double squares = 0;
    for (int run = 0; run < n; run++) {
      r.draw(draws.runKey(run), m);
      sum += m[0];
      squares += m[0] * m[0];
    }
    double mean = sum / n;
    assertThat(mean).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(Math.sqrt(squares / n - mean * mean)).isCloseTo(LIMITS.responseSd(), org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void aSlowerResponderGainsLess() {
    Candidate c = new Candidate(K);
    c.setApplicant(new double[K], 0.5);
    for (int i = 0; i < K; i++) {
      c.raise(i, 2.5, Proficiency.MAX);
    }
    int[] h = new int[ACTIVITIES.size()];
    h[ACTIVITIES.indexOf("regulation_landscape")] = 10;
    Preparation p = new Preparation(Fixtures.CATALOGUE, plan(h));
    assertThat(total(p.typical(c, 0.5)) - total(c)).isLessThan(total(p.typical(c, 1.0)) - total(c));
  }

  private static double total(Candidate c) {
    double s = 0;
    for (int i = 0; i < K; i++) {
      s += c.proficiency(i);
    }
    return s;
  }
}
