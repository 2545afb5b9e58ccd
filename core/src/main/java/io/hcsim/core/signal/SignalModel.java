package io.hcsim.core.signal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.competency.Competencies;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.rating.Scorecard;
import java.util.List;
import java.util.Arrays;

/**
 * The cumulative signal of one loop for one target level: the committee's belief about each
 * competency and about the overall proficiency, given every rating so far.
 *
 * <p>Two steps. First, for each competency alone, an exact grid posterior on [1, 5]: the
 * applicant-pool prior times, for every rating of the competency, the ordinal-probit likelihood
 * of that rating under the loop's own rating model ({@link RatingModel}); ratings are independent
 * given the truth, with the shared loop and round form folded into each rating's noise, since the
 * committee cannot separate them. Second, the pool's correlation between competencies is brought
 * in: each competency's ratings are summarised by the Gaussian that, times its prior, has the
 * grid posterior's mean and variance (the site approximation of expectation propagation), and
 * these sites combine with the correlated pool prior in closed form. So strong evidence on one
 * competency moves the belief about the others a little, as the pool's correlation says it
 * should, and the overall's SD accounts for it. With a correlation of 0 the second step returns
 * the grid posteriors unchanged.
 *
 * <p>The committee knows that ratings of one loop share the candidate's form on the day: each
 * site is discounted by the design effect of its round (Kish), and the overall's variance gets the
 * shared part that the sites cannot carry (see {@link #sharedFormVariance}). Without both it was
 * overconfident: applicants it gave 0.72 were above the bar 60% of the time; with them, 70%
 * (CommitteeCalibrationTest).
 *
 * <p>The equicorrelated prior covariance S = sigma^2 ((1 - rho) I + rho 11') makes the posterior
 * precision diagonal plus rank one, which the Sherman-Morrison formula inverts in O(K).
 *
 * <p>For speed, the sites of every combination of ratings a competency can receive in this loop
 * are computed once (a table indexed by a base-5 code, one digit per round that rates the
 * competency, 0 for not rated); a simulated loop only looks them up.
 */
public final class SignalModel {
  /** Grid points on the proficiency scale [1, 5]; step 0.025. */
  public static final int GRID_POINTS = 161;
  /**
   * The most rounds rating one competency whose signal is tabulated (5^n entries: 390,625 at 8);
   * beyond it every reading is computed afresh. Communication is rated in every interview, so this
   * is also the most interviews a loop may hold: 8 covers the source's five to seven rounds.
   */
  public static final int MAX_TABLE_DIGITS = 8;

  private final Competencies competencies;
  private final ImmutableList<Round> rounds;
  private final double[] weights;
  private final double[] grid = new double[GRID_POINTS];
  private final double[] prior = new double[GRID_POINTS];
  /** Mean and variance of the grid prior (the pool normal truncated to [1, 5]: a little under the pool mean). */
  private final double priorMean;
  private final double priorVar;
  /** Diagonal and rank-one parts of the prior precision, and the prior's precision-weighted mean. */
  private final double priorDiag;
  private final double priorRankOne;
  private final double priorShift;
  /** Variance of the loop form, and of one round's form at the pool's consistency. */
  private final double loopFormVar;
  private final double roundFormVar;
  /** For each round, the competencies it rates, and the place of the first one's rating in its code. */
  private final int[][] roundFocus;
  private final int[] probePlace;
  /**
   * Per competency, the design effect of its ratings: a rating shares its round's form with the
   * round's other m - 1 ratings, correlation rho = var(round form) / var(rating), so it counts as
   * 1 / (1 + (m - 1) rho) of an independent one (Kish), averaged over the rounds that rate it.
   */
  private final double[] designEffect;
  private final RatingModel[] models;
  private final double[] noiseOfRound;
  /** slot[round][competency]: which digit of the competency's code the round writes, or -1. */
  private final int[][] slot;
  private final int[] raterCount;
  /** Site precision and precision-weighted mean per competency and code; null when too many raters. */
  private final double[][] sitePrecision;
  private final double[][] siteShift;
  /**
   * Per competency and code, the terms the belief sums ({@link #TERMS} doubles a row, from
   * termOffset[competency]): each is the very expression the untabulated evaluation computes, so
   * the sums, taken in the same order, are bit for bit the same. Null when a site table is.
   */
  private final double[] terms;
  private final int[] termOffset;
  /** roundRated[round][code of the round's first competency]: whether the round has rated yet. */
  private final boolean[][] roundRated;
  private final double sdBound;
  private static final int AI = 0;
  private static final int BI = 1;
  private static final int BA = 2;
  private static final int WA = 3;
  private static final int WWA = 4;
  private static final int WBA = 5;
  private static final int CAA = 6;
  private static final int PA = 7;
  private static final int RATINGS = 8;
  private static final int TERMS = 9;
  /** likelihood[round][score - 1][grid point]. */
  private final double[][][] likelihood;

