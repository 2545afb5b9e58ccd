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
 * Horizontal bars in percent (or percentage points) with their 95% intervals as whiskers:
 * scenarios compared on the same draws (preparation strategies), or paired differences from a
 * baseline, which may be negative (a tornado of levers). Each bar is labelled past its whisker.
 */
public record ShareIntervalChart(List<Bar> bars, String axisLabel, boolean differences) {
  /** Shares, labelled inside their bars. */
  public ShareIntervalChart(List<Bar> bars, String axisLabel) {
    this(bars, axisLabel, false);
  }

  /** One bar: its label, a share (or a difference of shares) and the ends of its interval. */
  public record Bar(String label, double share, double low, double high) {}

  public String svg(ChartStyle style, String id) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    double top = 0;
    double bottom = 0;
    for (Bar b : bars) {
      // The renderer draws value +- "standard deviation": given the half-width, it draws the interval.
      data.add(100 * b.share(), 100 * (b.high() - b.low()) / 2, "", b.label());
      top = Math.max(top, 100 * b.high());
      bottom = Math.min(bottom, 100 * b.low());
    }
    CategoryAxis x = ChartStyle.categories(0.25);
    NumberAxis y = new NumberAxis(axisLabel);
    // Room past the longest whisker for its label.
    double room = 0.18 * Math.max(top - bottom, 1e-3);
    y.setRange(bottom < 0 || differences ? bottom - room : 0, top + room);
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
    if (differences) {
      // Differences may be tiny or negative: each label past the end of its bar, never inside it.
      r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
          new java.text.DecimalFormat("+0.0;-0.0")));
      r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
          org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
      r.setDefaultNegativeItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
          org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE9, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT));
      r.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(14, 14, 14, 14));
      r.setDefaultItemLabelPaint(java.awt.Color.DARK_GRAY);
    } else {
      r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
          org.jfree.chart.labels.ItemLabelAnchor.INSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT));
      r.setDefaultItemLabelPaint(java.awt.Color.WHITE);
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart(null, style.font(), plot, false);
    return style.svg(chart, 640, 40 + 26 * bars.size(), id);
  }
}
