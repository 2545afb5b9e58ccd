package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Horizontal bars in percent (or percentage points) with their 95% intervals as whiskers:
 * scenarios compared on the same draws (preparation strategies, a loop against its references),
 * or paired differences from a baseline, which may be negative (a tornado of levers). Bars are
 * filled light enough that the whole whisker shows across them, and each bar's value stands just
 * past the far end of its whisker, never over it. A bar's {@link Tone} says what it is (the plan
 * recommended, the baseline, a raise preparation cannot buy); the key under the chart names each
 * tone used, in the words given, in the order of {@link Tone}.
 *
 * @param differences whether the values are differences (signed labels, an axis through zero)
 * @param key what each tone means, for the tones the bars use (a tone without words is left out of the key)
 */
public record ShareIntervalChart(List<Bar> bars, String axisLabel, boolean differences, Map<Tone, String> key) {
  /** Shares on one tone, without a key. */
  public ShareIntervalChart(List<Bar> bars, String axisLabel) {
    this(bars, axisLabel, false, Map.of());
  }

  /** What a bar stands for, and so how it is filled (distinct in grey print too: light, mid, dark, hollow). */
  public enum Tone {
    /** The one the report recommends or is about: darker, with a heavier outline. */
    CHOSEN(new Color(0xe39a4c), new Color(0x7a3e00), 1.6f),
    /** An ordinary bar. */
    PLAIN(new Color(0xa9c1e0), new Color(0x1f4e8c), 0.8f),
    /** What the others are measured against (no preparation; a rule of thumb): light grey. */
    BASELINE(new Color(0xdedede), new Color(0x555555), 0.8f),
    /** Out of reach (a raise preparation cannot buy): white with a dashed outline. */
    UNREACHABLE(Color.WHITE, new Color(0x555555), 1.0f);

    private final Color fill;
    private final Color outline;
    private final float width;

    Tone(Color fill, Color outline, float width) {
      this.fill = fill;
      this.outline = outline;
      this.width = width;
    }

    BasicStroke stroke() {
      return this == UNREACHABLE
          ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {3, 2}, 0)
          : new BasicStroke(width);
    }
  }

  /** One bar: its label, a share (or a difference of shares), the ends of its interval and its tone. */
  public record Bar(String label, double share, double low, double high, Tone tone) {
    /** A plain bar. */
    public Bar(String label, double share, double low, double high) {
      this(label, share, low, high, Tone.PLAIN);
    }
  }

  public String svg(ChartStyle style, String id) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    double top = 0;
    double bottom = 0;
    for (Bar b : bars) {
      // No "standard deviation": the renderer's whisker is symmetric, and an interval need not be.
      data.add(100 * b.share(), null, "", b.label());
      top = Math.max(top, 100 * Math.max(b.high(), b.share()));
      bottom = Math.min(bottom, 100 * Math.min(b.low(), b.share()));
    }
    CategoryAxis x = ChartStyle.categories(0.25);
    NumberAxis y = new NumberAxis(axisLabel);
    // Room past the longest whisker for its label, on the side it points to.
    double span = Math.max(top - bottom, 1e-3);
    double room = 0.2 * span;
    y.setRange(bottom < 0 || differences ? bottom - room : 0, top + room);
    StatisticalBarRenderer r = new StatisticalBarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return bars.get(column).tone().fill;
      }

      @Override
      public Paint getItemOutlinePaint(int row, int column) {
        return bars.get(column).tone().outline;
      }

      @Override
      public java.awt.Stroke getItemOutlineStroke(int row, int column) {
        return bars.get(column).tone().stroke();
      }

      /** The bar, then its interval from its low to its high end across it, with caps. */
      @Override
      public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D area, CategoryPlot plot,
          CategoryAxis domain, ValueAxis range, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, area, plot, domain, range, dataset, row, column, pass);
        Bar b = bars.get(column);
        double middle = domain.getCategoryMiddle(column, dataset.getColumnCount(), area, plot.getDomainAxisEdge());
        double low = range.valueToJava2D(100 * b.low(), area, plot.getRangeAxisEdge());
        double high = range.valueToJava2D(100 * b.high(), area, plot.getRangeAxisEdge());
        double cap = state.getBarWidth() / 4;
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.3f));
        g2.draw(new Line2D.Double(low, middle, high, middle));
        g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
        g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setMaximumBarWidth(0.12);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    DecimalFormat format = differences ? new DecimalFormat("+0.0;-0.0") : new DecimalFormat("0.0'%'");
    double pad = 0.015 * (span + 2 * room);
    for (Bar b : bars) {
      // Past the end the whisker points to: right of a rise (or a share), left of a fall.
      boolean left = differences && b.share() < 0;
      double end = 100 * (left ? Math.min(b.low(), b.share()) : Math.max(b.high(), b.share()));
      CategoryTextAnnotation label = new CategoryTextAnnotation(format.format(100 * b.share()), b.label(),
          left ? end - pad : end + pad);
      label.setCategoryAnchor(CategoryAnchor.MIDDLE);
      label.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
      label.setFont(style.size(9f));
      label.setPaint(Color.DARK_GRAY);
      plot.addAnnotation(label);
    }
    EnumSet<Tone> used = EnumSet.noneOf(Tone.class);
    bars.forEach(b -> used.add(b.tone()));
    LegendItemCollection items = new LegendItemCollection();
    for (Tone t : used) {
      String words = key.get(t);
      if (words != null) {
        items.add(new LegendItem(words, null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), t.fill, t.stroke(),
            t.outline));
      }
    }
    boolean keyed = items.getItemCount() > 0;
    plot.setFixedLegendItems(items);
    JFreeChart chart = new JFreeChart(null, style.font(), plot, keyed);
    if (keyed) {
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }
    return style.svg(chart, 640, 40 + 26 * bars.size() + (keyed ? 24 : 0), id);
  }
}
