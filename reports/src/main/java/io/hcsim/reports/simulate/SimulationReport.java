package io.hcsim.reports.simulate;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Round;
import io.hcsim.reports.chart.BarChart;
import io.hcsim.reports.chart.OfferStrip;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.font.CjkFont;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.pay.PayChart;
import io.hcsim.reports.pay.PayLines;
import io.hcsim.simulation.odds.OfferPay;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.render.Pdf;
import io.hcsim.reports.render.StyleSheet;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.estimate.Summary;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.odds.SimulationResult;
import io.hcsim.simulation.prep.Sensitivity.Lever;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The odds of `hcsim simulate` as a document (HTML or PDF, English or Chinese): P(offer) by level
 * with intervals, the funnel and the weaknesses as charts, the offers per level, the levers with
 * their intervals, and the short reading of what matters most.
 */
public final class SimulationReport {
  private final SimulationResult r;
  private final Summary s;
  private final Messages m;
  private final Catalogue cat;

  public SimulationReport(SimulationResult result, Messages messages) {
    this.r = result;
    this.s = result.summary();
    this.m = messages;
    this.cat = result.catalogue();
  }

  /** The report as HTML or PDF; a Chinese PDF needs a CJK TrueType font ({@code font} or the system's). */
  public byte[] render(Format format, Optional<Path> font) throws InvalidInputException {
    if (!format.rich()) {
      throw new IllegalArgumentException("the odds report is HTML or PDF: " + format);
    }
    boolean pdf = format == Format.PDF;
    Optional<CjkFont> cjk = CjkFont.forDocument(pdf, m.chinese(), font);
    ChartStyle style = ChartStyle.latinOr(cjk.isPresent() ? Optional.of(cjk.get().awt()) : Optional.empty());
    Map<String, Object> v = values(style);
    v.put("css", StyleSheet.render(Pdf.family(m.chinese()), m.get("odds.footer", m.profileName(r.profileRef(), r.profile().name()), s.seed())));
    String html = Template.xhtml("odds.xhtml.mustache").render(v);
    return pdf ? Pdf.render(html, cjk, m.get("odds.title") + " · " + m.profileName(r.profileRef(), r.profile().name()))
        : html.getBytes(StandardCharsets.UTF_8);
  }

