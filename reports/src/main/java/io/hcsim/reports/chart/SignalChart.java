package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The committee's confidence over the loop: after each round, P(overall >= bar) for each level
 * it may offer, with the confidence it needs drawn across.
 *
 * @param rounds the x-axis labels, one per round reached
 * @param series per level label, one probability (0-1) per round
 * @param threshold the confidence the rule needs, or NaN when the rule does not read one
 */
public record SignalChart(
    List<String> rounds,
    Map<String, List<Double>> series,
    double threshold,
    String thresholdLabel,
    String xLabel,
    String yLabel) {

  /** Solid, long dashes, dots, dash-dot. */
  private static final float[][] DASHES = {{1, 0}, {8, 4}, {2, 3}, {8, 3, 2, 3}};
  /** Circle, square, triangle, diamond. */
  private static final java.awt.Shape[] MARKERS = {
    new Ellipse2D.Double(-3.5, -3.5, 7, 7),
    new java.awt.Rectangle(-3, -3, 6, 6),
    new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {-4, 3, 3}, 3),
    new java.awt.Polygon(new int[] {0, 4, 0, -4}, new int[] {-4, 0, 4, 0}, 4)
  };

  public String svg(ChartStyle style, String id) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach((level, values) -> {
      for (int i = 0; i < values.size(); i++) {
        data.addValue(100 * values.get(i), level, rounds.get(i));
      }
    });
    CategoryAxis x = new CategoryAxis(xLabel);
    x.setCategoryMargin(0.05);
    x.setLowerMargin(0.03);
    x.setUpperMargin(0.03);
    x.setMaximumCategoryLabelLines(2);
    if (rounds.size() > 6) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setRange(0, 100);
    y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
    // Room right of the last round for the threshold's label, clear of every point.
    x.setUpperMargin(Double.isNaN(threshold) ? 0.03 : 0.16);
    LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      // Each level its own dash and marker as well as colour: printed in grey, they stay apart.
      r.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
      r.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, DASHES[i % DASHES.length], 0));
      r.setSeriesShape(i, MARKERS[i % MARKERS.length]);
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    if (!Double.isNaN(threshold)) {
      plot.addRangeMarker(style.marker(100 * threshold, thresholdLabel, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT));
    }
    JFreeChart chart = new JFreeChart(null, style.font(), plot, true);
    return style.svg(chart, 640, 250, id);
  }
}
