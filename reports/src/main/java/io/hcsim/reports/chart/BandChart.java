package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One measure along a swept parameter: the value as a line through the points and its interval
 * as a shaded band. The parameter's values are evenly spaced labels, numeric or not.
 *
 * @param points one per swept value, in order
 * @param scale the factor on values for the axis (100 for shares shown as percentages)
 */
public record BandChart(List<Point> points, String xLabel, String yLabel, double scale) {
  public record Point(String label, double value, double low, double high) {}

  public String svg(ChartStyle style, String id) {
    YIntervalSeries series = new YIntervalSeries(yLabel);
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      if (Double.isNaN(p.value())) {
        continue;
      }
      series.add(i, scale * p.value(), scale * p.low(), scale * p.high());
      min = Math.min(min, scale * p.low());
      max = Math.max(max, scale * p.high());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    SymbolAxis x = new SymbolAxis(xLabel, points.stream().map(Point::label).toArray(String[]::new));
    x.setGridBandsVisible(false);
    x.setLowerMargin(0.05);
    x.setUpperMargin(0.05);
    NumberAxis y = new NumberAxis(null);
    y.setAutoRangeIncludesZero(false);
    double pad = Math.max(0.5, (max - min) * 0.15);
    if (min <= max) {
      // Every measure of a study is a share, hours or days: none is below zero.
      y.setRange(Math.max(0, min - pad), max + pad);
    }
    DeviationRenderer r = new DeviationRenderer(true, true);
    Color colour = ChartStyle.SERIES[0];
    r.setSeriesPaint(0, colour);
    r.setSeriesFillPaint(0, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70));
    r.setSeriesStroke(0, new BasicStroke(2f));
    r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    r.setAlpha(0.3f);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    for (var axis : List.of(x, y)) {
      axis.setLabelFont(style.size(9.5f));
      axis.setTickLabelFont(style.size(9f));
      axis.setAxisLinePaint(Color.GRAY);
    }
    JFreeChart chart = new JFreeChart(yLabel, style.font(), plot, false);
    chart.setTitle(new org.jfree.chart.title.TextTitle(yLabel, style.font().deriveFont(java.awt.Font.BOLD, 10.5f)));
    return style.svg(chart, 320, 190, id);
  }
}