  Map<String, Object> values(ChartStyle style) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("lang", m.language().id());
    v.put("title", m.get("odds.title"));
    v.put("candidate", m.profileName(r.profileRef(), r.profile().name()));
    v.put("subtitle", m.get("odds.subtitle", m.count(s.runs()), s.seed()));
    v.put("headline", m.get("odds.headline"));
    v.put("stated", m.percent(s.hire()));
    v.put("statedCi", m.get("odds.range.ci", m.percent(s.hireCi().low()), m.percent(s.hireCi().high())));
    v.put("statedLabel", m.get("odds.range.stated"));
    SimulationView view = new SimulationView(r, m);
    var asRated = r.selfAssessment().asRated();
    v.put("asRated", m.get("odds.asRated", m.percent(asRated.probabilityA()), io.hcsim.reports.i18n.Decimal.points(-asRated.difference())
        + " ± " + String.format(Locale.ROOT, "%.1f", 100 * asRated.halfWidth95()), m.count(asRated.runs())));
    var error = r.profile().selfAssessment();
    if (r.selfAssessment().range().size() == 2) {
      var weaker = r.selfAssessment().range().get(0).offer();
      var stronger = r.selfAssessment().range().get(1).offer();
      String shift = m.proficiency(error.uncertainty());
      v.put("range", Map.of("weaker", m.percent(weaker.probabilityB()), "stronger", m.percent(stronger.probabilityB()),
          "weakerLabel", m.get("odds.range.weaker", shift), "strongerLabel", m.get("odds.range.stronger", shift),
          "note", m.get("odds.range.note", view.likelyShift(error), m.get("sim.self.giveOrTake", shift), shift,
              m.count(weaker.runs()), m.percent(weaker.probabilityA()))));
    }
    List<String> outcomes = io.hcsim.reports.i18n.Decimal.percents(s.outcomes().get(io.hcsim.core.committee.Outcome.HIRE),
        s.outcomes().get(io.hcsim.core.committee.Outcome.NO_HIRE), s.outcomes().get(io.hcsim.core.committee.Outcome.HOLD));
    v.put("who", m.profileName(r.profileRef(), r.profile().name()) + " · " + m.loopName(r.loopRef(), r.loopRef()) + " · " + s.targetLevel());
    List<String> context = new ArrayList<>(List.of(
        m.get("odds.trueOverall", view.yours(), String.join(", ",
            cat.levels().ascending().stream().map(l -> l.id() + " " + l.bar()).toList())),
        m.get("odds.outcomes", outcomes.get(0), outcomes.get(1), outcomes.get(2))));
    context.add(r.effectiveBar().estimated()
        ? m.get("odds.effectiveBar", s.targetLevel(), m.proficiency(r.effectiveBar().overall()),
            m.proficiency(r.effectiveBar().bar()), view.yours())
        : m.get("odds.effectiveBarUnknown", io.hcsim.simulation.odds.EffectiveBar.MIN_RUNS,
            m.proficiency(r.effectiveBar().bar()), view.yours()));
    r.otherLevels().forEach(o -> context.add(m.get("odds.otherLevel", o.level(), m.percent(o.offer()), m.percent(o.atLevel()))));
    v.put("applyChart", applyChart(style));
    v.put("context", context);
    Map<String, String> h = new LinkedHashMap<>();
    for (String k : List.of("byLevel", "level", "probability", "interval", "funnel", "funnelIntro", "round", "reached",
        "wentOn", "leanHire", "amongOffers", "weaknesses", "offers", "share", "p10", "median", "p90", "levers", "competency", "lever", "raise",
        "atTarget", "any", "money", "reading", "apply", "band", "ends", "endsWhere", "endsWhy", "mean", "atAsk", "details",
        "funnelShort")) {
      h.put(k, m.get("odds." + k));
    }
    v.put("h", h);
    v.put("levels", levels());
    v.put("funnelRows", funnelRows());
    v.put("funnelChart", new BarChart(funnelRows().stream()
        .map(f -> new BarChart.Bar(f.get("label"), Double.parseDouble(f.get("reachedValue")))).toList(),
        m.get("odds.funnelAxis"), false, 330).svg(style, "funnel-chart"));
    if (s.endings().isEmpty()) {
      v.put("noRejection", m.get("odds.noRejection"));
    } else {
      v.put("endings", m.get("odds.endings", m.list(s.endings().stream().limit(4)
          .map(e -> roundLabel(e.id()) + " " + m.percent(e.share())).toList())));
      v.put("endWhere", s.endings().stream().map(e -> Map.of("label", roundLabel(e.id()), "share", m.percent(e.share()))).toList());
      v.put("endWhy", stops());
      v.put("weaknessIntro", m.get("odds.weaknessIntro"));
      v.put("weaknessChart", new BarChart(s.concerns().stream().limit(8)
          .map(c -> new BarChart.Bar(m.competency(cat, c.id()), c.share())).toList(), m.get("odds.weaknessAxis"))
          .svg(style, "weakness-chart"));
      if (s.compensationShare() > 0) {
        v.put("pay", m.get("odds.pay", m.percent(s.compensationShare())));
      }
    }
    v.put("offersIntro", m.get("odds.offersIntro", s.currency()));
    v.put("offers", offers());
    if (!s.offersByLevel().isEmpty()) {
      v.put("bandChart", bandChart(style));
      OptionalLong ask = r.profile().compensationExpectation();
      v.put("bandIntro", m.get("odds.bandIntro") + (ask.isPresent() ? m.get("odds.bandAsk", m.money(ask.getAsLong(), s.currency())) : "")
          + m.get("odds.bandEnd"));
    }
    s.offerMeetsExpectation().ifPresent(p -> v.put("meetsAsk", m.get("odds.meetsAsk",
        m.money(r.profile().compensationExpectation().getAsLong(), s.currency()), m.percent(p))));
    r.days().ifPresent(d -> v.put("days", m.get("odds.days", days(d.offers()), days(d.rejections()))));
    if (s.offersByLevel().isEmpty()) {
      v.put("noOffer", m.get("odds.noOffer"));
    }
    r.pay().ifPresent(pay -> putPay(v, pay, style));
    if (!r.levers().isEmpty()) {
      Lever first = r.levers().get(0);
      v.put("leversIntro", m.get("odds.leversIntro", String.format(Locale.ROOT, "%.0f", io.hcsim.simulation.prep.Sensitivity.LEVER_HOURS),
          m.count(first.effect().runs())));
      v.put("leverRows", r.levers().stream().map(this::lever).toList());
    }
    v.put("reading", view.reading());
    return v;
  }

  /** The typical offer as a package: its lines, a stacked bar per year, and the negotiation levers. */
  private void putPay(Map<String, Object> v, OfferPay pay, ChartStyle style) {
    PayLines lines = new PayLines(pay, m, s.currency());
    v.put("payHeading", lines.heading());
    v.put("payLines", lines.breakdown(r.profile(), s.offerMeetsExpectation()));
    v.put("payChart", PayChart.of(pay.comparison().offer(), m).svg(style, "pay-chart"));
    v.put("payLeversHeading", m.get("pay.leversHeading"));
    v.put("payLevers", lines.levers());
  }

  private List<Map<String, String>> levels() {
    List<Map<String, String>> rows = new ArrayList<>();
    Level target = cat.levels().byId(s.targetLevel()).orElseThrow();
    for (Level l : cat.levels().ascending()) {
      double p = s.levels().getOrDefault(l.id(), 0.0);
      if (p == 0 && !l.equals(target)) {
        continue;
      }
      Wilson ci = s.levelInterval(l.id());
      String kind = l.rank() < target.rank() ? m.get("odds.kind.down") : l.rank() > target.rank() ? m.get("odds.kind.up")
          : m.get("odds.kind.target");
      rows.add(Map.of("level", l.id(), "kind", kind, "p", m.percent(p),
          "ci", m.percent(ci.low()) + " – " + m.percent(ci.high())));
    }
    return rows;
  }

  private List<Map<String, String>> funnelRows() {
    List<Map<String, String>> rows = new ArrayList<>();
    List<Optional<String>> dayMarks = new SimulationView(r, m).dayMarks();
    for (int i = 0; i < s.funnel().size(); i++) {
      Summary.FunnelStep f = s.funnel().get(i);
      Optional<Round> round = roundOf(f.round());
      boolean decides = round.isEmpty() || round.get().decides();
      String label = roundLabel(f.round());
      rows.add(Map.of("label", dayMarks.get(i).map(key -> m.get(key, label)).orElse(label), "reached", m.percent(f.reached()), "wentOn", m.percent(f.passed()),
          "leanHire", decides ? "–" : m.percent(f.recommended()), "reachedValue", Double.toString(f.reached()),
          "amongOffers", decides || Double.isNaN(f.recommendedAmongOffers()) ? "–" : m.percent(f.recommendedAmongOffers())));
    }
    return rows;
  }

  private Optional<Round> roundOf(String id) {
    return r.rounds().stream().filter(x -> x.id().equals(id)).findFirst();
  }

  /** A round by its interviewer's name in the report's language; the step after the last round by name. */
  private String roundLabel(String id) {
    return roundOf(id).map(round -> cat.personas().containsKey(round.personaId())
        ? m.roundTitle(r.loopRef(), round, cat.personas().get(round.personaId())) : round.id()).orElse(m.get("odds.decision"));
  }

  private List<Map<String, String>> offers() {
    List<Map<String, String>> rows = new ArrayList<>();
    s.offersByLevel().forEach((level, o) -> rows.add(Map.of("level", level,
        "share", m.percent(s.levels().getOrDefault(level, 0.0)), "p10", m.money(o.p10(), s.currency()),
        "median", m.money(o.median(), s.currency()), "p90", m.money(o.p90(), s.currency()),
        "mean", m.money(o.mean(), s.currency()),
        "atAsk", o.atOrAboveExpectation().isPresent() ? m.percent(o.atOrAboveExpectation().getAsDouble()) : "–")));
    return rows;
  }

  /** P(offer at any level) applying at each level the experiment measured: the target and its neighbours. */
  private String applyChart(ChartStyle style) {
    List<BarChart.Bar> bars = new ArrayList<>();
    Level target = cat.levels().byId(s.targetLevel()).orElseThrow();
    for (Level l : cat.levels().ascending()) {
      if (l.equals(target)) {
        bars.add(new BarChart.Bar(m.get("odds.applyTarget", l.id()), s.hire()));
      }
      r.otherLevels().stream().filter(o -> o.level().equals(l.id())).findFirst()
          .ifPresent(o -> bars.add(new BarChart.Bar(m.get("odds.applyAt", o.level()), o.offer())));
    }
    return new BarChart(bars, m.get("odds.applyAxis"), true, 330).svg(style, "apply-chart");
  }

  /** The offers of each level on its band, with the ask. */
  private String bandChart(ChartStyle style) {
    List<OfferStrip.Row> rows = new ArrayList<>();
    s.offersByLevel().forEach((level, o) -> {
      Level l = cat.levels().byId(level).orElseThrow();
      rows.add(new OfferStrip.Row(level + "  " + m.percent(s.levels().getOrDefault(level, 0.0)), l.band().low(),
          l.band().high(), o.p10(), o.median(), o.p90()));
    });
    OptionalLong ask = r.profile().compensationExpectation();
    return new OfferStrip(rows, ask, ask.isPresent() ? m.get("odds.askLabel", m.money(ask.getAsLong(), s.currency())) : "",
        a -> m.money(a, s.currency()), m.get("odds.band")).svg(style, "band-chart");
  }

  /** What ended the loops without an offer, in words, with the final decision for the rest. */
  private List<Map<String, String>> stops() {
    List<Map<String, String>> rows = new ArrayList<>();
    double before = 0;
    for (Summary.Share sh : s.stops()) {
      before += sh.share();
      String key = "ending." + sh.id();
      rows.add(Map.of("label", m.has(key) ? m.get(key) : sh.id(), "share", m.percent(sh.share())));
    }
    if (before < 0.9995) {
      rows.add(Map.of("label", m.get("ending.decision"), "share", m.percent(1 - before)));
    }
    return rows;
  }

  /** "p10 12.5, median 27, p90 41" days, or that there were none. */
  private String days(io.hcsim.simulation.calendar.DayCounts d) {
    return d.count() == 0 ? m.get("odds.daysNone") : m.get("odds.daysRange", String.format(Locale.ROOT, "%.1f", d.quantile(0.1)),
        String.format(Locale.ROOT, "%.1f", d.quantile(0.5)), String.format(Locale.ROOT, "%.1f", d.quantile(0.9)));
  }

  private Map<String, String> lever(Lever l) {
    var money = l.comparison().expectedOffer();
    return Map.of("lever", m.lever(cat, l.lever()), "raise", raise(l.raise()),
        "atTarget", points(l.atTarget().difference()) + " ± " + String.format(Locale.ROOT, "%.1f", 100 * l.atTarget().halfWidth95()),
        "any", points(l.effect().difference()) + " ± " + String.format(Locale.ROOT, "%.1f", 100 * l.effect().halfWidth95()),
        // In full yuan, as the terminal's table: a few hundred a year in 万 would read "+0万元".
        "money", m.get("sim.lever.moneyCell", money.difference(), money.halfWidth95()));
  }

  private static String raise(double by) {
    return String.format(Locale.ROOT, "+%.2f", by);
  }

  /** Percentage points with a sign; a value that rounds to zero is "0.0", never "-0.0". */
  private static String points(double d) {
    return io.hcsim.reports.i18n.Decimal.points(d);
  }
}
