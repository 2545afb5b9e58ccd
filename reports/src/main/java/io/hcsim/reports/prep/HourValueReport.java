package io.hcsim.reports.prep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.chart.ShareIntervalChart;
import io.hcsim.reports.chart.ShareIntervalChart.Tone;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Columns;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.render.Template;
import io.hcsim.reports.render.Document;
import io.hcsim.simulation.estimate.PairedDifference;
import io.hcsim.simulation.prep.HourValue;
import io.hcsim.simulation.prep.HourValueResult;
import io.hcsim.simulation.prep.Purchase;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * `hcsim sensitivity` as text (English or Chinese), JSON, or a document (HTML or PDF, English or Chinese)
 * with the levers as a tornado chart: the rise in P(offer) for each raise, with its interval, and
 * what an hour of preparation is worth on each.
 */
public final class HourValueReport {
  private static final Template TEXT = Template.plain("sensitivity.txt.mustache");
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final HourValueResult r;
  private final Messages m;
  private final Catalogue cat;

  public HourValueReport(HourValueResult result, Messages messages) {
    this.r = result;
    this.m = messages;
    this.cat = result.loop().catalogue();
  }

  /** The terminal's text, in the language of {@code messages}: the document's view, the levers in columns. */
  public static String text(HourValueResult result, Messages messages) {
    HourValueReport report = new HourValueReport(result, messages);
    Messages m = report.m;
    Map<String, Object> v = report.view();
    v.put("contextRef", m.get("prep.context", result.profileRef(), result.loopRef(), result.loop().target().id()));
    List<Map<String, String>> rows = report.rows();
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of(m.get("sens.lever"), m.get("sens.raise"), m.get("sens.effect"), m.get("sens.hours"), m.get("sens.perTen")));
    rows.forEach(x -> cells.add(List.of(x.get("lever"), x.get("raise"), x.get("effect"), x.get("hours"), x.get("perTen"))));
    List<String> lines = Columns.lay(m.get("layout.sens.levers"), cells);
    List<Map<String, String>> table = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      table.add(Map.of("line", lines.get(i), "how", i == 0 ? "" : rows.get(i - 1).get("how")));
    }
    v.put("tableRows", table);
    return TEXT.render(v);
  }

  public static String json(HourValueResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", r.profileRef());
    root.put("loop", r.loopRef());
    root.put("targetLevel", r.loop().target().id());
    root.put("seed", r.seed());
    root.put("runs", r.runs());
    ArrayNode levers = root.putArray("levers");
    for (HourValue.Row row : r.rows()) {
      ObjectNode l = levers.addObject().put("lever", row.lever()).put("raise", PrepJson.round(row.raise()));
      difference(l.putObject("offer"), row.comparison().offer());
      difference(l.putObject("atTarget"), row.comparison().atTarget());
      if (row.purchase().isPresent()) {
        Purchase p = row.purchase().get();
        l.put("hours", p.hours());
        ObjectNode by = l.putObject("byActivity");
        p.byActivity().forEach(by::put);
        l.put("pointsPerTenHours", PrepJson.round(100 * row.perTenHours()));
      } else {
        l.putNull("hours");
        l.put("mostByPreparation", PrepJson.round(row.most()));
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void difference(ObjectNode into, PairedDifference d) {
    into.put("value", PrepJson.round(d.difference()));
    into.putArray("ci95").add(PrepJson.round(d.difference() - d.halfWidth95()))
        .add(PrepJson.round(d.difference() + d.halfWidth95()));
  }

  /** The document, HTML or PDF; a Chinese PDF needs a CJK TrueType font ({@code font} or the system's). */
  public byte[] render(Format format, Optional<Path> font) throws InvalidInputException {
    return Document.render(m.chinese(), format, font, "sensitivity.xhtml.mustache", this::values,
        m.get("prep.footer", candidate(), r.seed()), m.get("sens.title") + " · " + candidate());
  }

  /** The candidate's name: a bundled profile's in the reader's language. */
  private String candidate() {
    return m.profileName(r.profileRef(), r.profile().name());
  }

  private Map<String, Object> values(ChartStyle style) {
    Map<String, Object> v = view();
    // Ranked by the rise alone, so a raise preparation cannot buy may stand above one it can: its bar says so.
    v.put("chart", new ShareIntervalChart(r.rows().stream().map(x -> {
      PairedDifference d = x.comparison().offer();
      return new ShareIntervalChart.Bar(lever(x.lever()), d.difference(), d.difference() - d.halfWidth95(),
          d.difference() + d.halfWidth95(), x.buyable() ? Tone.PLAIN : Tone.UNREACHABLE);
    }).toList(), m.get("sens.axis"), true, Map.of(Tone.PLAIN, m.get("sens.key.buyable"), Tone.UNREACHABLE,
        m.get("sens.key.unreachable"))).svg(style, "tornado-chart"));
    return v;
  }

  /** What the document and the terminal both show (the chart aside). */
  private Map<String, Object> view() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("lang", m.language().id());
    v.put("title", m.get("sens.title"));
    v.put("candidate", candidate());
    v.put("subtitle", intro());
    v.put("context", m.get("prep.context", candidate(), m.loopName(r.loopRef(), r.loopRef()), r.loop().target().id()));
    Map<String, String> h = new LinkedHashMap<>();
    for (String k : List.of("lever", "raise", "effect", "hours", "perTen", "how", "chartIntro")) {
      h.put(k, m.get("sens." + k));
    }
    h.put("reading", m.get("prep.reading"));
    v.put("h", h);
    v.put("reading", reading());
    v.put("rows", rows());
    return v;
  }

  private String intro() {
    return m.get("sens.intro", String.format(Locale.ROOT, "%.2f", HourValue.COMPETENCY_RAISE),
        String.format(Locale.ROOT, "%.2f", HourValue.READINESS_RAISE), String.format(Locale.ROOT, "%.1f", HourValue.CONSISTENCY_RAISE),
        m.count(r.runs()), r.seed());
  }

  private String lever(String id) {
    return id.equals(HourValue.CONSISTENCY) ? m.get("sens.consistency") : m.lever(cat, id);
  }

  private List<Map<String, String>> rows() {
    List<Map<String, String>> out = new ArrayList<>();
    for (HourValue.Row row : r.rows()) {
      PairedDifference d = row.comparison().offer();
      Map<String, String> x = new LinkedHashMap<>();
      x.put("lever", lever(row.lever()));
      x.put("raise", String.format(Locale.ROOT, "+%.2f", row.raise()));
      x.put("effect", PrepView.points(d.difference()) + " ± " + String.format(Locale.ROOT, "%.1f", 100 * d.halfWidth95()));
      x.put("hours", row.purchase().map(p -> m.get("prep.hoursUnit", PrepText.hours(p.hours())))
          .orElse(m.get("sens.outOfReach", String.format(Locale.ROOT, "+%.2f", row.most()))));
      x.put("perTen", row.purchase().isPresent() ? PrepView.points(row.perTenHours()) : "–");
      x.put("how", row.purchase().map(p -> how(p)).orElse(""));
      out.add(x);
    }
    return out;
  }

  private String how(Purchase p) {
    List<String> parts = new ArrayList<>();
    p.byActivity().forEach((a, h) -> parts.add(m.text(cat.activities().get(a).name()) + " " + m.get("prep.hoursUnit",
        PrepText.hours(h))));
    return String.join(m.chinese() ? "，" : ", ", parts);
  }

  /** The lever that moves the odds most, and the one where an hour is worth most. */
  private List<String> reading() {
    List<String> out = new ArrayList<>();
    if (r.rows().isEmpty()) {
      return out;
    }
    HourValue.Row top = r.rows().get(0);
    PairedDifference d = top.comparison().offer();
    if (d.difference() <= d.halfWidth95()) {
      out.add(m.get("sens.reading.none"));
      return out;
    }
    out.add(m.get("sens.reading.top", lever(top.lever()), String.format(Locale.ROOT, "%.2f", top.raise()),
        PrepView.points(d.difference())));
    r.rows().stream().filter(x -> x.purchase().isPresent() && x.comparison().offer().difference() > 0)
        .max(Comparator.comparingDouble(HourValue.Row::perTenHours))
        .ifPresent(best -> out.add(m.get("sens.reading.hour", lever(best.lever()), PrepView.points(best.perTenHours()),
            how(best.purchase().get()))));
    return out;
  }
}
