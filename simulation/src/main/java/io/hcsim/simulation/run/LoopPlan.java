package io.hcsim.simulation.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Committee;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.signal.CdfThreshold;
import io.hcsim.core.signal.RatingModel;
import io.hcsim.core.signal.SignalModel;
import io.hcsim.simulation.random.Draws;

/**
 * A loop compiled for one target level: the rounds that take place, their parameters as flat
 * arrays, the random-draw sites, the signal model and the committee. Immutable and shared by all
 * threads; {@link LoopRunner} holds the per-thread scratch state.
 */
public final class LoopPlan {
  /** Purposes of draws; part of each site's name so that different uses never share a number. */
  static final String LOOP_FORM = "loop-form";
  static final String ROUND_FORM = "round-form";
  static final String RATER = "rater";
  static final String PAY = "pay";

  final Catalogue catalogue;
  final Loop loop;
  final Level target;
  final int targetIndex;
  final ImmutableList<Round> rounds;
  final SignalModel signal;
  final Committee committee;
  final int competencyCount;
  final double[] weights;
  final double targetBar;
  /** The target band's top: an expectation above it may concern the recruiter. */
  final long bandTop;
  /** The bar of the lowest level the committee may offer. */
  final double lowestBar;
  /** The signal's {@link SignalModel#overallSdBound()}. */
  final double overallSdBound;

  final RatingModel[] model;
  final double[] raterNoise;
  final double[] anchoring;
  final int[][] focus;
  final int[] gateMinimum;
  final boolean[] checksCompensation;
  final boolean[] decides;
  /** Go on after round r only while P(overall >= lowestBar) >= this; negative: no check after it. */
  final double[] continueAbove;
  /** The same test as continueAbove, mostly without the CDF; null where there is no check. */
  final CdfThreshold[] continueRule;
  /** -2 no veto, -1 veto on the overall recommendation, else the competency index. */
  final int[] veto;
  final int[][] codeIncrement;
  /** Per round, focus place i and score s: focusWeight[i] * s at [i * 5 + s] (the very product). */
  final double[][] weightedScore;
  /** Per round: bit i set when focus place i is a must-have. */
  final long[] mustHaveBits;
  /** Per round: bit i set when focus place i is the competency the round vetoes. */
  final long[] vetoBits;
  /** The owner's readings and the reasons cited, remembered for the first rounds. */
  final EarlyRounds early;

  final long loopFormSite;
  final long[] roundFormSite;
  final long[][] raterSite;
  final long[] paySite;
  final double loopFormSd;
  final double roundFormSd;
  final boolean showEarlierFeedback;
  /** The factor on a rater's noise once it has read earlier feedback. */
  final double noiseAfterReading;