  public SignalModel(Competencies competencies, Loop loop, List<Round> rounds, Level target, ApplicantPool pool) {
    this.competencies = competencies;
    this.rounds = ImmutableList.copyOf(rounds);
    int k = competencies.size();
    this.weights = new double[k];
    loop.roleWeights().forEach((id, w) -> weights[competencies.indexOf(id)] = w);
    double mu = pool.mean(target);
    double step = (Proficiency.MAX - Proficiency.MIN) / (GRID_POINTS - 1);
    for (int g = 0; g < GRID_POINTS; g++) {
      grid[g] = Proficiency.MIN + g * step;
      double z = (grid[g] - mu) / pool.sd();
      prior[g] = Math.exp(-0.5 * z * z);
    }
    // Trapezoid weights: the grid integrates the truncated prior on [1, 5] to O(step^2).
    prior[0] *= 0.5;
    prior[GRID_POINTS - 1] *= 0.5;
    normalise(prior);
    double[] pm = moments(prior);
    this.priorMean = pm[0];
    this.priorVar = pm[1] * pm[1];
    double rho = pool.correlation();
    this.priorDiag = 1 / (priorVar * (1 - rho));
    this.priorRankOne = -rho / (priorVar * (1 - rho) * (1 + (k - 1) * rho));
    this.priorShift = priorMean * (priorDiag + k * priorRankOne);
    this.loopFormVar = loop.loopFormSd() * loop.loopFormSd();
    this.roundFormVar = loop.roundFormSd() * loop.roundFormSd() * RatingModel.consistencyFactor(pool.consistency());

    int n = rounds.size();
    this.models = new RatingModel[n];
    this.noiseOfRound = new double[n];
    this.likelihood = new double[n][][];
    this.slot = new int[n][k];
    this.raterCount = new int[k];
    for (int r = 0; r < n; r++) {
      Round round = rounds.get(r);
      Persona persona = loop.persona(round);
      models[r] = RatingModel.asCommitteeSees(persona, target, loop.committee().severityCorrection());
      noiseOfRound[r] = RatingModel.totalNoise(loop, persona, pool.consistency());
      likelihood[r] = new double[4][GRID_POINTS];
      for (Rating rating : Rating.values()) {
        for (int g = 0; g < GRID_POINTS; g++) {
          likelihood[r][rating.score() - 1][g] = models[r].likelihood(rating, grid[g], noiseOfRound[r]);
        }
      }
      Arrays.fill(slot[r], -1);
      for (String c : round.focus().keySet()) {
        int ci = competencies.indexOf(c);
        slot[r][ci] = raterCount[ci]++;
      }
    }
    this.roundFocus = new int[n][];
    this.probePlace = new int[n];
    for (int r = 0; r < n; r++) {
      roundFocus[r] = rounds.get(r).focus().keySet().stream().mapToInt(competencies::indexOf).toArray();
      probePlace[r] = roundFocus[r].length == 0 ? 0 : codeIncrement(r, roundFocus[r][0], 1);
    }
    this.designEffect = new double[k];
    for (int c = 0; c < k; c++) {
      double sum = 0;
      int count = 0;
      for (int r = 0; r < n; r++) {
        if (slot[r][c] >= 0) {
          sum += 1 + (roundFocus[r].length - 1) * roundFormVar / (noiseOfRound[r] * noiseOfRound[r]);
          count++;
        }
      }
      designEffect[c] = count == 0 ? 1 : sum / count;
    }
    this.sitePrecision = new double[k][];
    this.siteShift = new double[k][];
    for (int c = 0; c < k; c++) {
      if (raterCount[c] <= MAX_TABLE_DIGITS) {
        int size = (int) Math.pow(5, raterCount[c]);
        sitePrecision[c] = new double[size];
        siteShift[c] = new double[size];
        for (int code = 0; code < size; code++) {
          double[] site = site(c, code);
          sitePrecision[c][code] = site[0];
          siteShift[c][code] = site[1];
        }
      }
    }
    boolean tabulated = true;
    for (int c = 0; c < k; c++) {
      tabulated &= sitePrecision[c] != null;
    }
    this.termOffset = new int[k];
    this.terms = tabulated ? tabulateTerms() : null;
    this.sdBound = sdBound();
    this.roundRated = new boolean[n][];
    for (int r = 0; r < n; r++) {
      if (roundFocus[r].length > 0 && sitePrecision[roundFocus[r][0]] != null) {
        boolean[] rated = new boolean[sitePrecision[roundFocus[r][0]].length];
        for (int code = 0; code < rated.length; code++) {
          rated[code] = hasRated(r, code); // computed: the table is not in place yet
        }
        roundRated[r] = rated;
      }
    }
  }

