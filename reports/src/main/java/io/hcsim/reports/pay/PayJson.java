package io.hcsim.reports.pay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.pay.OfferPackage;
import io.hcsim.core.pay.PayComparison;

/** An offer's package and its comparison as JSON: amounts in the catalogue's currency, per year. */
public final class PayJson {
  private PayJson() {}

  /** Writes the package's parts into {@code into}: base, bonus, stock, year one and four years. */
  public static void write(OfferPackage o, ObjectNode into) {
    into.put("total", o.total()).put("base", o.base()).put("monthlySalary", o.monthlySalary())
        .put("baseMonths", o.structure().baseMonths()).put("bonus", o.bonus())
        .put("bonusMonths", o.structure().bonusMonths()).put("stockPerYear", o.stockPerYear())
        .put("stockGrant", o.grant()).put("cliffMonths", o.structure().cliffMonths());
    ArrayNode vests = into.putArray("vests");
    o.vests().forEach(vests::add);
    into.put("yearOneCash", o.yearOneCash()).put("firstYearVest", o.firstYearVest())
        .put("fourYearTotal", o.fourYearTotal()).put("assumed", o.structure().assumed());
  }

  /** The comparison with the current package and competing offers, when the profile gives any. */
  public static void writeComparison(PayComparison c, ObjectNode into) {
    c.current().ifPresent(a -> against(a, into.putObject("current")));
    if (!c.competing().isEmpty()) {
      ArrayNode competing = into.putArray("competing");
      c.competing().forEach(a -> against(a, competing.addObject()));
    }
    if (c.current().isPresent()) {
      into.put("forfeitedStock", c.forfeited()).put("signOnToBreakEven", c.signOnToBreakEven());
    }
  }

  private static void against(PayComparison.Against a, ObjectNode n) {
    n.put("yearOneCash", a.yearOneCash()).put("fourYearTotal", a.fourYearTotal())
        .put("offerAboveYearOne", a.offerAboveYearOne()).put("offerAboveFourYears", a.offerAboveFourYears());
  }
}
