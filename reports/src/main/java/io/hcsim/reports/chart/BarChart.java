package io.hcsim.reports.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of shares in percent, one bar per label (a funnel's rounds, the competencies
 * cited in rejections), each bar labelled with its value.
 */
public record BarChart(List<Bar> bars, String axisLabel) {
  /** One bar: its label and a share in [0, 1]. */
  public record Bar(String label, double share) {}

  public String svg(ChartStyle style, String id) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar b : bars) {
      data.addValue(100 * b.share(), "", b.label());
    }
    CategoryAxis x = ChartStyle.categories(0.25);
    NumberAxis y = new NumberAxis(axisLabel);
    y.setRange(0, 112);
    y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, ChartStyle.SERIES[0]);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new java.text.DecimalFormat("0.0")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(style.size(9.5f));
    r.setMaximumBarWidth(0.12);
    // Each value just past the end of its bar, never across it.
    r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
    r.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(3, 3, 3, 3));
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart(null, style.font(), plot, false);
    return style.svg(chart, 640, 40 + 26 * bars.size(), id);
  }
}