  /** The rows of {@link #terms}, one per competency and code; fills {@link #termOffset}. */
  private double[] tabulateTerms() {
    int k = weights.length;
    int size = 0;
    for (int c = 0; c < k; c++) {
      termOffset[c] = size;
      size += sitePrecision[c].length * TERMS;
    }
    double[] t = new double[size];
    double c1 = priorRankOne;
    for (int c = 0; c < k; c++) {
      double w = weights[c];
      for (int code = 0; code < sitePrecision[c].length; code++) {
        int row = termOffset[c] + code * TERMS;
        double a = priorDiag + sitePrecision[c][code];
        double ai = 1 / a;
        double bi = priorShift + siteShift[c][code];
        t[row + AI] = ai;
        t[row + BI] = bi;
        t[row + BA] = bi * ai;
        t[row + WA] = w * ai;
        t[row + WWA] = w * w * ai;
        t[row + WBA] = w * bi * ai;
        t[row + CAA] = c1 * ai * ai;
        t[row + PA] = sitePrecision[c][code] * ai;
        t[row + RATINGS] = ratingsIn(code);
      }
    }
    return t;
  }

  public ImmutableList<Round> rounds() {
    return rounds;
  }

  public Competencies competencies() {
    return competencies;
  }

  public double weight(int competency) {
    return weights[competency];
  }




  /** The value a rating adds to the competency's code when round {@code round} gives it. */
  public int codeIncrement(int round, int competency, int score) {
    int s = slot[round][competency];
    checkArgument(s >= 0, "round %s does not rate competency %s", round, competency);
    int p = 1;
    for (int i = 0; i < s; i++) {
      p *= 5;
    }
    return score * p;
  }

