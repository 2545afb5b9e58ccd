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
import io.hcsim.core.pool.CompetencyStructure;
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
 * committee cannot separate them. Second, the pool's structure between competencies is brought
 * in (a general factor plus clusters, {@link CompetencyStructure}): each competency's ratings are
 * summarised by the Gaussian that, times its prior, has the grid posterior's mean and variance
 * (the site approximation of expectation propagation), and these sites combine with the
 * structured pool prior in closed form. So strong evidence on product sense moves the belief
 * about data and execution, less about regulation, and hardly about motivation, and the
 * overall's SD accounts for it. With no shared factor the second step returns the grid
 * posteriors unchanged.
 *
 * <p>The committee knows that ratings of one loop share the candidate's form on the day: each
 * site is discounted by the design effect of its round (Kish), and the overall's variance gets the
 * shared part that the sites cannot carry (see {@link #sharedFormVariance}). Without both it was
 * overconfident: applicants it gave 0.72 were above the bar 60% of the time; with them, 70%
 * (CommitteeCalibrationTest).
 *
 * <p>The algebra, on the factors. The prior is x = mu + L f + u, f ~ N(0, I) the general and the
 * cluster factors, u ~ N(0, Psi) each competency's own part. Given the factors the competencies
 * are independent, so each site combines with its own part alone: with site precision d and
 * precision-weighted mean b, e = 1 + psi d, x_i | f has mean (mu + L_i f + psi b) / e and variance
 * psi / e. The factors' posterior has precision M = I + sum_i L_i L_i' d_i / e_i and mean M^-1 sum_i
 * L_i (b_i - d_i mu) / e_i. A competency loads on the general factor and its own cluster's only,
 * so M is an arrow matrix (a general row and column and a diagonal), solved in O(K) through the
 * Schur complement of its general entry. Means and variances of competencies and of the overall
 * follow from E[x | f] and the law of total variance.
 *
 * <p>For speed, the sites of every combination of ratings a competency can receive in this loop
 * are computed once (a table indexed by a base-5 code, one digit per round that rates the
 * competency, 0 for not rated), and with them every per-competency term the belief sums; a
 * simulated loop only looks them up and adds.
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
  /**
   * The prior as factors: each competency's loading on the general factor and on its cluster's,
   * and the variance of its own part (they add to the prior's variance).
   */
  private final double[] loadGeneral;
  private final double[] loadCluster;
  private final double[] own;
  /** The competencies of each cluster, in the order every sum visits them. */
  private final int[][] members;
  private final int[] clusterOf;
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
  /** Per competency and code, the mean of its grid posterior: its own ratings alone (see {@link #evidenceMean}). */
  private final double[][] evidenceMean;
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
  // One row of terms per competency and code (see rowTerms).
  private static final int AI = 0;
  private static final int MB = 1;
  private static final int G0 = 2;
  private static final int GC = 3;
  private static final int T00 = 4;
  private static final int T0C = 5;
  private static final int TCC = 6;
  private static final int R0 = 7;
  private static final int RC = 8;
  private static final int WM = 9;
  private static final int WWA = 10;
  private static final int WG0 = 11;
  private static final int WGC = 12;
  private static final int DW = 13;
  private static final int DG0 = 14;
  private static final int DGC = 15;
  private static final int RATINGS = 16;
  static final int TERMS = 17;
  /** For the untabulated evaluation: every competency's row at i TERMS of a scratch array, code 0. */
  private final int[] identityOffset;
  private final int[] zeroCodes;
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
    CompetencyStructure structure = pool.structure();
    checkArgument(structure.competencies() == k, "the pool's structure has %s competencies, the catalogue %s",
        structure.competencies(), k);
    this.loadGeneral = new double[k];
    this.loadCluster = new double[k];
    this.own = new double[k];
    this.clusterOf = new int[k];
    for (int c = 0; c < k; c++) {
      loadGeneral[c] = Math.sqrt(structure.generalShare(c) * priorVar);
      loadCluster[c] = Math.sqrt(structure.clusterShare(c) * priorVar);
      own[c] = structure.ownShare(c) * priorVar;
      clusterOf[c] = structure.clusterOf(c);
    }
    this.members = new int[structure.clusterIds().size()][];
    for (int j = 0; j < members.length; j++) {
      members[j] = structure.members(j);
    }
    this.identityOffset = new int[k];
    for (int c = 0; c < k; c++) {
      identityOffset[c] = c * TERMS;
    }
    this.zeroCodes = new int[k];
    this.loopFormVar = loop.loopFormSd() * loop.loopFormSd();
    this.roundFormVar = loop.roundFormSd() * loop.roundFormSd() * RatingModel.consistencyFactor(pool.consistency());

    int n = rounds.size();
    this.models = new RatingModel[n];
    this.noiseOfRound = new double[n];
    this.likelihood = new double[n][][];
    this.slot = new int[n][k];
    this.raterCount = new int[k];
    boolean earlierRated = false;
    for (int r = 0; r < n; r++) {
      Round round = rounds.get(r);
      Persona persona = loop.persona(round);
      models[r] = RatingModel.asCommitteeSees(persona, target, loop.committee().severityCorrection());
      boolean read = readEarlierFeedback(loop, persona, earlierRated);
      earlierRated |= !round.focus().isEmpty();
      noiseOfRound[r] = RatingModel.totalNoise(loop, persona, pool.consistency(), read ? loop.noiseAfterReading() : 1);
      likelihood[r] = new double[4][GRID_POINTS];
      // A persona the committee counts for less (a recruiter's screen) gives a tempered likelihood.
      double evidence = persona.evidenceWeight() * (read ? 1 - persona.anchoring() : 1);
      for (Rating rating : Rating.values()) {
        for (int g = 0; g < GRID_POINTS; g++) {
          double l = models[r].likelihood(rating, grid[g], noiseOfRound[r]);
          likelihood[r][rating.score() - 1][g] = evidence == 1 ? l : Math.pow(l, evidence);
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
    this.evidenceMean = new double[k][];
    for (int c = 0; c < k; c++) {
      if (raterCount[c] <= MAX_TABLE_DIGITS) {
        int size = (int) Math.pow(5, raterCount[c]);
        sitePrecision[c] = new double[size];
        siteShift[c] = new double[size];
        evidenceMean[c] = new double[size];
        tabulateSites(c);
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
    for (int c = 0; c < k; c++) {
      for (int code = 0; code < sitePrecision[c].length; code++) {
        rowTerms(c, code, sitePrecision[c][code], siteShift[c][code], t, termOffset[c] + code * TERMS);
      }
    }
    return t;
  }

  /**
   * The terms of one competency's site (precision d, precision-weighted mean b) that the belief
   * sums, written at {@code row}: with e = 1 + psi d, the conditional variance psi / e and mean
   * (mu + psi b) / e given the factors, the loadings over e, the site's contributions to the factors'
   * precision (L L' d / e) and to their shifted mean (L (b - d mu) / e), the same weighted by the
   * competency's role weight, and d times the conditional terms (its ratings' influence).
   */
  private void rowTerms(int c, int code, double d, double b, double[] t, int row) {
    double psi = own[c];
    double l0 = loadGeneral[c];
    double lc = loadCluster[c];
    double w = weights[c];
    double e = 1 + psi * d;
    double ai = psi / e;
    double mb = (priorMean + psi * b) / e;
    double g0 = l0 / e;
    double gc = lc / e;
    double td = d / e;
    double r = (b - d * priorMean) / e;
    t[row + AI] = ai;
    t[row + MB] = mb;
    t[row + G0] = g0;
    t[row + GC] = gc;
    t[row + T00] = td * l0 * l0;
    t[row + T0C] = td * l0 * lc;
    t[row + TCC] = td * lc * lc;
    t[row + R0] = l0 * r;
    t[row + RC] = lc * r;
    t[row + WM] = w * mb;
    t[row + WWA] = w * w * ai;
    t[row + WG0] = w * g0;
    t[row + WGC] = w * gc;
    t[row + DW] = d * ai * w;
    t[row + DG0] = d * g0;
    t[row + DGC] = d * gc;
    t[row + RATINGS] = ratingsIn(code);
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
   * of the Gaussian sites under the structured pool prior (see the class comment).
   */
  public void evaluate(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    evaluateSummary(codes, out);
    writeSds(codes, termOffset, terms, out);
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
    return fold(codes, termOffset, terms, null);
  }

  /**
   * The overall's posterior mean, bit for bit as {@link #overallMean} gives it, leaving the
   * factors' posterior in {@code out} so that {@link #completeOverall} and {@link #completeMeans}
   * on the same codes need not fold again: a loop's owner reads the mean first and the rest only
   * when the mean does not settle the question.
   */
  public double foldOverall(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return out.overallMean;
    }
    return fold(codes, termOffset, terms, out);
  }

  /**
   * After {@link #foldOverall} gave {@code mean} for the same codes: the overall's mean and SD into
   * {@code out}, as {@link #evaluateOverall} writes them.
   */
  public void completeOverall(int[] codes, double mean, Belief out) {
    if (terms == null) {
      return; // the untabulated evaluation wrote everything
    }
    double missed = sharedFormVariance(codes, codes, termOffset, terms, out);
    out.overallMean = mean;
    out.overallSd = Math.sqrt(out.overallVar + missed);
  }

  /** After {@link #foldOverall} for the same codes: each competency's mean, as {@link #evaluateMeans} writes them. */
  public void completeMeans(int[] codes, Belief out) {
    if (terms == null) {
      return;
    }
    writeMeans(codes, termOffset, terms, out);
  }

  /**
   * The factors' posterior, folded cluster by cluster: sums every competency's terms (rows at
   * offset[i] + codes[i] TERMS of t), eliminates each cluster's factor (the arrow matrix's diagonal)
   * into the Schur complement of the general factor, and returns the overall's posterior mean.
   * When {@code out} is given it also keeps what the means, the SDs and the shared form need: per
   * cluster 1 / M_jj, M_0j / M_jj, its factor's shifted mean and the overall's loading over M_jj,
   * and the Schur complement, the general factor's mean, the general entry of M^-1 q (q the
   * overall's loadings on the factors) and the overall's variance.
   */
  private double fold(int[] codes, int[] offset, double[] t, Belief out) {
    double m00 = 1;
    double r0 = 0;
    double q0 = 0;
    double base = 0;
    double baseVar = 0;
    double sub = 0;
    double rAdj = 0;
    double qAdj = 0;
    double qr = 0;
    double qq = 0;
    int[][] groups = members;
    for (int j = 0; j < groups.length; j++) {
      int[] group = groups[j];
      double mjj = 1;
      double m0j = 0;
      double rj = 0;
      double qj = 0;
      for (int i : group) {
        int row = offset[i] + codes[i] * TERMS;
        m00 += t[row + T00];
        m0j += t[row + T0C];
        mjj += t[row + TCC];
        r0 += t[row + R0];
        rj += t[row + RC];
        q0 += t[row + WG0];
        qj += t[row + WGC];
        base += t[row + WM];
        baseVar += t[row + WWA];
      }
      double inv = 1 / mjj;
      double b0 = m0j * inv;
      sub += m0j * b0;
      rAdj += b0 * rj;
      qAdj += b0 * qj;
      qr += qj * rj * inv;
      qq += qj * qj * inv;
      if (out != null) {
        out.clusterInv[j] = inv;
        out.clusterB0[j] = b0;
        out.clusterR[j] = rj * inv;
        out.clusterQ[j] = qj * inv;
      }
    }
    double schur = m00 - sub;
    double rStar = r0 - rAdj;
    double qStar = q0 - qAdj;
    if (out != null) {
      out.schur = schur;
      out.generalMean = rStar / schur;
      out.generalQ = qStar / schur;
      out.overallVar = baseVar + qStar * qStar / schur + qq;
    }
    return base + qStar * rStar / schur + qr;
  }

  /**
   * A number that the overall's SD never exceeds, whatever the ratings. Every site only adds
   * precision, so the overall's variance is at most its prior variance w'Sw. The shared-form
   * variance is at most (sum of |influence|)^2 (var(loop form) + var(round form)), and with v the
   * posterior covariance times w and D the site precisions, the influences D v sum in absolute value
   * to at most sqrt(sum d_max) sqrt(v'Dv) (Cauchy-Schwarz) and v'Dv <= w'Sw; also, since D v = w -
   * S^-1 v, to at most sum|w| + sqrt(K) sqrt(w'Sw / min psi). The smaller is taken; the whole is
   * doubled, which covers rounding many times over. Infinite when the sites are not tabulated.
   */
  public double overallSdBound() {
    return sdBound;
  }

  private double sdBound() {
    if (terms == null) {
      return Double.POSITIVE_INFINITY;
    }
    int k = weights.length;
    double priorOverallVar = 0;
    double sumAbsW = 0;
    double sumDMax = 0;
    double minOwn = Double.POSITIVE_INFINITY;
    double general = 0;
    for (int c = 0; c < k; c++) {
      priorOverallVar += weights[c] * weights[c] * own[c];
      general += weights[c] * loadGeneral[c];
      sumAbsW += Math.abs(weights[c]);
      minOwn = Math.min(minOwn, own[c]);
      double dMax = 0;
      for (double d : sitePrecision[c]) {
        dMax = Math.max(dMax, d);
      }
      sumDMax += dMax;
    }
    priorOverallVar += general * general;
    for (int[] group : members) {
      double cluster = 0;
      for (int c : group) {
        cluster += weights[c] * loadCluster[c];
      }
      priorOverallVar += cluster * cluster;
    }
    double influence = Math.min(Math.sqrt(sumDMax * priorOverallVar),
        sumAbsW + Math.sqrt(k * priorOverallVar / minOwn));
    return 2 * Math.sqrt(priorOverallVar + influence * influence * (loopFormVar + roundFormVar));
  }

  /**
   * Each competency's posterior mean alone, bit for bit as {@link #evaluate} gives it; the
   * overall's mean and SD in {@code out} are left as they were. The reasons for a loop without an
   * offer need only these.
   */
  public void evaluateMeans(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    fold(codes, termOffset, terms, out);
    writeMeans(codes, termOffset, terms, out);
  }

  /** Each competency's posterior mean: its conditional mean at the factors' posterior mean. */
  private void writeMeans(int[] codes, int[] offset, double[] t, Belief out) {
    double f0 = out.generalMean;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + codes[i] * TERMS;
      int j = clusterOf[i];
      double fj = out.clusterR[j] - out.clusterB0[j] * f0;
      out.means[i] = t[row + MB] + t[row + G0] * f0 + t[row + GC] * fj;
    }
  }

  /** A competency's posterior variance: psi / e plus its loadings over e through M^-1 (arrow form). */
  private static double variance(double[] t, int row, int j, Belief out) {
    double g0 = t[row + G0];
    double gc = t[row + GC];
    double x0 = g0 - out.clusterB0[j] * gc;
    return t[row + AI] + x0 * x0 / out.schur + gc * gc * out.clusterInv[j];
  }

  private void writeSds(int[] codes, int[] offset, double[] t, Belief out) {
    for (int i = 0; i < codes.length; i++) {
      out.sds[i] = Math.sqrt(variance(t, offset[i] + codes[i] * TERMS, clusterOf[i], out));
    }
  }

  /**
   * What a simulated loop reads of the belief: the overall's mean and SD, each competency's mean
   * and the widest SD among weighted competencies, as {@link #evaluate} gives them bit for bit;
   * the per-competency SDs are not written.
   */
  public void evaluateSummary(int[] codes, Belief out) {
    if (terms == null) {
      evaluateUntabulated(codes, out);
      return;
    }
    evaluateOverall(codes, out);
    writeMeans(codes, termOffset, terms, out);
    widestSd(codes, out);
  }

  /**
   * The widest SD among weighted competencies, bit for bit as {@link #evaluateSummary} gives it,
   * after {@link #evaluateOverall} has filled {@code out} for the same codes (its factors are
   * reused); written into {@code out} and returned. The widest is the root of the largest
   * variance, since the square root is monotone.
   */
  public double widestSd(int[] codes, Belief out) {
    if (terms == null) {
      return out.widestSd; // the untabulated evaluation wrote it with the overall
    }
    out.widestSd = widest(codes, termOffset, terms, out);
    return out.widestSd;
  }

  private double widest(int[] codes, int[] offset, double[] t, Belief out) {
    double widestVar = 0;
    for (int i = 0; i < codes.length; i++) {
      double var = variance(t, offset[i] + codes[i] * TERMS, clusterOf[i], out);
      if (weights[i] > 0 && var > widestVar) {
        widestVar = var;
      }
    }
    return Math.sqrt(widestVar);
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
    overall(codes, codes, termOffset, terms, out);
  }

  private void overall(int[] codes, int[] rowCodes, int[] offset, double[] t, Belief out) {
    double mean = fold(rowCodes, offset, t, out);
    double missed = sharedFormVariance(codes, rowCodes, offset, t, out);
    out.overallMean = mean;
    out.overallSd = Math.sqrt(out.overallVar + missed);
  }

  /**
   * {@link #evaluate} for a loop whose sites are not tabulated: each competency's terms are
   * computed from its site into the belief's scratch rows, then summed exactly as the tables are.
   */
  void evaluateUntabulated(int[] codes, Belief out) {
    double[] rows = out.rows;
    for (int i = 0; i < codes.length; i++) {
      rowTerms(i, codes[i], precision(i, codes[i]), shift(i, codes[i]), rows, identityOffset[i]);
    }
    overall(codes, zeroCodes, identityOffset, rows, out);
    writeMeans(zeroCodes, identityOffset, rows, out);
    writeSds(zeroCodes, identityOffset, rows, out);
    out.widestSd = widest(zeroCodes, identityOffset, rows, out);
  }

  /**
   * What the sites leave out. Every rating of a loop carries the candidate's loop form, and every
   * rating of a round its round form; the committee cannot see them and counts each rating's
   * error as independent. Linearised, its estimate of the overall puts a weight h on each rating,
   * and the variance it misses is (sum h)^2 var(loop form) + sum over rounds (sum of the round's
   * h)^2 var(round form) - sum h^2 (var(loop form) + var(round form)). A rating's weight is its
   * competency's influence on the overall, the site's precision times (posterior covariance times
   * w)_c, shared equally by the competency's ratings. Reads the factors {@link #fold} left in
   * {@code out}; the per-rating weights go into out.perRating.
   */
  private double sharedFormVariance(int[] codes, int[] rowCodes, int[] offset, double[] t, Belief out) {
    double[] perRating = out.perRating;
    double u0 = out.generalQ;
    double sumH = 0;
    double sumH2 = 0;
    for (int i = 0; i < codes.length; i++) {
      int row = offset[i] + rowCodes[i] * TERMS;
      double n = t[row + RATINGS];
      if (n == 0) {
        perRating[i] = 0;
        continue;
      }
      int j = clusterOf[i];
      double uj = out.clusterQ[j] - out.clusterB0[j] * u0;
      double influence = t[row + DW] + t[row + DG0] * u0 + t[row + DGC] * uj;
      double h = influence / n;
      perRating[i] = h;
      sumH += influence;
      sumH2 += influence * h;
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

  /**
   * What a competency's own ratings say of it: the mean of its grid posterior, the pool's prior
   * times the likelihood of its ratings alone, without what the other competencies' ratings say
   * through the pool's structure. The committee reads a weakness from it: a Strong No on
   * ecosystem judgment is a weakness in the packet however strong the candidate's domain judgment.
   */
  public double evidenceMean(int competency, int code) {
    double[] t = evidenceMean[competency];
    return t != null ? t[code] : gridMoments(competency, code)[0];
  }

  /**
   * Whether the committee reads this round's ratings as written after reading earlier feedback: in
   * a loop that shows it, by an interviewer who anchors on it, once an earlier round has rated. The
   * committee knows its loop is open, so it reads such a rating as the engine makes it — its own
   * observation noisier by the loop's noise after reading — and counts it for the share of it that
   * is the interviewer's own (1 - anchoring, as a tempered likelihood): the rest restates what the
   * interviewer read, which the committee has already counted.
   */
  private static boolean readEarlierFeedback(Loop loop, Persona persona, boolean earlierRated) {
    return loop.showEarlierFeedback() && persona.anchoring() > 0 && earlierRated;
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
   * Fills the competency's site and evidence tables, every code's grid posterior built from its
   * parent's (the same code without its highest digit) by one more likelihood: the products are
   * those {@link #gridPosterior} takes, factor by factor in the same order, so every entry is bit
   * for bit the computed one, at a fraction of the work (a communication rated in seven rounds has
   * 78,125 codes, and a server compiles loops while the user waits).
   */
  private void tabulateSites(int c) {
    int digits = raterCount[c];
    double[][] partial = new double[digits + 1][];
    partial[0] = prior;
    for (int s = 1; s <= digits; s++) {
      partial[s] = new double[GRID_POINTS];
    }
    double[] post = new double[GRID_POINTS];
    fillSites(c, 0, 0, 1, partial, post);
  }

  private void fillSites(int c, int s, int code, int place, double[][] partial, double[] post) {
    if (s == raterCount[c]) {
      System.arraycopy(partial[s], 0, post, 0, GRID_POINTS);
      normalise(post);
      double[] m = moments(post);
      double[] site = code == 0 ? new double[] {0, 0} : siteOf(c, m);
      sitePrecision[c][code] = site[0];
      siteShift[c][code] = site[1];
      evidenceMean[c][code] = m[0];
      return;
    }
    double[][] lik = likelihood[roundOfSlot(c, s)];
    for (int digit = 0; digit < 5; digit++) {
      if (digit == 0) {
        System.arraycopy(partial[s], 0, partial[s + 1], 0, GRID_POINTS);
      } else {
        double[] from = partial[s];
        double[] to = partial[s + 1];
        double[] l = lik[digit - 1];
        for (int g = 0; g < GRID_POINTS; g++) {
          to[g] = from[g] * l[g];
        }
      }
      fillSites(c, s + 1, code + digit * place, place * 5, partial, post);
    }
  }

  /**
   * The Gaussian site of a competency's ratings: the precision and precision-weighted mean that,
   * added to the prior's, give the grid posterior's moments.
   */
  private double[] site(int competency, int code) {
    if (code == 0) {
      return new double[] {0, 0};
    }
    return siteOf(competency, gridMoments(competency, code));
  }

  /** {@link #site} from the grid posterior's mean and SD. */
  private double[] siteOf(int competency, double[] m) {
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
