package io.hcsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * Offers placed on their level's pay band, one strip per level: the band as a light bar from its
 * bottom to its top, the middle 80% of the offers (p10 to p90) as a dark box on it, the median as
 * a tick, and the candidate's ask as a dashed line across every strip. Shapes, not colours, tell
 * the parts apart, so it prints in grey.
 *
 * @param rows one per level with offers, lowest level first
 * @param ask the candidate's stated expectation, if any
 * @param askLabel the ask's label, e.g. "your ask 900,000"
 * @param money how an amount is written on the axis
 */
public record OfferStrip(List<Row> rows, OptionalLong ask, String askLabel, LongFunction<String> money, String title) {
  /** A level's band and its offers' quantiles. */
  public record Row(String label, long bandLow, long bandHigh, long p10, long median, long p90) {}

  private static final int WIDTH = 640;
  private static final int LEFT = 120;
  private static final int RIGHT = 24;
  private static final int ROW = 50;
  private static final int TOP = 30;

  public String svg(ChartStyle style, String id) {
    int height = TOP + ROW * rows.size() + 8;
    long lo = rows.stream().mapToLong(Row::bandLow).min().orElse(0);
    long hi = rows.stream().mapToLong(Row::bandHigh).max().orElse(1);
    if (ask.isPresent()) {
      lo = Math.min(lo, ask.getAsLong());
      hi = Math.max(hi, ask.getAsLong());
    }
    double pad = 0.04 * Math.max(hi - lo, 1);
    double from = lo - pad;
    double span = hi + pad - from;
    Font label = style.size(10f);
    Font small = style.size(8.5f);
    return style.svg(WIDTH, height, id, title, g -> {
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        double y = TOP + i * ROW + 14;
        double x0 = x(r.bandLow(), from, span);
        double x1 = x(r.bandHigh(), from, span);
        g.setPaint(new Color(0xe4e7ec));
        g.fill(new Rectangle2D.Double(x0, y - 4, x1 - x0, 8));
        g.setPaint(Color.GRAY);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x0, y - 4, x1 - x0, 8));
        double b0 = x(r.p10(), from, span);
        double b1 = Math.max(x(r.p90(), from, span), b0 + 2);
        g.setPaint(ChartStyle.SERIES[0]);
        g.fill(new Rectangle2D.Double(b0, y - 7, b1 - b0, 14));
        double m = x(r.median(), from, span);
        g.setPaint(Color.BLACK);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Line2D.Double(m, y - 10, m, y + 10));
        g.setPaint(new Color(0x1b1b1b));
        g.setFont(label);
        g.drawString(r.label(), 6, (float) y + 4);
        g.setFont(small);
        g.setPaint(new Color(0x555555));
        // The band's ends under it, inside it; a band too narrow for both has them outside its ends.
        String low = money.apply(r.bandLow());
        String high = money.apply(r.bandHigh());
        boolean inside = textWidth(g, low) + textWidth(g, high) + 8 <= x1 - x0;
        drawAtEnd(g, low, x0, y + 22, inside);
        drawAtEnd(g, high, x1, y + 22, !inside);
        // The median's figure above its tick, the band's ends below the band: they never meet.
        String med = money.apply(r.median());
        float w = textWidth(g, med);
        g.setPaint(Color.BLACK);
        g.drawString(med, (float) Math.min(Math.max(m - w / 2, LEFT), WIDTH - RIGHT - w), (float) y - 13);
      }
      ask.ifPresent(a -> {
        double x = x(a, from, span);
        g.setPaint(ChartStyle.MARK);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 3}, 0));
        g.draw(new Line2D.Double(x, TOP - 14, x, height - 4));
        g.setFont(small);
        float w = textWidth(g, askLabel);
        g.drawString(askLabel, (float) Math.min(Math.max(x - w / 2, LEFT), WIDTH - RIGHT - w), TOP - 18);
      });
    });
  }

  private static double x(long amount, double from, double span) {
    return LEFT + (WIDTH - LEFT - RIGHT) * (amount - from) / span;
  }

  private static float textWidth(Graphics2D g, String s) {
    return (float) g.getFontMetrics().getStringBounds(s, g).getWidth();
  }

  /** An amount under x: starting at x (rightwards) or ending at it (leftwards). */
  private static void drawAtEnd(Graphics2D g, String s, double x, double y, boolean start) {
    float w = textWidth(g, s);
    g.drawString(s, (float) (start ? x : x - w), (float) y);
  }
}
