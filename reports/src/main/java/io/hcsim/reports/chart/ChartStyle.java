package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * How every chart of a report looks, and how it becomes SVG: one font family (a CJK one for
 * Chinese), quiet colours, and text drawn as vector outlines with a viewBox, so that the PDF
 * renderer needs no font for the chart and cannot crop or mis-measure its labels.
 *
 * @param font the base font (any size; sizes are set here)
 */
public record ChartStyle(Font font) {
  /** Series colours: blue, orange, green, purple, grey (colour-blind safe, print well in grey). */
  static final Color[] SERIES = {
    new Color(0x1f4e8c), new Color(0xd9822b), new Color(0x2e8b57), new Color(0x7b4fa0), new Color(0x6b6b6b)
  };
  static final Color GRID = new Color(0xdddddd);
  static final Color MARK = new Color(0xb22222);

  /** The style for English charts: the JVM's standard sans-serif font. */
  public static ChartStyle latin() {
    return new ChartStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
  }

  /** The style with {@code font} when given, else {@link #latin()}. */
  public static ChartStyle latinOr(java.util.Optional<Font> font) {
    return font.map(f -> new ChartStyle(f.deriveFont(Font.PLAIN, 11f))).orElseGet(ChartStyle::latin);
  }

  /** A dashed red line across the plot at {@code value}, labelled: a bar or a threshold. */
  org.jfree.chart.plot.ValueMarker marker(double value, String label, org.jfree.chart.ui.RectangleAnchor anchor,
      org.jfree.chart.ui.TextAnchor textAnchor) {
    var m = new org.jfree.chart.plot.ValueMarker(value, MARK,
        new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
    m.setLabel(label);
    m.setLabelFont(size(9.5f));
    m.setLabelPaint(MARK);
    m.setLabelAnchor(anchor);
    m.setLabelTextAnchor(textAnchor);
    return m;
  }

  /** A category axis without a label whose categories take all but {@code gap} of the space. */
  static org.jfree.chart.axis.CategoryAxis categories(double gap) {
    var x = new org.jfree.chart.axis.CategoryAxis(null);
    x.setCategoryMargin(gap);
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    return x;
  }

  Font size(float points) {
    return font.deriveFont(Font.PLAIN, points);
  }

  /** Fonts, background and grid lines of a chart, the same in every report. */
  void apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(font.deriveFont(Font.BOLD, 12f));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(size(10f));
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof CategoryPlot p) {
      p.setRangeGridlinePaint(GRID);
      p.setRangeGridlineStroke(new BasicStroke(0.6f));
      p.setDomainGridlinesVisible(false);
      axis(p.getDomainAxis());
      axis(p.getRangeAxis());
    }
  }

  private void axis(Axis axis) {
    axis.setLabelFont(size(10.5f));
    axis.setTickLabelFont(size(10f));
    axis.setAxisLinePaint(Color.GRAY);
  }

  /** The chart as an inline SVG element of the given size in CSS pixels, with a matching viewBox. */
  String svg(JFreeChart chart, int width, int height, String id) {
    apply(chart);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    // A fixed prefix, not the library's time-based one: the same report gives the same bytes.
    g.setDefsKeyPrefix(id + "-");
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.draw((Graphics2D) g, new Rectangle2D.Double(0, 0, width, height));
    // Whole-pixel width and height: the PDF renderer ignores the library's decimal ones.
    String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    svg = svg.replaceFirst("<svg ", "<svg width=\"" + width + "\" height=\"" + height + "\" role=\"img\" ");
    // The chart's name for a screen reader or a tooltip (the SVG's own title element).
    String name = title(chart);
    int open = svg.indexOf('>') + 1;
    return name.isEmpty() ? svg : svg.substring(0, open) + "<title>" + xmlText(name) + "</title>" + svg.substring(open);
  }

  /**
   * A drawing made without a chart library (a strip, a key) as an inline SVG element, text as
   * outlines like every chart's, named {@code title} for a screen reader.
   */
  String svg(int width, int height, String id, String title, java.util.function.Consumer<Graphics2D> paint) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(Color.WHITE);
    g.fillRect(0, 0, width, height);
    paint.accept(g);
    String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    svg = svg.replaceFirst("<svg ", "<svg width=\"" + width + "\" height=\"" + height + "\" role=\"img\" ");
    int open = svg.indexOf('>') + 1;
    return svg.substring(0, open) + "<title>" + xmlText(title) + "</title>" + svg.substring(open);
  }

  /** What a chart shows, in words: its title, else its value axis's label, else its category axis's. */
  static String title(JFreeChart chart) {
    if (chart.getTitle() != null && chart.getTitle().getText() != null && !chart.getTitle().getText().isBlank()) {
      return chart.getTitle().getText();
    }
    Plot plot = chart.getPlot();
    java.util.List<Axis> axes = plot instanceof CategoryPlot p ? java.util.Arrays.asList(p.getRangeAxis(), p.getDomainAxis())
        : plot instanceof org.jfree.chart.plot.XYPlot p ? java.util.Arrays.asList(p.getRangeAxis(), p.getDomainAxis())
        : java.util.List.of();
    return axes.stream().filter(a -> a != null && a.getLabel() != null && !a.getLabel().isBlank())
        .map(Axis::getLabel).findFirst().orElse("");
  }

  private static String xmlText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
