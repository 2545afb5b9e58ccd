package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Horizontal bars of shares in percent with their 95% intervals as whiskers: scenarios compared
 * on the same draws (preparation strategies), best first.
 */
public record ShareIntervalChart(List<Bar> bars, String axisLabel) {
  /** One bar: its label, a share in [0, 1] and the ends of its interval. */
  public record Bar(String label, double share, double low, double high) {}

  public String svg(ChartStyle style, String id) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    double top = 0;
    for (Bar b : bars) {
      // The renderer draws value +- "standard deviation": given the half-width, it draws the interval.
      data.add(100 * b.share(), 100 * (b.high() - b.low()) / 2, "", b.label());
      top = Math.max(top, 100 * b.high());
    }
    CategoryAxis x = ChartStyle.categories(0.25);
    NumberAxis y = new NumberAxis(axisLabel);
    y.setRange(0, Math.min(100, Math.ceil((top + 8) / 10) * 10));
    StatisticalBarRenderer r = new StatisticalBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, ChartStyle.SERIES[0]);
    r.setErrorIndicatorPaint(java.awt.Color.DARK_GRAY);
    r.setErrorIndicatorStroke(new BasicStroke(1.2f));
    r.setMaximumBarWidth(0.12);
    r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}%",
        new java.text.DecimalFormat("0.0")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(style.size(9f));
    r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.INSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT));
    r.setDefaultItemLabelPaint(java.awt.Color.WHITE);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart(null, style.font(), plot, false);
    return style.svg(chart, 640, 40 + 26 * bars.size(), id);
  }
}