  public LoopPlan(Catalogue catalogue, Loop loop, Level target) {
    this.catalogue = catalogue;
    this.loop = loop;
    this.target = target;
    this.targetIndex = catalogue.levels().indexOf(target);
    this.rounds = loop.roundsFor(target, catalogue.levels());
    this.signal = new SignalModel(catalogue.competencies(), loop, rounds, target, catalogue.pool());
    this.committee = new Committee(loop.committee(), catalogue.levels(), target);
    this.competencyCount = catalogue.competencies().size();
    this.weights = new double[competencyCount];
    for (int c = 0; c < competencyCount; c++) {
      weights[c] = signal.weight(c);
    }
    this.targetBar = target.bar();
    this.bandTop = target.band().high();
    this.lowestBar = committee.lowestBar();
    this.overallSdBound = signal.overallSdBound();
    this.loopFormSd = loop.loopFormSd();
    this.roundFormSd = loop.roundFormSd();
    this.showEarlierFeedback = loop.showEarlierFeedback();
    this.noiseAfterReading = loop.noiseAfterReading();

    int n = rounds.size();
    model = new RatingModel[n];
    raterNoise = new double[n];
    anchoring = new double[n];
    focus = new int[n][];
    gateMinimum = new int[n];
    checksCompensation = new boolean[n];
    decides = new boolean[n];
    continueAbove = new double[n];
    continueRule = new CdfThreshold[n];
    paySite = new long[n];
    veto = new int[n];
    codeIncrement = new int[n][];
    weightedScore = new double[n][];
    mustHaveBits = new long[n];
    vetoBits = new long[n];
    roundFormSite = new long[n];
    raterSite = new long[n][];
    loopFormSite = Draws.site(LOOP_FORM);
    for (int r = 0; r < n; r++) {
      Round round = rounds.get(r);
      Persona persona = loop.persona(round);
      model[r] = RatingModel.of(persona, target);
      raterNoise[r] = persona.noise();
      anchoring[r] = persona.anchoring();
      int m = round.focus().size();
      // A round's strong objections are kept as bits of one long, by place in its focus.
      checkArgument(m <= Long.SIZE, "round %s assesses %s competencies; at most %s are supported", round.id(), m, Long.SIZE);
      focus[r] = new int[m];
      codeIncrement[r] = new int[m * 5];
      weightedScore[r] = new double[m * 5];
      raterSite[r] = new long[m];
      int i = 0;
      for (var e : round.focus().entrySet()) {
        int c = catalogue.competencies().indexOf(e.getKey());
        focus[r][i] = c;
        mustHaveBits[r] |= round.mustHave().contains(e.getKey()) ? 1L << i : 0;
        for (int score = 1; score <= 4; score++) {
          codeIncrement[r][i * 5 + score] = signal.codeIncrement(r, c, score);
          weightedScore[r][i * 5 + score] = e.getValue() * score;
        }
        raterSite[r][i] = Draws.site(RATER, round.id(), e.getKey());
        i++;
      }
      gateMinimum[r] = round.gate().map(g -> g.minimum().score()).orElse(0);
      checksCompensation[r] = round.checksCompensation();
      decides[r] = round.decides();
      veto[r] = persona.veto()
          .filter(v -> v.fromLevel().map(l -> target.rank() >= catalogue.levels().byId(l).orElseThrow().rank()).orElse(true))
          .map(v -> v.competency().map(id -> catalogue.competencies().indexOf(id)).orElse(-1))
          .orElse(-2);
      for (int j = 0; j < m; j++) {
        vetoBits[r] |= focus[r][j] == veto[r] ? 1L << j : 0;
      }
      roundFormSite[r] = Draws.site(ROUND_FORM, round.id());
      paySite[r] = Draws.site(PAY, round.id());
    }
    early = new EarlyRounds(focus, competencyCount);
    // The owner reads the signal before scheduling another interview; before the committee's
    // own reading (or the rule applied after the last interview) there is nothing to decide.
    for (int r = 0; r < n; r++) {
      boolean interviewFollows = r + 1 < n && !decides[r + 1];
      continueAbove[r] = decides[r] || !interviewFollows ? -1
          : rounds.get(r).continueAbove().orElse(loop.committee().continueAbove());
      continueRule[r] = continueAbove[r] >= 0 ? CdfThreshold.of(continueAbove[r]) : null;
    }
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Loop loop() {
    return loop;
  }

  public Level target() {
    return target;
  }

  /** The target level's index among the catalogue's levels (the decision code of a hire at it). */
  public int targetIndex() {
    return targetIndex;
  }

  public ImmutableList<Round> rounds() {
    return rounds;
  }

  public SignalModel signal() {
    return signal;
  }

  public Committee committee() {
    return committee;
  }


  /**
   * The threshold the loop's owner applies after round {@code r} (P(overall >= {@link
   * #lowestBar()}) needed to go on), or a negative number when no interview follows it.
   */
  public double continueAbove(int r) {
    return continueAbove[r];
  }

  /** The bar of the lowest level the committee may offer. */
  public double lowestBar() {
    return lowestBar;
  }

  /** Round r's veto: -2 none (or not at this target level), -1 on the overall, else a competency index. */
  public int veto(int r) {
    return veto[r];
  }

  public double weight(int competency) {
    return weights[competency];
  }

  double[] weights() {
    return weights;
  }

  /** The candidate's true overall proficiency under this loop's role weights. */
  public double overall(Candidate candidate) {
    return candidate.overall(weights);
  }

}
