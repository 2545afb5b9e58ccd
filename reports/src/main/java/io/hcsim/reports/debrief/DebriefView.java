package io.hcsim.reports.debrief;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.committee.CommitteePolicy;
import io.hcsim.core.committee.Decision;
import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.committee.Outcome;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.level.Level;
import io.hcsim.core.level.Levels;
import io.hcsim.core.loop.Round;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.signal.Signal;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.chart.IntervalChart;
import io.hcsim.reports.chart.SignalChart;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.pay.PayChart;
import io.hcsim.reports.pay.PayLines;
import io.hcsim.reports.render.Excerpt;
import io.hcsim.simulation.replay.Counterfactual;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.Remaining;
import io.hcsim.simulation.replay.RoundPacket;
import io.hcsim.simulation.replay.Typical;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A debrief in one language, as the values the templates read (maps and lists of strings): the
 * same view fills the text, Markdown and XHTML templates, so every format says the same thing.
 * Charts are drawn only for XHTML ({@link #withCharts}).
 */
public final class DebriefView {
  private static final double Z95 = 1.959964;

  private final Debrief d;
  private final Messages m;
  private final Catalogue cat;
  private final Levels levels;
  private final CommitteePolicy policy;
  private final List<Level> window;

  public DebriefView(Debrief debrief, Messages messages) {
    this.d = debrief;
    this.m = messages;
    this.cat = debrief.catalogue();
    this.levels = cat.levels();
    this.policy = debrief.loop().committee();
    this.window = levels.window(debrief.target(), policy.levelsBelow(), policy.levelsAbove());
  }

  /** The candidate as the packet names them: the name, or "Candidate K7P2-M9QX" when anonymised. */
  static String candidate(Debrief d, Messages m) {
    return d.anonymized() ? m.get("candidate.code", d.candidate()) : m.profileName(d.profileRef(), d.candidate());
  }

  /** The values every template reads. */
  public Map<String, Object> values() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("lang", m.language().id());
    v.put("colon", m.chinese() ? "：" : ": ");
    v.put("title", m.get(d.run().isPresent() ? "debrief.title" : "debrief.scoreTitle"));
    v.put("subtitle", m.get(d.run().isPresent() ? "debrief.subtitle" : "debrief.scoreSubtitle"));
    v.put("candidate", candidate(d, m));
    v.put("cover", cover());
    v.put("decisionClass", decisionClass());
    // The headline of an unfinished loop is its odds if it goes on; the cover and the decision section say the rest.
    v.put("decisionLine", d.remaining().map(x -> m.get("decision.pendingShort", m.percent(x.offer()))).orElseGet(this::decisionLine));
    v.put("h", headings());
    v.put("hRemaining", m.get("section.remaining"));
    v.put("timeline", timeline());
    v.put("timelineText", textTable(timelineTable()));
    v.put("endedLine", endedLine());
    v.put("rounds", rounds());
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < d.rounds().size(); i++) {
      RoundPacket p = d.rounds().get(i);
      if (!p.reached() && !(p.round().decides() && decidedByCommittee() && d.remaining().isEmpty())) {
        skipped.add(m.get("round.heading", i + 1, title(p.round())));
      }
    }
    if (!skipped.isEmpty()) {
      v.put("notReachedLine", m.get(d.remaining().isPresent() ? "rounds.toCome" : "rounds.notReached", m.list(skipped)));
    }
    v.put("signal", signal());
    v.put("committee", committee());
    v.put("counterfactual", counterfactual());
    v.put("hasCounterfactual", d.counterfactual().isPresent());
    d.typical().ifPresent(t -> v.put("typical", typical(t)));
    v.put("hasTypical", d.typical().isPresent());
    d.remaining().ifPresent(x -> v.put("remaining", remaining(x)));
    v.put("hasRemaining", d.remaining().isPresent());
    v.put("scale", m.get("rating.scale"));
    v.put("footer", m.get(d.run().isPresent() ? "footer" : "footer.score"));
    return v;
  }

  /** As {@link #values}, with the two signal charts as inline SVG. */
  public Map<String, Object> withCharts(ChartStyle style) {
    Map<String, Object> v = values();
    @SuppressWarnings("unchecked")
    Map<String, Object> signal = (Map<String, Object>) v.get("signal");
    signal.put("lineChart", lineChart().svg(style, "signal-chart"));
    signal.put("intervalChart", intervalChart().svg(style, "competency-chart"));
    d.offerPackage().ifPresent(o -> v.put("payChart", PayChart.of(o, m).svg(style, "pay-chart")));
    return v;
  }

  private Map<String, String> headings() {
    Map<String, String> h = new LinkedHashMap<>();
    for (String k : List.of("timeline", "rounds", "signal", "committee", "counterfactual", "typical")) {
      h.put(k, m.get("section." + k));
    }
    if (!hasCommittee()) {
      h.put("committee", m.get("section.decision"));
    }
    for (String k : List.of("round", "interviewer", "hours", "status")) {
      h.put(k, m.get("timeline." + k));
    }
    for (String k : List.of("competency", "rating", "evidence", "questions", "ratings", "weaker", "stronger")) {
      h.put(k, m.get("round." + k));
    }
    h.put("afterRound", m.get("signal.afterRound"));
    h.put("mean", m.get("signal.mean"));
    h.put("interval", m.get("signal.interval"));
    h.put("vsBar", m.get("signal.vsBar"));
    return h;
  }

  private List<Map<String, String>> cover() {
    List<Map<String, String>> rows = new ArrayList<>();
    row(rows, m.get("cover.candidate"), candidate(d, m));
    row(rows, m.get("cover.target"), d.target().id());
    row(rows, m.get("cover.loop"), m.chinese() && m.has("loopName." + d.loopRef()) ? m.loopName(d.loopRef(), d.loop().name())
        : m.loopName(d.loopRef(), d.loop().name()) + " (" + d.loopRef() + ")");
    if (d.run().isPresent()) {
      row(rows, m.get("cover.seedRun"), d.seed() + " / " + d.run().getAsLong());
    }
    row(rows, m.get("cover.date"), m.date(d.date()));
    row(rows, m.get("cover.decision"), decisionLine());
    row(rows, m.get("cover.offer"), offerLine());
    d.offerPackage().ifPresent(o -> row(rows, m.get("cover.package"),
        String.join(m.chinese() ? "；" : "; ", PayLines.parts(o, m, levels.currency()))));
    if (!d.candidateNotes().isBlank()) {
      row(rows, m.get("cover.notes"), Excerpt.of(m.profileNotes(d.profileRef(), d.candidateNotes().strip()), m));
    }
    return rows;
  }

  private static void row(List<Map<String, String>> rows, String label, String value) {
    rows.add(Map.of("label", label, "value", value));
  }

  private String decisionClass() {
    return switch (d.record().decision().outcome()) {
      case HIRE -> "hire";
      case NO_HIRE -> "nohire";
      case HOLD -> "hold";
    };
  }

  /** "Hire at P6 (down-level from P7)", "No hire", "Hold: ...". */
  String decisionLine() {
    String now = decision(d.record().decision());
    if (d.record().decision().outcome() == Outcome.HOLD) {
      List<String> unrated = unratedNames();
      if (!unrated.isEmpty()) {
        now += m.get("decision.holdUnrated", m.list(unrated));
      }
    }
    // An unfinished loop leads with what it is likely to become, then what the rule says today.
    String sofar = now;
    return d.remaining().map(x -> m.get("decision.pending", m.percent(x.offer()), sofar)).orElse(now);
  }

  private String decision(Decision dec) {
    if (dec.outcome() == Outcome.NO_HIRE) {
      return m.get("decision.noHire");
    }
    if (dec.outcome() == Outcome.HOLD) {
      return m.get("decision.hold");
    }
    Level l = dec.level().orElseThrow();
    String s = m.get("decision.hire", l.id());
    if (l.rank() < d.target().rank()) {
      s += m.chinese() ? "（" + m.get("decision.downLevel", d.target().id()) + "）" : " (" + m.get("decision.downLevel", d.target().id()) + ")";
    } else if (l.rank() > d.target().rank()) {
      s += m.chinese() ? "（" + m.get("decision.upLevel", d.target().id()) + "）" : " (" + m.get("decision.upLevel", d.target().id()) + ")";
    }
    return s;
  }

  private String offerLine() {
    if (d.record().offer().isEmpty() || d.record().decision().level().isEmpty()) {
      return m.get("offer.none");
    }
    long offer = d.record().offer().getAsLong();
    Level l = d.record().decision().level().get();
    String cur = levels.currency();
    double where = l.band().high() == l.band().low() ? 0 : (offer - l.band().low()) / (double) (l.band().high() - l.band().low());
    if (m.chinese()) {
      return m.get("offer.line", m.money(offer, cur), l.id(), m.money(l.band().low(), cur), m.money(l.band().high(), cur),
          m.percent(where));
    }
    return m.get("offer.line", m.money(offer, cur), m.percent(where), l.id(), m.money(l.band().low(), cur),
        m.money(l.band().high(), cur));
  }

  private List<Map<String, String>> timeline() {
    List<Map<String, String>> rows = new ArrayList<>();
    // A simulated loop on a loop with a calendar: each round held on the date its draws give, the
    // first round on the debrief's date.
    boolean dated = !d.days().isEmpty();
    for (int k = 0; k < d.rounds().size(); k++) {
      RoundPacket p = d.rounds().get(k);
      Map<String, String> r = new LinkedHashMap<>();
      r.put("index", Integer.toString(k + 1));
            r.put("interviewer", m.persona(p.persona()));
      r.put("roundRef", m.roundRef(d.loopRef(), p.round(), k + 1));
      r.put("hours", String.format(java.util.Locale.ROOT, "%.2f", p.round().hours()));
      String status = p.round().decides() && decidedByCommittee() && d.remaining().isEmpty() ? m.get("timeline.decides")
          : p.stop().isPresent() ? m.get("timeline.ended")
          : p.reached() ? m.get("timeline.reached")
          : d.remaining().isPresent() ? m.get("timeline.toCome") : m.get("timeline.notReached");
      boolean held = p.reached() || (p.round().decides() && decidedByCommittee());
      if (dated && held) {
        long days = d.days().get(k);
        // "Day N" counts from the first round; the date is the working day the round is held on.
        status = status + " · " + m.get("timeline.day", days - d.days().get(0), m.date(d.date().plusDays(days)));
      }
      r.put("status", status);
      r.put("class", p.stop().isPresent() ? "ended"
          : p.reached() || (p.round().decides() && decidedByCommittee() && d.remaining().isEmpty()) ? "held" : "skipped");
      rows.add(r);
    }
    return rows;
  }

  private List<List<String>> timelineTable() {
    List<List<String>> t = new ArrayList<>();
    t.add(List.of("#", m.get("timeline.interviewer"), m.get("timeline.hours"), m.get("timeline.status")));
    for (Map<String, String> r : timeline()) {
      t.add(List.of(r.get("index"), r.get("interviewer"), r.get("hours"), r.get("status")));
    }
    return t;
  }

  /** Whether the loop reached the committee's deciding round (no round ended it earlier). */
  private boolean decidedByCommittee() {
    return d.endedBy().isEmpty();
  }

  private String endedLine() {
    Optional<RoundPacket> end = d.endedBy();
    if (end.isEmpty() && d.remaining().isPresent()) {
      return m.get("timeline.unfinished", reachedRecords().size());
    }
    if (end.isEmpty()) {
      return m.get(hasCommittee() ? "timeline.ranThrough" : "timeline.ranThroughRule");
    }
    return m.get("timeline.endedAt", title(end.get().round()), stopReason(end.get()));
  }

  private String stopReason(RoundPacket p) {
    return stopReason(p.record().orElseThrow());
  }

  /**
   * Why the loop ended at round record {@code r}, in words. On a day played through the verdict is
   * held to the day's last interview, so the reason names the interview of the day that gave it.
   */
  private String stopReason(RoundRecord r) {
    RoundRecord cause = d.causeOf(r);
    String reason = reason(cause, r.stop());
    return cause == r ? reason : m.get("stop.heldFrom", title(cause.round()), reason);
  }

  /** The reason {@code stop} names, in the words of record {@code r}'s round. */
  private String reason(RoundRecord r, Stop stop) {
    io.hcsim.core.loop.Round round = r.round();
    return switch (stop) {
      case GATE -> m.get("stop.GATE", m.rating(r.scorecard().recommendation()),
          m.rating(round.gate().map(g -> g.minimum()).orElse(Rating.LEAN_NO)));
      case MUST_HAVE -> m.get("stop.MUST_HAVE", m.list(round.mustHave().stream()
          .filter(c -> r.scorecard().ratings().get(c) == Rating.STRONG_NO).map(c -> m.competency(cat, c)).toList()));
      // The owner reads the signal at the target level, as the engine (LoopRunner) and the replay do.
      case SIGNAL -> m.get("stop.SIGNAL", m.percent(r.signalAfter().probabilityAtLeast(d.plan().target().bar())),
          d.plan().target().id(), m.percent(d.plan().continueAbove(d.plan().rounds().indexOf(round))));
      // A reason this version does not know by name: say where it ended, not why.
      default -> m.has("stop." + stop.name()) ? m.get("stop." + stop.name()) : m.get("stop.OTHER");
    };
  }

  private List<Map<String, Object>> rounds() {
    List<Map<String, Object>> out = new ArrayList<>();
    int i = 1;
    for (RoundPacket p : d.rounds()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("heading", m.get("round.heading", i++, title(p.round())));
      r.put("interviewer", m.get("round.interviewer", m.persona(p.persona())) + (m.chinese() ? "" : " · " + p.round().id()));
      if (p.round().decides()) {
        if (decidedByCommittee() && d.remaining().isEmpty()) {
          r.put("decides", m.get("round.decides"));
          out.add(r);
        }
        continue;
      }
      if (!p.reached()) {
        continue; // listed together, in one line (notReachedLine)
      }
      RoundRecord rec = p.record().get();
      r.put("reached", true);
      r.put("questions", p.questions().stream().map(m::text).toList());
      r.put("hasQuestions", !p.questions().isEmpty());
      List<Map<String, String>> ratings = new ArrayList<>();
      List<Map<String, String>> contrasts = new ArrayList<>();
      rec.scorecard().ratings().forEach((c, rating) -> {
        Map<String, String> x = new LinkedHashMap<>();
        x.put("competency", m.competency(cat, c));
        x.put("rating", rating.score() + " " + m.rating(rating));
        x.put("class", "r" + rating.score());
        x.put("note", Optional.ofNullable(p.notes().get(c)).map(m::text).orElse(""));
        ratings.add(x);
        if (rating.score() <= 2 && m.has("contrast." + c + ".weak")) {
          contrasts.add(Map.of("title", m.get("round.contrast", m.competency(cat, c)),
              "weak", m.get("contrast." + c + ".weak"), "strong", m.get("contrast." + c + ".strong")));
        }
      });
      r.put("ratings", ratings);
      r.put("hasNotes", !p.notes().isEmpty());
      r.put("ratingsText", ratings.stream().map(x -> "  " + pad(x.get("competency"), 24) + " " + x.get("rating")
          + (x.get("note").isEmpty() ? "" : "\n      " + x.get("note"))).toList());
      r.put("contrasts", contrasts);
      r.put("recommendation", m.get("round.recommendation", m.rating(rec.scorecard().recommendation())));
      r.put("takeaway", m.get("round.takeaway", takeaway(rec)));
      wentOn(rec).ifPresent(line -> r.put("wentOn", line));
      p.stop().ifPresent(s -> r.put("stopped", m.get("round.stopped", stopReason(p))));
      p.teamNote().ifPresent(n -> r.put("teamNote", m.get("round.teamNote", Excerpt.of(n, m))));
      out.add(r);
    }
    return out;
  }

  /**
   * Why the loop went on after a no from this round, which a reader otherwise takes for a
   * contradiction: the round's pass mark lets it through (a screen that stops only a clear
   * misfit), the round is one of a day played through (its fail is weighed at the day's end), or
   * the owner overrode a Lean No on the strength of the feedback so far.
   */
  private Optional<String> wentOn(RoundRecord rec) {
    int score = rec.roundScore();
    Round round = rec.round();
    if (rec.stopped() || round.decides() || score >= Rating.LEAN_HIRE.score()) {
      return Optional.empty();
    }
    String rating = m.rating(rec.scorecard().recommendation());
    if (score >= round.passMark()) {
      return Optional.of(m.get("round.wentOn.passMark", m.rating(Rating.ofScore(round.passMark())), rating));
    }
    return Optional.of(round.playedThrough() ? m.get("round.wentOn.held", rating) : m.get("round.wentOn.overridden", rating));
  }

  /** One line on the round: the recommendation, its best and its weakest competency. */
  private String takeaway(RoundRecord rec) {
    var ratings = rec.scorecard().ratings();
    Comparator<Map.Entry<String, Rating>> byScore = Comparator.comparingInt(e -> e.getValue().score());
    String best = ratings.entrySet().stream().max(byScore).map(e -> m.competency(cat, e.getKey())).orElse("");
    var worstEntry = ratings.entrySet().stream().min(byScore).orElseThrow();
    String worst = m.competency(cat, worstEntry.getKey());
    return switch (rec.scorecard().recommendation()) {
      case STRONG_HIRE -> m.get("takeaway.strong", best);
      case LEAN_HIRE -> ratings.values().stream().allMatch(x -> x == worstEntry.getValue()) ? m.get("takeaway.leanAll")
          : worstEntry.getValue().isHire() ? m.get("takeaway.leanBest", best) : m.get("takeaway.lean", best, worst);
      case LEAN_NO -> m.get("takeaway.no", worst);
      case STRONG_NO -> m.get("takeaway.strongNo", worst);
    };
  }

  private List<RoundRecord> reachedRecords() {
    return d.rounds().stream().flatMap(p -> p.record().stream()).toList();
  }

  private Map<String, Object> signal() {
    Map<String, Object> s = new LinkedHashMap<>();
    boolean posterior = policy.rule() == DecisionRule.POSTERIOR;
    s.put("intro", posterior ? m.get("signal.intro", m.percent(policy.confidence())) : m.get("signal.introVotes"));
    List<String> header = new ArrayList<>();
    header.add(m.get("signal.afterRound"));
    window.forEach(l -> header.add(l.id() + " (" + l.bar() + ")"));
    s.put("levelHeader", header.subList(1, header.size()));
    List<Map<String, Object>> rows = new ArrayList<>();
    List<List<String>> text = new ArrayList<>();
    text.add(header);
    for (RoundRecord r : reachedRecords()) {
      List<String> cells = window.stream().map(l -> m.percent(r.levelProbabilities().getOrDefault(l.id(),
          r.signalAfter().probabilityAtLeast(l.bar())))).toList();
      String label = title(r.round());
      rows.add(Map.of("round", label, "cells", cells));
      List<String> t = new ArrayList<>();
      t.add(label);
      t.addAll(cells);
      text.add(t);
    }
    s.put("rows", rows);
    s.put("tableText", textTable(text));
    Signal fin = finalSignal();
    double bar = d.target().bar();
    s.put("competencyIntro", m.get("signal.competencies", d.target().id(), bar));
    List<Map<String, String>> comps = new ArrayList<>();
    List<List<String>> ctext = new ArrayList<>();
    ctext.add(List.of(m.get("signal.competency"), m.get("signal.mean"), m.get("signal.interval"), m.get("signal.vsBar")));
    for (int c : weightedCompetencies()) {
      Competency comp = cat.competencies().get(c);
      double mean = fin.mean(c);
      double lo = mean - Z95 * fin.sd(c);
      double hi = mean + Z95 * fin.sd(c);
      // How far from the bar, signed, as well as whether the interval clears it.
      double gap = Math.round((mean - bar) * 100) / 100.0;
      String vs = !rated(comp.id()) ? m.get("signal.unrated")
          : m.get("signal.vsBarValue", gap == 0 ? "0.00" : String.format(java.util.Locale.ROOT, "%+.2f", gap).replace('-', '−'),
              lo >= bar ? m.get("signal.above") : hi < bar ? m.get("signal.below") : m.get("signal.unsure"));
      Map<String, String> x = new LinkedHashMap<>();
      x.put("competency", m.competency(comp));
      x.put("mean", m.proficiency(mean));
      x.put("interval", m.proficiency(lo) + " – " + m.proficiency(hi));
      x.put("vsBar", vs);
      comps.add(x);
      ctext.add(List.of(x.get("competency"), x.get("mean"), x.get("interval"), vs));
    }
    s.put("competencies", comps);
    s.put("competencyText", textTable(ctext));
    List<Integer> rated = weightedCompetencies().stream().filter(c -> rated(cat.competencies().get(c).id())).toList();
    if (!rated.isEmpty()) {
      // The strongest is one no interviewer doubted: a competency rated Lean No anywhere is no strength.
      Optional<Integer> strongest = rated.stream().filter(c -> neverBelowLeanHire(cat.competencies().get(c).id()))
          .max(Comparator.comparingDouble(fin::mean));
      int weakest = rated.stream().min(Comparator.comparingDouble(fin::mean)).orElseThrow();
      String weakestName = m.competency(cat.competencies().get(weakest));
      s.put("strongest", strongest.isPresent() && strongest.get() != weakest
          ? m.get("signal.strongest", m.competency(cat.competencies().get(strongest.get())), weakestName)
          : m.get("signal.weakestOnly", weakestName));
    }
    return s;
  }

  private Signal finalSignal() {
    List<RoundRecord> rs = reachedRecords();
    return rs.isEmpty() ? d.record().finalSignal() : rs.get(rs.size() - 1).signalAfter();
  }

  private List<Integer> weightedCompetencies() {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < cat.competencies().size(); c++) {
      if (d.plan().weight(c) > 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether every rating {@code competency} got was Lean Hire or better. */
  private boolean neverBelowLeanHire(String competency) {
    return reachedRecords().stream().map(r -> r.scorecard().ratings().get(competency))
        .allMatch(x -> x == null || x.isHire());
  }

  /** Whether the loop for this level has a committee's round (else the rule decides after the last interview). */
  private boolean hasCommittee() {
    return d.rounds().stream().anyMatch(p -> p.round().decides());
  }

  private boolean rated(String competency) {
    return reachedRecords().stream().anyMatch(r -> r.scorecard().ratings().containsKey(competency));
  }

  SignalChart lineChart() {
    List<String> labels = new ArrayList<>();
    Map<String, List<Double>> series = new LinkedHashMap<>();
    window.forEach(l -> series.put(l.id(), new ArrayList<>()));
    for (RoundRecord r : reachedRecords()) {
      labels.add(title(r.round()));
      for (Level l : window) {
        series.get(l.id()).add(r.levelProbabilities().getOrDefault(l.id(), r.signalAfter().probabilityAtLeast(l.bar())));
      }
    }
    boolean posterior = policy.rule() == DecisionRule.POSTERIOR;
    return new SignalChart(labels, series, posterior ? policy.confidence() : Double.NaN,
        m.get("signal.threshold", m.percent(policy.confidence())), m.get("signal.chartX"), m.get("signal.chartY"));
  }

  IntervalChart intervalChart() {
    Signal fin = finalSignal();
    List<IntervalChart.Item> items = new ArrayList<>();
    List<IntervalChart.Item> unrated = new ArrayList<>();
    for (int c : weightedCompetencies()) {
      Competency comp = cat.competencies().get(c);
      // Never rated: the pool's prior, not evidence; drawn apart, below the rated ones.
      boolean r = rated(comp.id());
      (r ? items : unrated).add(new IntervalChart.Item(r ? m.competency(comp) : m.get("signal.unratedLabel", m.competency(comp)),
          fin.mean(c), Z95 * fin.sd(c), r));
    }
    items.addAll(unrated);
    return new IntervalChart(items, d.target().bar(), m.get("signal.bar", d.target().id(), d.target().bar()),
        m.get("signal.axis"));
  }

  /** The weighted competencies no interviewer rated, by name. */
  private List<String> unratedNames() {
    return weightedCompetencies().stream().map(c -> cat.competencies().get(c)).filter(c -> !rated(c.id()))
        .map(m::competency).toList();
  }

  private List<String> committee() {
    List<String> lines = new ArrayList<>();
    if (!hasCommittee()) {
      lines.add(m.get("committee.none"));
    }
    lines.add(switch (policy.rule()) {
      case POSTERIOR -> m.get("committee.rule.posterior", policy.levelsAbove(), m.percent(policy.confidence()),
          m.percent(policy.upLevelConfidence()));
      case MAJORITY -> m.get("committee.rule.majority");
      case CONSENSUS -> m.get("committee.rule.consensus");
    });
    Optional<RoundPacket> end = d.endedBy();
    Signal fin = finalSignal();
    lines.add(m.get("committee.posterior", m.proficiency(fin.overallMean()), m.proficiency(fin.overallSd())));
    lines.add(m.get("committee.probabilities", m.list(window.stream()
        .map(l -> l.id() + " " + m.percent(fin.probabilityAtLeast(l.bar()))).toList())));
    List<String> votes = reachedRecords().stream()
        .map(r -> m.get("committee.vote", title(r.round()), m.rating(r.scorecard().recommendation()))).toList();
    lines.add(m.get("committee.votes", m.clauses(votes)));
    List<String> vetoes = reachedRecords().stream().filter(RoundRecord::vetoed)
        .map(r -> title(r.round())).toList();
    lines.add(vetoes.isEmpty() ? m.get("committee.noVetoes") : m.get("committee.vetoes", m.list(vetoes)));
    List<String> unrated = unratedNames();
    lines.add(unrated.isEmpty() ? m.get("committee.allRated") : m.get("committee.unrated", m.list(unrated)));
    end.ifPresent(p -> lines.add(m.get(hasCommittee() ? "committee.endedEarly" : "committee.endedEarlyRule", title(p.round()))));
    lines.add(m.get("committee.decision", decisionLine()));
    lines.add(offerPlacement(fin));
    return lines;
  }

  /** How the committee placed the offer in the band, reason by reason, as {@link io.hcsim.core.committee.Committee#offer} does. */
  private String offerPlacement(Signal fin) {
    if (d.record().offer().isEmpty() || d.record().decision().level().isEmpty()) {
      return m.get("committee.noOffer");
    }
    Level l = d.record().decision().level().get();
    long offer = d.record().offer().getAsLong();
    String cur = levels.currency();
    double where = l.band().high() == l.band().low() ? 0 : (offer - l.band().low()) / (double) (l.band().high() - l.band().low());
    List<String> reasons = new ArrayList<>();
    if (d.currentPay().isPresent()) {
      reasons.add(m.get("offer.anchored", m.money(d.currentPay().getAsLong(), cur), m.percent(policy.typicalRaise()),
          m.proficiency(fin.overallMean())));
    } else {
      double overall = fin.overallMean();
      double next = levels.nextBar(l);
      // The words follow the numbers: below the bar the offer sits at the band's bottom, at or above the next bar at its top.
      String key = overall < l.bar() ? "offer.belowBar" : overall >= next ? "offer.aboveNext" : "offer.bySignal";
      reasons.add(m.get(key, m.proficiency(overall), l.id(), m.proficiency(l.bar()), m.proficiency(next)));
    }
    if (d.competingOffers() > 0) {
      reasons.add(m.get(d.competingOffers() == 1 ? "offer.competingOne" : "offer.competing", d.competingOffers(),
          m.percent(d.competingOffers() * policy.competingOfferStep())));
    }
    if (d.bestCompeting() > 0 && offer == Math.min(d.bestCompeting(), l.band().high())) {
      reasons.add(m.get("offer.matched", m.money(d.bestCompeting(), cur)));
    }
    return m.get("committee.offer", m.money(offer, cur), m.percent(where), l.id(), String.join(m.chinese() ? "；" : "; ", reasons));
  }

  private List<String> counterfactual() {
    if (d.counterfactual().isEmpty()) {
      return List.of();
    }
    Counterfactual c = d.counterfactual().get();
    if (c.competency().isEmpty()) {
      return List.of(c.raise() ? m.get("counterfactual.noneRaise", d.target().id()) : m.get("counterfactual.noneFall"));
    }
    String id = c.competency().get();
    double now = trueProficiency(id);
    String name = m.competency(cat, id);
    String change = String.format(java.util.Locale.ROOT, "%.2f", c.change());
    String then = c.decision().map(this::decision).orElse("");
    String flips = c.endedAt().map(r -> m.get("counterfactual.endsAt", title(r.round()), stopReason(r)))
        .orElse(m.get(hasCommittee() ? "counterfactual.atCommittee" : "counterfactual.atRule"));
    if (c.raise()) {
      return List.of(m.get("counterfactual.raise", name, change, m.proficiency(now), m.proficiency(Math.min(5, now + c.change())), then),
          flips);
    }
    return List.of(m.get("counterfactual.fall", change, name, m.proficiency(now), m.proficiency(Math.max(1, now - c.change())), then),
        flips);
  }

  private double trueProficiency(String id) {
    return d.trueProficiency().getOrDefault(id, Double.NaN);
  }

  private List<String> remaining(Remaining x) {
    List<String> lines = new ArrayList<>();
    lines.add(m.get("remaining.line", m.percent(x.offer()), m.percent(x.low()), m.percent(x.high()), m.count(x.runs())));
    lines.add(x.mostDecisiveRound().map(id -> m.get("remaining.decisive", roundName(id),
        String.format(java.util.Locale.ROOT, "%.1f", 100 * x.swing()))).orElse(m.get("remaining.noDecisive")));
    return lines;
  }

  private String roundName(String id) {
    return d.rounds().stream().filter(p -> p.round().id().equals(id)).findFirst().map(p -> title(p.round())).orElse(id);
  }

  private List<String> typical(Typical t) {
    return List.of(m.get("typical.line", m.count(t.runs()), d.seed(), m.percent(t.offer()), d.target().id(),
        m.percent(t.offerAtTarget()), m.percent(t.sameOutcome())), m.get(t.common() ? "typical.common" : "typical.rare"));
  }

  /** Rows of cells as aligned plain-text lines (a CJK character takes two columns). */
  static List<String> textTable(List<List<String>> rows) {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], columns(r.get(i)));
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> r : rows) {
      StringBuilder b = new StringBuilder("  ");
      for (int i = 0; i < r.size(); i++) {
        b.append(i == r.size() - 1 ? r.get(i) : pad(r.get(i), width[i] + 2));
      }
      lines.add(b.toString().stripTrailing());
    }
    return lines;
  }

  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    for (int w = columns(s); w < width; w++) {
      b.append(' ');
    }
    return b.toString();
  }

  /** Display columns of a string: East Asian wide characters take two. */
  static int columns(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      n += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
          || (cp >= 0xFFE0 && cp <= 0xFFE6))) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return n;
  }

  /** A round as the reader knows it: its own name where the loop gives one in this language, else its interviewer's title. */
  private String title(io.hcsim.core.loop.Round round) {
    return m.roundTitle(d.loopRef(), round, d.loop().persona(round));
  }
}
