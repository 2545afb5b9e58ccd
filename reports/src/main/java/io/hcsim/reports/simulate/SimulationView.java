package io.hcsim.reports.simulate;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.Outcome;
import io.hcsim.core.files.Printable;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Gate;
import io.hcsim.core.loop.Round;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.reports.i18n.Decimal;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.calendar.DayCounts;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.odds.EffectiveBar;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.prep.Sensitivity;
import io.hcsim.simulation.prep.Sensitivity.Lever;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentences of `hcsim simulate` in one language, which the terminal ({@link SimulationText})
 * and the odds report ({@link SimulationReport}) both print: the headline and its context, where
 * loops end and why, the offers, the levers and the reading of what matters most. Every word is
 * from the language's bundle ({@code sim.*} and {@code odds.*}); a round is named by its id in
 * English (the loop file's word) and by its interviewer's title in Chinese.
 */
public final class SimulationView {
  private final SimulationResult r;
  private final Summary s;
  private final Messages m;
  private final Catalogue cat;

  public SimulationView(SimulationResult result, Messages messages) {
    this.r = result;
    this.s = result.summary();
    this.m = messages;
    this.cat = result.catalogue();
  }

  Messages messages() {
    return m;
  }

  /** The candidate's name: a bundled profile's in this language, any other as its file gives it. */
  public String candidate() {
    return Printable.escape(m.profileName(r.profileRef(), r.profile().name()));
  }

  /** The loop's name in this language, or its reference (file or bundled name) in English. */
  public String loop() {
    return Printable.escape(m.chinese() ? m.loopName(r.loopRef(), r.loopRef()) : r.loopRef());
  }

  public String header() {
    return m.get("sim.header", candidate(), loop(), m.get("sim.rule." + r.rule()), s.targetLevel());
  }

  public String runs() {
    return m.get(s.runs() == 1 ? "sim.runs.one" : "sim.runs", m.count(s.runs()), s.seed());
  }

  /** The overall as the candidate rates it, and, with a leniency, as interviewers would likely rate it. */
  public String truth() {
    String bars = m.join(cat.levels().ascending().stream().map(l -> l.id() + " " + l.bar()).toList());
    double leniency = r.profile().selfAssessment().leniency();
    return leniency == 0 ? m.get("sim.truth", m.proficiency(r.overall()), bars)
        : m.get("sim.truthBoth", m.proficiency(r.overall()), m.proficiency(r.overall() - leniency), bars);
  }

  public String chance() {
    return m.get("sim.chance", m.percent(s.hire()), m.percent(s.hireCi().low()), m.percent(s.hireCi().high()));
  }

  /**
   * How interviewers would likely rate the candidate against their own rating: the leniency
   * taken off every competency and the uncertainty around it. The headline is this reading.
   */
  public String likelyReading() {
    SelfAssessmentError e = r.profile().selfAssessment();
    return m.get("sim.self.likely", likelyShift(e), e.uncertainty() > 0
        ? m.get("sim.self.giveOrTake", m.proficiency(e.uncertainty())) : m.get("sim.self.exact"));
  }

  /** The leniency in words: how far below (or above) the self-assessment interviewers would likely rate. */
  String likelyShift(SelfAssessmentError e) {
    return e.leniency() > 0 ? m.get("sim.self.below", m.proficiency(e.leniency()))
        : e.leniency() < 0 ? m.get("sim.self.above", m.proficiency(-e.leniency())) : m.get("sim.self.same");
  }

  /** P(offer) as the candidate rates themselves, with the paired change the leniency makes. */
  public String asRated() {
    PairedDifference d = r.selfAssessment().asRated();
    return m.get("sim.self.asRated", m.percent(d.probabilityA()),
        Decimal.format("%+.1f", -100 * d.difference()) + Decimal.format(" ±%.1f", 100 * d.halfWidth95()), m.count(d.runs()));
  }

  /** The odds one uncertainty weaker, at and one stronger than the likely reading; empty without the paired runs. */
  public Optional<String> selfAssessment() {
    var range = r.selfAssessment().range();
    if (range.size() != 2) {
      return Optional.empty();
    }
    var weaker = range.get(0).offer();
    var stronger = range.get(1).offer();
    return Optional.of(m.get("sim.self", m.proficiency(r.profile().selfAssessment().uncertainty()),
        m.percent(weaker.probabilityB()), m.percent(weaker.probabilityA()), m.percent(stronger.probabilityB())));
  }

  /** What the self-assessment range rests on. */
  public Optional<String> selfAssessmentNote() {
    var range = r.selfAssessment().range();
    return range.size() != 2 ? Optional.empty() : Optional.of(m.get("sim.selfRuns", m.count(range.get(0).offer().runs())));
  }

  /** P(offer at each level) that has any, and the target always. */
  public List<String> levels() {
    List<String> out = new ArrayList<>();
    Level target = cat.levels().byId(s.targetLevel()).orElseThrow();
    for (Level l : cat.levels().ascending()) {
      double p = s.levels().get(l.id());
      String note = l.rank() < target.rank() ? m.get("sim.level.down") : l.rank() > target.rank() ? m.get("sim.level.up") : "";
      if (p > 0 || l.equals(target)) {
        out.add(m.get("sim.level", l.id(), m.percent(p), note));
      }
    }
    return out;
  }

  public String outcomes() {
    List<String> o = Decimal.percents(s.outcomes().get(Outcome.HIRE), s.outcomes().get(Outcome.NO_HIRE),
        s.outcomes().get(Outcome.HOLD));
    return m.get("sim.outcomes", o.get(0), o.get(1), o.get(2));
  }

  public String effectiveBar() {
    EffectiveBar bar = r.effectiveBar();
    return bar.estimated()
        ? m.get("sim.effectiveBar", s.targetLevel(), m.proficiency(bar.overall()), Decimal.format("%.1f", bar.bar()), yours())
        : m.get("sim.effectiveBarUnknown", EffectiveBar.MIN_RUNS, Decimal.format("%.1f", bar.bar()), yours());
  }

  /** The candidate's overall as they rate it and, with a leniency, as interviewers would likely rate it. */
  String yours() {
    double leniency = r.profile().selfAssessment().leniency();
    return leniency == 0 ? m.proficiency(r.overall())
        : m.get("sim.yours", m.proficiency(r.overall()), m.proficiency(r.overall() - leniency));
  }

  public List<String> otherLevels() {
    return r.otherLevels().stream().map(o -> m.get("sim.otherLevel", o.level(), m.percent(o.offer()), m.percent(o.atLevel())))
        .toList();
  }

  /** The funnel's rows: label, reached, went on, Lean Hire or better, and the same among offers. */
  public List<List<String>> funnel() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(m.get("sim.funnel.round"), m.get("sim.funnel.reached"), m.get("sim.funnel.wentOn"),
        m.get("sim.funnel.leanHire"), m.get("sim.funnel.amongOffers")));
    List<Optional<String>> dayMarks = dayMarks();
    for (int i = 0; i < s.funnel().size(); i++) {
      Summary.FunnelStep f = s.funnel().get(i);
      Optional<Round> round = round(f.round());
      boolean decides = round.isEmpty() || round.get().decides();
      String label = round.isEmpty() ? m.get("sim.round.after", roundName(f.round()))
          : m.get(decides ? "sim.round.decides" : dayMarks.get(i).orElse(
              round.get().gate().filter(Gate::stops).isPresent() ? "sim.round.gate" : "sim.round.plain"),
              roundName(f.round()));
      String none = m.get("sim.funnel.none");
      rows.add(List.of(label, m.percent(f.reached()), m.percent(f.passed()), decides ? none : m.percent(f.recommended()),
          decides || Double.isNaN(f.recommendedAmongOffers()) ? none : m.percent(f.recommendedAmongOffers())));
    }
    return rows;
  }

  /**
   * Per funnel step, the words that mark a day played through: its interviews, which end nothing
   * themselves ({@code sim.round.sameDay}), and its last, which ends it with the day's verdicts
   * ({@code sim.round.dayEnd}); empty for any other round.
   */
  public List<Optional<String>> dayMarks() {
    List<Optional<String>> marks = new ArrayList<>();
    boolean dayBefore = false;
    for (Summary.FunnelStep f : s.funnel()) {
      Optional<Round> round = round(f.round());
      boolean interview = round.isPresent() && !round.get().decides();
      boolean sameDay = interview && round.get().playedThrough();
      marks.add(sameDay ? Optional.of("sim.round.sameDay") : interview && dayBefore ? Optional.of("sim.round.dayEnd")
          : Optional.empty());
      dayBefore = sameDay;
    }
    return marks;
  }

  /** Where loops without an offer end, and what ended them; empty when every loop ended in an offer. */
  public Optional<String> endedAt() {
    return s.endings().isEmpty() ? Optional.empty() : Optional.of(m.get("sim.endings", shares(s.endings(), 4, false)));
  }

  public String endedBy() {
    return m.get("sim.endedBy", stops());
  }

  /** The competencies cited in loops without an offer, if any. */
  public Optional<String> concerns() {
    return s.endings().isEmpty() || s.concerns().isEmpty() ? Optional.empty()
        : Optional.of(m.get("sim.concerns", shares(s.concerns(), 3, true)));
  }

  /** The share of loops without an offer that the pay expectation alone ended, if any. */
  public Optional<String> payAlone() {
    return s.endings().isEmpty() || s.compensationShare() <= 0 ? Optional.empty()
        : Optional.of(m.get("sim.payAlone", m.percent(s.compensationShare())));
  }

  /** The offers per level (quantiles and mean), and the chance of one at or above the ask. */
  public List<String> offers() {
    List<String> out = new ArrayList<>();
    if (s.offersByLevel().isEmpty()) {
      out.add(m.get("sim.noOffer"));
    }
    s.offersByLevel().forEach((level, o) -> out.add(m.get("sim.offer", level, m.percent(s.levels().get(level)),
        s.currency(), m.amount(o.p10()), m.amount(o.median()), m.amount(o.p90()), m.amount(o.mean()),
        o.atOrAboveExpectation().isPresent() ? m.get("sim.offer.ask", m.percent(o.atOrAboveExpectation().getAsDouble())) : "")));
    s.offerMeetsExpectation().ifPresent(p -> out.add(m.get("sim.expectation",
        m.amount(r.profile().compensationExpectation().getAsLong()), m.percent(p))));
    return out;
  }

  public String leversIntro() {
    return m.get("sim.levers", Decimal.format("%.0f", Sensitivity.LEVER_HOURS), m.count(r.levers().get(0).effect().runs()));
  }

  /** The levers table: a head, then per competency the raise and the paired changes. */
  public List<List<String>> levers() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(m.get("sim.lever.name"), m.get("sim.lever.raise"), m.get("sim.lever.atTarget", s.targetLevel()),
        m.get("sim.lever.any"), m.get("sim.lever.money")));
    for (Lever l : r.levers()) {
      var money = l.comparison().expectedOffer();
      rows.add(List.of(m.lever(cat, l.lever()), Decimal.format("%+.2f", l.raise()), points(l.atTarget()),
          points(l.effect()), m.get("sim.lever.moneyCell", money.difference(), money.halfWidth95())));
    }
    return rows;
  }

  public Optional<String> days() {
    return r.days().map(d -> m.get("sim.days", days(d.offers(), "sim.days.offers"), days(d.rejections(), "sim.days.noOffer")));
  }

  /** One to three plain sentences: where the loop is lost, what the pay costs, and what would help most. */
  public List<String> reading() {
    List<String> sentences = new ArrayList<>();
    var spots = r.weakSpots().real();
    if (!spots.isEmpty() && !s.endings().isEmpty()) {
      sentences.add(m.get("odds.reading.spots", m.list(spots.stream().limit(3).map(x -> m.get("odds.reading.spot",
          lower(m.competency(cat, x.competency())), m.percent(x.share()), m.percent(x.evenShare()))).toList())));
    } else if (!s.endings().isEmpty()) {
      sentences.add(m.get("odds.reading.noSpot"));
    }
    if (!s.endings().isEmpty()) {
      Summary.Share where = s.endings().get(0);
      String place = where.id().equals(Summary.DECISION) ? m.get("odds.reading.whereDecision")
          : m.get("odds.reading.whereRound", roundName(where.id()).replace('_', ' '));
      String why = s.concerns().isEmpty() ? ""
          : m.get("odds.reading.why", lower(m.competency(cat, s.concerns().get(0).id())), m.percent(s.concerns().get(0).share()));
      sentences.add(m.get("odds.reading.where", place, m.percent(where.share()), why));
    }
    if (s.compensationShare() >= 0.05 && r.profile().compensationExpectation().isPresent()) {
      Level target = cat.levels().byId(s.targetLevel()).orElseThrow();
      sentences.add(m.get("odds.reading.pay", m.amount(r.profile().compensationExpectation().getAsLong()), s.currency(),
          target.id(), m.amount(target.band().high()), m.percent(s.compensationShare())));
    }
    List<Lever> levers = r.levers();
    if (!levers.isEmpty()) {
      Lever best = levers.get(0);
      if (best.atTarget().difference() > best.atTarget().halfWidth95()) {
        String tail = levers.size() > 1 && tied(best, levers.get(1))
            ? m.get("odds.reading.leverTie", lower(m.lever(cat, levers.get(1).lever())))
            : m.get("odds.reading.leverBest");
        sentences.add(m.get("odds.reading.lever", lower(m.lever(cat, best.lever())),
            Decimal.format("%.2f", best.raise()), Decimal.format("%.1f", 100 * best.atTarget().difference()),
            Decimal.format("%.1f", 100 * best.atTarget().halfWidth95()), s.targetLevel(), tail));
      } else {
        sentences.add(m.get("odds.reading.noLever", s.targetLevel()));
      }
    }
    if (sentences.isEmpty()) {
      sentences.add(m.get(s.hire() >= 1 ? "odds.reading.allOffers" : "odds.reading.nothing"));
    }
    return sentences;
  }

  /**
   * A round as the reader knows it: its id in English (the word the loop file and the JSON use), its
   * interviewer's title in Chinese, where an id is no word at all.
   */
  String roundName(String id) {
    if (!m.chinese()) {
      return id;
    }
    return round(id).map(x -> cat.personas().containsKey(x.personaId())
        ? m.roundTitle(r.loopRef(), x, cat.personas().get(x.personaId())) : x.id()).orElse(m.get("odds.decision"));
  }

  private Optional<Round> round(String id) {
    return r.rounds().stream().filter(x -> x.id().equals(id)).findFirst();
  }

  /** A competency's name inside a sentence: lower case in English; Chinese has no case. */
  private static String lower(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the runner-up lever's interval reaches the best one's: too close to call. */
  private static boolean tied(Lever best, Lever next) {
    return next.atTarget().difference() + next.atTarget().halfWidth95()
        >= best.atTarget().difference() - best.atTarget().halfWidth95();
  }

  /** A paired difference in percentage points with its half-width. */
  private static String points(PairedDifference d) {
    return Decimal.format("%+.1f", 100 * d.difference()) + Decimal.format(" ±%.1f", 100 * d.halfWidth95());
  }

  private String shares(List<Summary.Share> shares, int max, boolean competencies) {
    List<String> items = shares.stream().limit(max)
        .map(sh -> (competencies ? m.competency(cat, sh.id()) : roundName(sh.id())) + " " + m.percent(sh.share())).toList();
    return m.join(items);
  }

  /** What ended loops before the decision, in words, with the decision after the last round for the rest. */
  private String stops() {
    List<String> items = new ArrayList<>();
    double before = 0;
    for (Summary.Share sh : s.stops()) {
      before += sh.share();
      String key = "ending." + sh.id();
      items.add((m.has(key) ? m.get(key) : sh.id()) + " " + m.percent(sh.share()));
    }
    if (before < 0.9995) {
      items.add(m.get("ending.decision") + " " + m.percent(1 - before));
    }
    return m.join(items);
  }

  /** "offers p10 12.5, median 27, p90 41 days", or that there were none. */
  private String days(DayCounts d, String what) {
    if (d.count() == 0) {
      return m.get("sim.days.none", m.get(what));
    }
    return m.get("sim.days.quantiles", m.get(what), Decimal.format("%.1f", d.quantile(0.1)),
        Decimal.format("%.1f", d.quantile(0.5)), Decimal.format("%.1f", d.quantile(0.9)));
  }
}
