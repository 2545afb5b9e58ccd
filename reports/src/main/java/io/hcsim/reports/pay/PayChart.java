package io.hcsim.reports.pay;

import io.hcsim.core.pay.OfferPackage;
import io.hcsim.reports.chart.StackedBarChart;
import io.hcsim.reports.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** A package's four years as stacked bars: base, bonus and the stock vesting in each year. */
public final class PayChart {
  private PayChart() {}

  public static StackedBarChart of(OfferPackage o, Messages m) {
    List<StackedBarChart.Column> years = new ArrayList<>();
    for (int y = 0; y < OfferPackage.HORIZON_YEARS; y++) {
      long vest = o.year(y) - o.yearOneCash();
      years.add(new StackedBarChart.Column(m.get("pay.year", y + 1), List.of(o.base(), o.bonus(), vest)));
    }
    return new StackedBarChart(List.of(m.get("pay.base"), m.get("pay.bonus"), m.get("pay.stock")), years,
        m.get("pay.axis"));
  }
}