  /**
   * The belief given per-competency rating codes, written into {@code out}: the joint posterior
   * of the Gaussian sites under the correlated pool prior (see the class comment).
   */
  public void evaluate(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    evaluateSummary(codes, out);
    double[] t = terms;
    int[] offset = termOffset;
    double denom = out.denom;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      out.sds[i] = Math.sqrt(t[row + AI] - t[row + CAA] / denom);
    }
  }

  /**
   * The overall's posterior mean alone, bit for bit as {@link #evaluate} gives it (the same terms
   * summed in the same order), without the shared-form variance or any SD; NaN when the sites
   * are not tabulated. With {@link #overallSdBound()} it decides most of the owner's readings.
   */
  public double overallMean(int[] codes) {
    if (terms == null) {
      return Double.NaN;
    }
    double[] t = terms;
    int[] offset = termOffset;
    double c = priorRankOne;
    double s1 = 0;
    double sb = 0;
    double sw = 0;
    double swb = 0;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      s1 += t[row + AI];
      sb += t[row + BA];
      sw += t[row + WA];
      swb += t[row + WBA];
    }
    double denom = 1 + c * s1;
    double meanShift = c * sb / denom;
    return swb - sw * meanShift;
  }

  /**
   * A number that the overall's SD never exceeds, whatever the ratings (infinite when the pool's
   * correlation is negative, where the bound below does not hold). Every site only adds
   * precision, so each 1/a is at most the prior's 1/d and the rank-one denominator at least its
   * value with every 1/a at that maximum, (1 - rho) / (1 + (K - 1) rho); that bounds the overall's
   * variance, the correction t and so every rating's weight h, and the shared-form variance by
   * (sum |h|)^2 (var(loop form) + var(round form)). Doubled, which covers rounding many times over.
   */
  public double overallSdBound() {
    return sdBound;
  }

  private double sdBound() {
    double c = priorRankOne;
    if (c > 0 || terms == null) {
      return Double.POSITIVE_INFINITY;
    }
    int k = weights.length;
    double sumW = 0;
    double sumW2 = 0;
    for (double w : weights) {
      sumW += Math.abs(w);
      sumW2 += w * w;
    }
    double maxInv = 1 / priorDiag;
    double denomMin = 1 + c * k * maxInv;
    if (!(denomMin > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    double sw = sumW * maxInv;
    double varBound = sumW2 * maxInv - c * sw * sw / denomMin;
    double tBound = -c * sw / denomMin;
    double h = sumW + k * tBound;
    return 2 * Math.sqrt(varBound + h * h * (loopFormVar + roundFormVar));
  }

  /**
   * Each competency's posterior mean alone, bit for bit as {@link #evaluate} gives it (the same
   * rank-one correction from the same sums); nothing else in {@code out} is written. The reasons
   * for a loop without an offer need only these.
   */
  public void evaluateMeans(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    double[] t = terms;
    int[] offset = termOffset;
    double c = priorRankOne;
    double s1 = 0;
    double sb = 0;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      s1 += t[row + AI];
      sb += t[row + BA];
    }
    double denom = 1 + c * s1;
    writeMeans(codes, c * sb / denom, out);
  }

  /** Each competency's posterior mean from the tabulated terms and the rank-one correction. */
  private void writeMeans(int[] codes, double meanShift, Belief out) {
    double[] t = terms;
    int[] offset = termOffset;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      out.means[i] = t[row + AI] * (t[row + BI] - meanShift);
    }
  }

  /**
   * What a simulated loop reads of the belief: the overall's mean and SD, each competency's mean
   * and the widest SD among weighted competencies, as {@link #evaluate} gives them bit for bit;
   * the per-competency SDs are not written (the widest is the root of the largest variance, which
   * is the largest root, since the square root is monotone).
   */
  public void evaluateSummary(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    evaluateOverall(codes, out);
    writeMeans(codes, out.meanShift, out);
    widestSd(codes, out);
  }

  /**
   * The widest SD among weighted competencies, bit for bit as {@link #evaluateSummary} gives it,
   * after {@link #evaluateOverall} has filled {@code out} for the same codes (its rank-one
   * denominator is reused); written into {@code out} and returned.
   */
  public double widestSd(int[] codes, Belief out) {
    if (terms == null) {
      return out.widestSd; // the untabulated evaluation wrote it with the overall
    }
    double[] t = terms;
    int[] offset = termOffset;
    double denom = out.denom;
    double widestVar = 0;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      double var = t[row + AI] - t[row + CAA] / denom;
      if (weights[i] > 0 && var > widestVar) {
        widestVar = var;
      }
    }
    out.widestSd = Math.sqrt(widestVar);
    return out.widestSd;
  }

  /**
   * Only the overall's mean and SD (what the loop's owner reads between rounds), written into
   * {@code out}; its per-competency means and SDs are left as they were. Bit for bit the overall
   * that {@link #evaluate} gives: the same terms, summed in the same order.
   */
  public void evaluateOverall(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    double[] t = terms;
    int[] offset = termOffset;
    int k = codes.length;
    double c = priorRankOne;
    double s1 = 0;
    double sb = 0;
    double sw = 0;
    double sww = 0;
    double swb = 0;
    for (int i = 0; i < k; i++) {
      int row = offset[i] + codes[i] * TERMS;
      s1 += t[row + AI];
      sb += t[row + BA];
      sw += t[row + WA];
      sww += t[row + WWA];
      swb += t[row + WBA];
    }
    double denom = 1 + c * s1;
    double meanShift = c * sb / denom;
    double overallVar = sww - c * sw * sw / denom;
    double missed = sharedFormVarianceTabulated(codes, c * sw / denom, out.perRating);
    out.denom = denom;
    out.meanShift = meanShift;
    out.overallMean = swb - sw * meanShift;
    out.overallSd = Math.sqrt(overallVar + missed);
  }

  /** {@link #sharedFormVariance} from the tabulated terms (the same arithmetic). */
  private double sharedFormVarianceTabulated(int[] codes, double tw, double[] perRating) {
    double[] t = terms;
    int[] offset = termOffset;
    double sumH = 0;
    double sumH2 = 0;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      double n = t[row + RATINGS];
      if (n == 0) {
        perRating[i] = 0;
        continue;
      }
      double influence = t[row + PA] * (weights[i] - tw);
      double h = influence / n;
      perRating[i] = h;
      sumH += influence;
      sumH2 += influence * h;
    }
    return missedVariance(codes, perRating, sumH, sumH2);
  }

  /** {@link #evaluate} for a loop whose sites are not tabulated: each site is computed on the grid. */
  void evaluateUntabulated(int[] codes, Belief out) {
    int k = codes.length;
    double c = priorRankOne;
    double s1 = 0;
    double sb = 0;
    double sw = 0;
    double sww = 0;
    double swb = 0;
    // First pass: out.sds holds 1/a_i (a = the diagonal of the posterior precision) and out.means
    // b_i (its precision-weighted mean); the second pass turns them into SDs and means in place.
    double[] inv = out.sds;
    double[] b = out.means;
    for (int i = 0; i < k; i++) {
      double a = priorDiag + precision(i, codes[i]);
      double ai = 1 / a;
      double bi = priorShift + shift(i, codes[i]);
      inv[i] = ai;
      b[i] = bi;
      s1 += ai;
      sb += bi * ai;
      double w = weights[i];
      sw += w * ai;
      sww += w * w * ai;
      swb += w * bi * ai;
    }
    double denom = 1 + c * s1;
    double meanShift = c * sb / denom;
    double overallVar = sww - c * sw * sw / denom;
    double missed = sharedFormVariance(codes, inv, c * sw / denom, out.perRating);
    double widest = 0;
    for (int i = 0; i < k; i++) {
      double ai = inv[i];
      out.means[i] = ai * (b[i] - meanShift);
      double sd = Math.sqrt(ai - c * ai * ai / denom);
      out.sds[i] = sd;
      if (weights[i] > 0 && sd > widest) {
        widest = sd;
      }
    }
    out.denom = denom;
    out.meanShift = meanShift;
    out.overallMean = swb - sw * meanShift;
    out.overallSd = Math.sqrt(overallVar + missed);
    out.widestSd = widest;
  }

  /**
   * What the sites leave out. Every rating of a loop carries the candidate's loop form, and every
   * rating of a round its round form; the committee cannot see them and counts each rating's
   * error as independent. Linearised, its estimate of the overall puts a weight h on each rating,
   * and the variance it misses is (sum h)^2 var(loop form) + sum over rounds (sum of the round's
   * h)^2 var(round form) - sum h^2 (var(loop form) + var(round form)). A rating's weight is its
   * competency's influence on the overall, (P^-1 w)_c times the site's precision, shared equally
   * by the competency's ratings.
   *
   * @param perRating scratch, one slot per competency: filled with each rating's weight
   */
  private double sharedFormVariance(int[] codes, double[] inv, double t, double[] perRating) {
    double sumH = 0;
    double sumH2 = 0;
    for (int i = 0; i < codes.length; i++) {
      int n = ratingsIn(codes[i]);
      if (n == 0) {
        perRating[i] = 0;
        continue;
      }
      double influence = precision(i, codes[i]) * inv[i] * (weights[i] - t);
      perRating[i] = influence / n;
      sumH += influence;
      sumH2 += influence * perRating[i];
    }
    return missedVariance(codes, perRating, sumH, sumH2);
  }

  /** The shared-form variance from the per-rating weights and their sum and sum of squares. */
  private double missedVariance(int[] codes, double[] perRating, double sumH, double sumH2) {
    double sumRound2 = 0;
    for (int r = 0; r < roundFocus.length; r++) {
      int[] focus = roundFocus[r];
      if (focus.length == 0 || !hasRated(r, codes[focus[0]])) {
        continue; // the round rated nothing (yet)
      }
      double h = 0;
      for (int c : focus) {
        h += perRating[c];
      }
      sumRound2 += h * h;
    }
    double missed = sumH * sumH * loopFormVar + sumRound2 * roundFormVar - sumH2 * (loopFormVar + roundFormVar);
    return Math.max(0, missed);
  }

  /** Whether round r has rated, from the code of its first competency. */
  private boolean hasRated(int r, int firstCode) {
    boolean[] table = roundRated[r];
    return table != null ? table[firstCode] : (firstCode / probePlace[r]) % 5 != 0;
  }

  /** How many ratings a code holds (its non-zero base-5 digits). */
  private static int ratingsIn(int code) {
    int n = 0;
    for (int rest = code; rest > 0; rest /= 5) {
      n += rest % 5 != 0 ? 1 : 0;
    }
    return n;
  }

  /** The signal from per-competency rating codes. */
  public Signal signal(int[] codes) {
    Belief b = new Belief(codes.length);
    evaluate(codes, b);
    return b.snapshot();
  }

  /** The signal from real or simulated scorecards of this loop's rounds, in any order. */
  public Signal signal(List<Scorecard> scorecards) {
    return signal(codes(scorecards));
  }

  /** Per-competency rating codes of a set of scorecards. */
  public int[] codes(List<Scorecard> scorecards) {
    int[] codes = new int[competencies.size()];
    for (Scorecard card : scorecards) {
      int r = roundIndex(card.roundId());
      card.ratings().forEach((id, rating) -> {
        int c = competencies.indexOf(id);
        checkArgument(slot[r][c] >= 0, "round %s does not assess %s", card.roundId(), id);
        codes[c] += codeIncrement(r, c, rating.score());
      });
    }
    return codes;
  }

  private int roundIndex(String roundId) {
    for (int r = 0; r < rounds.size(); r++) {
      if (rounds.get(r).id().equals(roundId)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no round '" + roundId + "' in this loop for this level");
  }

  /** The grid posterior of one competency alone (uncorrelated prior), exact on the grid. */
  public double[] gridPosterior(int competency, int code) {
    double[] post = prior.clone();
    int rest = code;
    for (int s = 0; rest > 0; s++, rest /= 5) {
      int score = rest % 5;
      if (score > 0) {
        double[] lik = likelihood[roundOfSlot(competency, s)][score - 1];
        for (int g = 0; g < GRID_POINTS; g++) {
          post[g] *= lik[g];
        }
      }
    }
    normalise(post);
    return post;
  }

  /** The design effect of a competency's ratings (1 when rounds share no form). */
  public double designEffect(int competency) {
    return designEffect[competency];
  }

  /** Mean and SD of {@link #gridPosterior}. */
  public double[] gridMoments(int competency, int code) {
    return moments(gridPosterior(competency, code));
  }


  /** Mean and SD of the prior of one competency on the grid. */
  public double[] priorMoments() {
    return new double[] {priorMean, Math.sqrt(priorVar)};
  }

  private double precision(int competency, int code) {
    double[] t = sitePrecision[competency];
    return t != null ? t[code] : site(competency, code)[0];
  }

  private double shift(int competency, int code) {
    double[] t = siteShift[competency];
    return t != null ? t[code] : site(competency, code)[1];
  }

  /**
   * The Gaussian site of a competency's ratings: the precision and precision-weighted mean that,
   * added to the prior's, give the grid posterior's moments.
   */
  private double[] site(int competency, int code) {
    if (code == 0) {
      return new double[] {0, 0};
    }
    double[] m = gridMoments(competency, code);
    double postPrecision = 1 / (m[1] * m[1]);
    double precision = Math.max(0, postPrecision - 1 / priorVar);
    double shift = m[0] * postPrecision - priorMean / priorVar;
    // Discounted by the design effect: ratings that share a round's form are worth fewer
    // independent ones, so the site's pseudo-observation keeps its value but weighs less.
    double de = designEffect[competency];
    return new double[] {precision / de, precision == 0 ? 0 : shift / de};
  }

  private int roundOfSlot(int competency, int s) {
    for (int r = 0; r < rounds.size(); r++) {
      if (slot[r][competency] == s) {
        return r;
      }
    }
    throw new IllegalArgumentException("no rater in slot " + s + " for competency " + competency);
  }

  private double[] moments(double[] density) {
    double m = 0;
    double m2 = 0;
    for (int g = 0; g < GRID_POINTS; g++) {
      m += density[g] * grid[g];
      m2 += density[g] * grid[g] * grid[g];
    }
    return new double[] {m, Math.sqrt(Math.max(0, m2 - m * m))};
  }

  private static void normalise(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
  }
}
