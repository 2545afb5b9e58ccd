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
 *
 * @param fitted whether the axis ends a little past the longest bar rather than at 100% (for
 *     small shares whose differences matter, such as the odds at each level)
 * @param width the drawing's width in CSS pixels (640 spans the page's text block)
 */
public record BarChart(List<Bar> bars, String axisLabel, boolean fitted, int width) {
  /** Bars on a 0 to 100% axis across the page. */
  public BarChart(List<Bar> bars, String axisLabel) {
    this(bars, axisLabel, false, 640);
  }

  /** One bar: its label and a share in [0, 1]. */
  public record Bar(String label, double share) {}

  public String svg(ChartStyle style, String id) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar b : bars) {
      data.addValue(100 * b.share(), "", b.label());
    }
    CategoryAxis x = ChartStyle.categories(0.25);
    // Round and competency names whole on one line where they fit, wrapped rather than cut short.
    x.setMaximumCategoryLabelWidthRatio(width < 640 ? 0.42f : 0.3f);
    x.setMaximumCategoryLabelLines(2);
    NumberAxis y = new NumberAxis(axisLabel);
    if (fitted) {
      double top = 100 * bars.stream().mapToDouble(Bar::share).max().orElse(0);
      // Room past the longest bar for its label; at least 1% so that bars at zero still show an axis.
      y.setRange(0, Math.max(1, top * 1.3));
      y.setStandardTickUnits(NumberAxis.createStandardTickUnits());
    } else {
      // Room past a full bar for its label: more of the axis when the drawing is narrow.
      y.setRange(0, width < 640 ? 136 : 112);
      y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
    }
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, ChartStyle.SERIES[0]);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new java.text.DecimalFormat("0.0")) {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        Number v = dataset.getValue(row, column);
        // A share too small to show at one decimal is not none: "<0.1%", as the text says.
        return v != null && v.doubleValue() > 0 && v.doubleValue() < 0.05 ? "<0.1%" : super.generateLabel(dataset, row, column);
      }
    });
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
    return style.svg(chart, width, 40 + (width < 640 ? 22 : 26) * bars.size(), id);
  }
}
