package io.hcsim.reports.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Vertical bars stacked from parts, one bar per category (a package's years: base, bonus and the
 * stock vesting that year), amounts in currency units.
 *
 * @param parts the parts' names, bottom first
 * @param columns one column per bar: its label and one amount per part
 */
public record StackedBarChart(List<String> parts, List<Column> columns, String axisLabel) {
  /** One bar: its label and the amounts of its parts, in the order of {@code parts}. */
  public record Column(String label, List<Long> amounts) {}

  public String svg(ChartStyle style, String id) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Column c : columns) {
      for (int p = 0; p < parts.size(); p++) {
        data.addValue(c.amounts().get(p), parts.get(p), c.label());
      }
    }
    NumberAxis y = new NumberAxis(axisLabel);
    y.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    StackedBarRenderer r = new StackedBarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    for (int p = 0; p < parts.size(); p++) {
      r.setSeriesPaint(p, ChartStyle.SERIES[p % ChartStyle.SERIES.length]);
    }
    r.setMaximumBarWidth(0.14);
    CategoryPlot plot = new CategoryPlot(data, ChartStyle.categories(0.3), y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = new JFreeChart(null, style.font(), plot, true);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(style.size(10f));
    return style.svg(chart, 640, 300, id);
  }
}
