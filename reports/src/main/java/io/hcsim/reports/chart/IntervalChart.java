package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Each competency's posterior mean with its 95% interval, on the proficiency scale, against the
 * target level's bar: which competencies the evidence places above or below it, and how surely.
 */
public record IntervalChart(List<Item> items, double bar, String barLabel, String axisLabel) {
  /**
   * One competency: its label, posterior mean, half-width of the 95% interval, and whether any
   * interviewer rated it (if not, the interval is the pool's prior: drawn grey and hollow).
   */
  public record Item(String label, double mean, double halfWidth, boolean rated) {}

  public String svg(ChartStyle style, String id) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (Item i : items) {
      // The renderer draws mean +- "standard deviation": given the 95% half-width, it draws the interval.
      data.add(i.mean(), i.halfWidth(), i.rated() ? "rated" : "prior", i.label());
    }
    CategoryAxis x = ChartStyle.categories(0.1);
    // The bar's name in the axis label, not on the plot, where an interval would cross it.
    NumberAxis y = new NumberAxis(axisLabel + "   ·   - - - " + barLabel);
    y.setRange(1, 5);
    y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
    StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, true);
    r.setSeriesPaint(0, ChartStyle.SERIES[0]);
    r.setErrorIndicatorStroke(new BasicStroke(1.5f));
    r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    r.setSeriesPaint(1, java.awt.Color.GRAY);
    r.setSeriesShape(1, new java.awt.Rectangle(-4, -4, 8, 8));
    r.setSeriesShapesFilled(1, false);
    r.setUseSeriesOffset(false);
    r.setItemMargin(0);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    plot.addRangeMarker(style.marker(bar, null, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
    JFreeChart chart = new JFreeChart(null, style.font(), plot, false);
    return style.svg(chart, 640, 40 + 24 * items.size(), id);
  }
}
