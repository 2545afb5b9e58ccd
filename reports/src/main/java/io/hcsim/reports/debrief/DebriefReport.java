package io.hcsim.reports.debrief;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.font.CjkFont;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.reports.render.Pdf;
import io.hcsim.reports.render.StyleSheet;
import io.hcsim.reports.render.Template;
import io.hcsim.simulation.replay.Debrief;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A debrief written in one format and language: the bytes of the file or of stdout. */
public final class DebriefReport {
  private DebriefReport() {}

  /**
   * The debrief as {@code format}. A Chinese PDF needs a CJK TrueType font ({@code font}, else one
   * of the system's), and says what to install when there is none; no other format needs one.
   */
  public static byte[] render(Debrief d, Messages m, Format format, Optional<Path> font) throws InvalidInputException {
    return switch (format) {
      case JSON -> utf8(DebriefJson.render(d, m));
      case TEXT -> utf8(Template.plain("debrief.txt.mustache").render(new DebriefView(d, m).values()));
      case MARKDOWN -> utf8(Template.markdown("debrief.md.mustache").render(new DebriefView(d, m).values()));
      case HTML -> utf8(xhtml(d, m, ChartStyle.latinOr(m.chinese() ? findAwt(font) : Optional.empty()), Pdf.family(m.chinese())));
      case PDF -> pdf(d, m, font);
    };
  }

  private static byte[] pdf(Debrief d, Messages m, Optional<Path> font) throws InvalidInputException {
    Optional<CjkFont> cjk = m.chinese() || font.isPresent() ? Optional.of(CjkFont.find(font)) : Optional.empty();
    ChartStyle style = ChartStyle.latinOr(cjk.isPresent() ? Optional.of(cjk.get().awt()) : Optional.empty());
    String html = xhtml(d, m, style, Pdf.family(m.chinese()));
    // Title and author are the only metadata: with --anonymize the title holds the code, and no author is given.
    return Pdf.render(html, cjk, m.get("debrief.title") + " · " + DebriefView.candidate(d, m));
  }

  /** For HTML the browser finds Chinese fonts itself; only the charts (drawn as outlines) need one here. */
  private static Optional<java.awt.Font> findAwt(Optional<Path> font) throws InvalidInputException {
    if (font.isPresent()) {
      return Optional.of(CjkFont.find(font).awt());
    }
    try {
      return Optional.of(CjkFont.find(Optional.empty()).awt());
    } catch (InvalidInputException none) {
      return Optional.empty(); // the JVM's own sans-serif; the page's text does not depend on it
    }
  }

  private static String xhtml(Debrief d, Messages m, ChartStyle style, String family) {
    Map<String, Object> v = new DebriefView(d, m).withCharts(style);
    v.put("css", StyleSheet.render(family, (String) v.get("footer")));
    return Template.xhtml("debrief.xhtml.mustache").render(v);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
