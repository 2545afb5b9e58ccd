package io.hcsim.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The cumulative signal against independent computations on hand-built scorecards. */
class SignalModelTest {
  private static final Library LIBRARY = Library.bundled();
  private static final Catalogue CATALOGUE = LIBRARY.catalogue();
  private static final Level P7 = CATALOGUE.levels().byId("P7").orElseThrow();
  private static final Loop LOOP = load();
  private static final List<Round> ROUNDS = LOOP.roundsFor(P7, CATALOGUE.levels());
  private static final SignalModel MODEL = new SignalModel(CATALOGUE.competencies(), LOOP, ROUNDS, P7, CATALOGUE.pool());
  private static final int PRODUCT_SENSE = CATALOGUE.competencies().indexOf("product_sense");

  private static Loop load() {
    try {
      return LIBRARY.loop("ali-health-pm").value();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static int round(String id) {
    for (int r = 0; r < ROUNDS.size(); r++) {
      if (ROUNDS.get(r).id().equals(id)) {
        return r;
      }
    }
    throw new AssertionError(id);
  }

  /** P(rating | a) from first principles: the rating's interval of the persona's normal observation. */
  private static double likelihood(String roundId, Rating rating, double a) {
    Persona p = LOOP.persona(ROUNDS.get(round(roundId)));
    double sd = Math.sqrt(LOOP.loopFormSd() * LOOP.loopFormSd() + LOOP.roundFormSd() * LOOP.roundFormSd()
        + p.noise() * p.noise());
    // The committee takes off only part of the interviewer's severity.
    double severity = LOOP.committee().severityCorrection() * p.severity();
    NormalDistribution observed = new NormalDistribution(a - severity, sd);
    double[] cuts = {Double.NEGATIVE_INFINITY, P7.bar() - p.cutWidth(), P7.bar(), P7.bar() + p.cutWidth(),
        Double.POSITIVE_INFINITY};
    int k = rating.score();
    return cdf(observed, cuts[k]) - cdf(observed, cuts[k - 1]);
  }

  private static double cdf(NormalDistribution d, double x) {
    return Double.isInfinite(x) ? (x > 0 ? 1 : 0) : d.cumulativeProbability(x);
  }

  /** Posterior mean and SD of product sense by adaptive quadrature over the continuous prior on [1, 5]. */
  private static double[] integrate(ImmutableMap<String, Rating> ratings) {
    ApplicantPool pool = CATALOGUE.pool();
    NormalDistribution prior = new NormalDistribution(pool.mean(P7), pool.sd());
    UnivariateFunction density = a -> {
      double d = prior.density(a);
      for (var e : ratings.entrySet()) {
        d *= likelihood(e.getKey(), e.getValue(), a);
      }
      return d;
    };
    IterativeLegendreGaussIntegrator q = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-12);
    double z = q.integrate(100_000, density, 1, 5);
    double m = q.integrate(100_000, a -> a * density.value(a), 1, 5) / z;
    double m2 = q.integrate(100_000, a -> a * a * density.value(a), 1, 5) / z;
    return new double[] {m, Math.sqrt(m2 - m * m)};
  }

  private static int code(ImmutableMap<String, Rating> ratings) {
    int code = 0;
    for (var e : ratings.entrySet()) {
      code += MODEL.codeIncrement(round(e.getKey()), PRODUCT_SENSE, e.getValue().score());
    }
    return code;
  }

  @Test
  void gridPosteriorMatchesNumericalIntegration() {
    List<ImmutableMap<String, Rating>> cases = List.of(
        ImmutableMap.of(),
        ImmutableMap.of("hiring_manager", Rating.STRONG_HIRE),
        ImmutableMap.of("hiring_manager", Rating.LEAN_NO, "peer", Rating.LEAN_HIRE),
        ImmutableMap.of("hiring_manager", Rating.STRONG_NO, "peer", Rating.STRONG_NO, "vp", Rating.LEAN_NO),
        ImmutableMap.of("hiring_manager", Rating.STRONG_HIRE, "peer", Rating.STRONG_HIRE, "vp", Rating.STRONG_HIRE));
    for (ImmutableMap<String, Rating> ratings : cases) {
      double[] grid = MODEL.gridMoments(PRODUCT_SENSE, code(ratings));
      double[] exact = integrate(ratings);
      assertThat(grid[0]).as("mean " + ratings).isCloseTo(exact[0], Offset.offset(1e-3));
      assertThat(grid[1]).as("sd " + ratings).isCloseTo(exact[1], Offset.offset(1e-3));
    }
  }

  /** The joint posterior by explicit matrix algebra: P = S^-1 + diag(lambda), m = P^-1 (S^-1 mu + eta). */
  @Test
  void jointPosteriorMatchesExplicitLinearAlgebra() {
    qt().withExamples(60).forAll(integers().between(0, Integer.MAX_VALUE))
        .checkAssert(SignalModelTest::jointPosteriorMatchesExplicitLinearAlgebra);
  }

  private static void jointPosteriorMatchesExplicitLinearAlgebra(int seed) {
    int k = CATALOGUE.competencies().size();
    int[] codes = randomCodes(seed);
    double[] prior = MODEL.priorMoments();
    CompetencyStructure structure = CATALOGUE.pool().structure();
    RealMatrix cov = new Array2DRowRealMatrix(k, k);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        cov.setEntry(i, j, prior[1] * prior[1] * structure.correlation(i, j));
      }
    }
    RealMatrix priorPrecision = new LUDecomposition(cov).getSolver().getInverse();
    RealMatrix precision = priorPrecision.copy();
    double[] lambdas = new double[k];
    RealVector shift = priorPrecision.operate(new ArrayRealVector(k, prior[0]));
    for (int i = 0; i < k; i++) {
      if (codes[i] == 0) {
        continue;
      }
      double[] g = MODEL.gridMoments(i, codes[i]);
      double de = MODEL.designEffect(i);
      double lambda = (1 / (g[1] * g[1]) - 1 / (prior[1] * prior[1])) / de;
      lambdas[i] = lambda;
      precision.addToEntry(i, i, lambda);
      shift.addToEntry(i, (g[0] / (g[1] * g[1]) - prior[0] / (prior[1] * prior[1])) / de);
    }
    RealMatrix covariance = new LUDecomposition(precision).getSolver().getInverse();
    RealVector mean = covariance.operate(shift);
    RealVector w = new ArrayRealVector(k);
    for (int i = 0; i < k; i++) {
      w.setEntry(i, MODEL.weight(i));
    }
    Signal s = MODEL.signal(codes);
    for (int i = 0; i < k; i++) {
      assertThat(s.mean(i)).isCloseTo(mean.getEntry(i), Offset.offset(1e-9));
      assertThat(s.sd(i)).isCloseTo(Math.sqrt(covariance.getEntry(i, i)), Offset.offset(1e-9));
    }
    assertThat(s.overallMean()).isCloseTo(w.dotProduct(mean), Offset.offset(1e-9));
    // The shared form's variance, from each rating's weight h = lambda_c (C w)_c / n_c in the estimate.
    RealVector cw = covariance.operate(w);
    double[] h = new double[k];
    double sumH = 0;
    double sumH2 = 0;
    for (int i = 0; i < k; i++) {
      int n = Integer.toString(codes[i], 5).replace("0", "").length();
      h[i] = n == 0 ? 0 : lambdas[i] * cw.getEntry(i) / n;
      sumH += h[i] * n;
      sumH2 += h[i] * h[i] * n;
    }
    double sumRound2 = 0;
    for (int r = 0; r < ROUNDS.size(); r++) {
      double roundH = 0;
      boolean rated = false;
      for (String id : ROUNDS.get(r).focus().keySet()) {
        int c = CATALOGUE.competencies().indexOf(id);
        int digit = (codes[c] / MODEL.codeIncrement(r, c, 1)) % 5;
        rated |= digit != 0;
        roundH += digit != 0 ? h[c] : 0;
      }
      sumRound2 += rated ? roundH * roundH : 0;
    }
    double loopVar = LOOP.loopFormSd() * LOOP.loopFormSd();
    double roundVar = LOOP.roundFormSd() * LOOP.roundFormSd();
    double missed = Math.max(0, sumH * sumH * loopVar + sumRound2 * roundVar - sumH2 * (loopVar + roundVar));
    assertThat(s.overallSd()).isCloseTo(Math.sqrt(w.dotProduct(cw) + missed), Offset.offset(1e-9));
  }

  @Test
  void withoutCorrelationOrSharedFormTheJointPosteriorIsTheGridPosterior() {
    ApplicantPool independent =
        CATALOGUE.pool().withStructure(CompetencyStructure.equicorrelated(CATALOGUE.competencies().size(), 0));
    Loop noSharedForm = new Loop(LOOP.id(), LOOP.name(), LOOP.description(), LOOP.personas(), LOOP.rounds(),
        LOOP.roleWeights(), 0, 0, LOOP.showEarlierFeedback(), LOOP.committee());
    SignalModel model = new SignalModel(CATALOGUE.competencies(), noSharedForm, ROUNDS, P7, independent);
    int[] codes = randomCodes(99);
    Signal s = model.signal(codes);
    for (int i = 0; i < codes.length; i++) {
      double[] g = model.gridMoments(i, codes[i]);
      assertThat(s.mean(i)).isCloseTo(g[0], Offset.offset(1e-9));
      assertThat(s.sd(i)).isCloseTo(g[1], Offset.offset(1e-9));
    }
  }

  @Test
  void withoutRatingsTheBeliefIsThePool() {
    Signal s = MODEL.signal(new int[CATALOGUE.competencies().size()]);
    double[] prior = MODEL.priorMoments();
    // The pool normal truncated to the 1-5 scale: its mean sits a little under the pool mean.
    assertThat(prior[0]).isCloseTo(CATALOGUE.pool().mean(P7), Offset.offset(5e-3));
    for (int i = 0; i < CATALOGUE.competencies().size(); i++) {
      assertThat(s.mean(i)).isCloseTo(prior[0], Offset.offset(1e-12));
      assertThat(s.sd(i)).isCloseTo(prior[1], Offset.offset(1e-12));
    }
  }

  /**
   * In a loop that shows earlier feedback the committee reads a rating written after reading it as
   * noisier and counts it for the interviewer's own share: the same two Strong Hires on product
   * sense leave it less sure, and nearer the pool, than in the closed loop; the first round, which
   * reads nothing, counts alike in both.
   */
  @Test
  void anOpenLoopsCommitteeCountsRatingsWrittenAfterReadingForLess() throws Exception {
    Loop open = LIBRARY.loop("ali-health-pm-open-feedback").value();
    SignalModel openModel = new SignalModel(CATALOGUE.competencies(), open, open.roundsFor(P7, CATALOGUE.levels()), P7,
        CATALOGUE.pool());
    int[] codes = new int[CATALOGUE.competencies().size()];
    codes[PRODUCT_SENSE] = MODEL.codeIncrement(round("hiring_manager"), PRODUCT_SENSE, 4)
        + MODEL.codeIncrement(round("peer"), PRODUCT_SENSE, 4);
    Signal closed = MODEL.signal(codes);
    Signal read = openModel.signal(codes);
    assertThat(read.sd(PRODUCT_SENSE)).isGreaterThan(closed.sd(PRODUCT_SENSE) + 0.01);
    assertThat(read.mean(PRODUCT_SENSE)).isLessThan(closed.mean(PRODUCT_SENSE) - 0.01)
        .isGreaterThan(MODEL.priorMoments()[0]);
    int[] first = new int[CATALOGUE.competencies().size()];
    String firstFocus = ROUNDS.get(0).focus().keySet().iterator().next();
    int c = CATALOGUE.competencies().indexOf(firstFocus);
    first[c] = MODEL.codeIncrement(0, c, 4);
    assertThat(openModel.signal(first)).isEqualTo(MODEL.signal(first));
  }

  @Test
  void scorecardsGiveTheSameSignalAsCodes() {
    List<Scorecard> cards = List.of(
        new Scorecard("hiring_manager", "hiring_manager", ImmutableMap.of("product_sense", Rating.LEAN_HIRE,
            "domain_judgment", Rating.LEAN_NO), Rating.LEAN_HIRE),
        new Scorecard("peer", "peer", ImmutableMap.of("product_sense", Rating.STRONG_HIRE), Rating.STRONG_HIRE));
    int[] codes = new int[CATALOGUE.competencies().size()];
    codes[PRODUCT_SENSE] = MODEL.codeIncrement(round("hiring_manager"), PRODUCT_SENSE, 3)
        + MODEL.codeIncrement(round("peer"), PRODUCT_SENSE, 4);
    int dj = CATALOGUE.competencies().indexOf("domain_judgment");
    codes[dj] = MODEL.codeIncrement(round("hiring_manager"), dj, 2);
    assertThat(MODEL.signal(cards)).isEqualTo(MODEL.signal(codes));
  }

  @Test
  void aBetterRatingNeverLowersTheBelief() {
    // Every competency that can be improved in the drawn loop is tried: no example is filtered
    // out, so the property never gives up for want of examples.
    qt().withExamples(200)
        .forAll(integers().between(0, Integer.MAX_VALUE))
        .checkAssert(seed -> {
          int[] codes = randomCodes(seed);
          for (int c = 0; c < codes.length; c++) {
            if (improvablePlace(codes[c]) > 0) {
              aBetterRatingNeverLowersTheBelief(seed, c);
            }
          }
        });
  }

  /** The place value of the first rating below Strong Hire in a code (a base-5 digit of 1-3), or 0 if none. */
  private static int improvablePlace(int code) {
    int rest = code;
    int place = 1;
    while (rest > 0 && (rest % 5 == 0 || rest % 5 == 4)) {
      rest /= 5;
      place *= 5;
    }
    return rest > 0 ? place : 0;
  }

  private static void aBetterRatingNeverLowersTheBelief(int seed, int competency) {
    int[] codes = randomCodes(seed);
    int place = improvablePlace(codes[competency]);
    int[] better = codes.clone();
    better[competency] += place;
    Signal before = MODEL.signal(codes);
    Signal after = MODEL.signal(better);
    assertThat(after.mean(competency)).isGreaterThanOrEqualTo(before.mean(competency) - 1e-12);
    assertThat(after.overallMean()).isGreaterThanOrEqualTo(before.overallMean() - 1e-12);
  }

  /** Rating codes of a plausible partial loop, from a seed. */
  private static int[] randomCodes(int seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int[] codes = new int[CATALOGUE.competencies().size()];
    int reached = 1 + random.nextInt(ROUNDS.size());
    for (int r = 0; r < reached; r++) {
      for (String id : ROUNDS.get(r).focus().keySet()) {
        int c = CATALOGUE.competencies().indexOf(id);
        codes[c] += MODEL.codeIncrement(r, c, 1 + random.nextInt(4));
      }
    }
    return codes;
  }
}
