package io.hcsim.reports.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A measure over a grid of two swept parameters: one cell per combination, shaded from light
 * (lowest) to dark (highest), with its value written in the cell, and a key below: the shades
 * from the lowest value to the highest, named by {@code keyLabel} (which says whether darker is
 * better).
 *
 * @param values values[row][column]: rows are the second parameter's values, columns the first's
 */
public record HeatMap(List<String> columns, List<String> rows, double[][] values, String xLabel, String yLabel,
    DoubleFunction<String> cellText, String keyLabel) {

  public String svg(ChartStyle style, String id) {
    int n = columns.size() * rows.size();
    double[][] xyz = new double[3][n];
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    int k = 0;
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        xyz[0][k] = c;
        xyz[1][k] = r;
        xyz[2][k] = values[r][c];
        if (!Double.isNaN(values[r][c])) {
          lo = Math.min(lo, values[r][c]);
          hi = Math.max(hi, values[r][c]);
        }
        k++;
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("grid", xyz);
    SymbolAxis x = new SymbolAxis(xLabel, columns.toArray(String[]::new));
    SymbolAxis y = new SymbolAxis(yLabel, rows.toArray(String[]::new));
    for (SymbolAxis a : List.of(x, y)) {
      a.setGridBandsVisible(false);
      a.setLowerMargin(0);
      a.setUpperMargin(0);
      a.setLabelFont(style.size(10f));
      a.setTickLabelFont(style.size(9.5f));
    }
    x.setRange(-0.5, columns.size() - 0.5);
    y.setRange(-0.5, rows.size() - 0.5);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(new Shades(lo, hi));
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    double mid = (lo + hi) / 2;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(xyz[2][i])) {
        continue;
      }
      XYTextAnnotation a = new XYTextAnnotation(cellText.apply(xyz[2][i]), xyz[0][i], xyz[1][i]);
      a.setFont(style.size(columns.size() > 8 ? 7.5f : 9f));
      a.setPaint(xyz[2][i] > mid ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(a);
    }
    JFreeChart chart = new JFreeChart(null, style.font(), plot, false);
    if (lo < hi) {
      org.jfree.chart.axis.NumberAxis keyAxis = new org.jfree.chart.axis.NumberAxis(keyLabel);
      keyAxis.setRange(lo, hi);
      keyAxis.setTickLabelFont(style.size(8.5f));
      keyAxis.setLabelFont(style.size(9f));
      keyAxis.setNumberFormatOverride(new java.text.NumberFormat() {
        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
          return to.append(cellText.apply(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
          return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
          return null;
        }
      });
      var key = new org.jfree.chart.title.PaintScaleLegend(new Shades(lo, hi), keyAxis);
      key.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
      key.setStripWidth(9);
      key.setMargin(new org.jfree.chart.ui.RectangleInsets(6, 120, 0, 120));
      key.setBackgroundPaint(Color.WHITE);
      chart.addSubtitle(key);
    }
    int height = Math.max(160, Math.min(420, 40 + 28 * rows.size())) + (lo < hi ? 56 : 0);
    return style.svg(chart, 640, height, id);
  }

  /** From a pale to the report's dark blue, linearly over [lo, hi]. */
  private record Shades(double lo, double hi) implements PaintScale {
    private static final Color PALE = new Color(0xeef3fa);
    private static final Color DARK = ChartStyle.SERIES[0];

    @Override
    public double getLowerBound() {
      return lo;
    }

    @Override
    public double getUpperBound() {
      return hi;
    }

    @Override
    public Paint getPaint(double value) {
      if (Double.isNaN(value)) {
        return Color.WHITE;
      }
      double t = hi > lo ? Math.max(0, Math.min(1, (value - lo) / (hi - lo))) : 1;
      return new Color(mix(PALE.getRed(), DARK.getRed(), t), mix(PALE.getGreen(), DARK.getGreen(), t),
          mix(PALE.getBlue(), DARK.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
      return (int) Math.round(a + (b - a) * t);
    }
  }
}
