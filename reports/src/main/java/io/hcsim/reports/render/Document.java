package io.hcsim.reports.render;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.font.CjkFont;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An XHTML report template rendered to HTML or PDF: finds the CJK font a Chinese PDF needs (or
 * the one given), draws the charts with it, fills the shared style sheet and the template, and
 * makes the PDF. The view fills the template from a chart style.
 */
public final class Document {
  private Document() {}

  /**
   * @param chinese whether the report is in Chinese (a CJK font is then required)
   * @param values the template's values, given the style the charts are drawn in
   * @param footer the footer of every page
   */
  public static byte[] render(boolean chinese, Format format, Optional<Path> font, String template,
      Function<ChartStyle, Map<String, Object>> values, String footer, String title)
      throws InvalidInputException {
    if (!format.rich()) {
      throw new IllegalArgumentException("a document is HTML or PDF: " + format);
    }
    boolean pdf = format == Format.PDF;
    Optional<CjkFont> cjk = CjkFont.forDocument(pdf, chinese, font);
    ChartStyle style = ChartStyle.latinOr(cjk.isPresent() ? Optional.of(cjk.get().awt()) : Optional.empty());
    Map<String, Object> v = values.apply(style);
    v.put("css", StyleSheet.render(Pdf.family(chinese), footer));
    String html = Template.xhtml(template).render(v);
    return pdf ? Pdf.render(html, cjk, title) : html.getBytes(StandardCharsets.UTF_8);
  }
}
