package io.hcsim.reports.pay;

import io.hcsim.core.pay.OfferPackage;
import io.hcsim.core.pay.PayComparison;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.core.profile.ExpectationMeasure;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.simulation.odds.OfferPay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The typical offer as a package, in words: its parts, its years, how it compares with what the
 * candidate has, and the negotiation levers. The terminal and the odds report print the same lines.
 */
public final class PayLines {
  private final OfferPay pay;
  private final Messages m;
  private final String currency;

  public PayLines(OfferPay pay, Messages messages, String currency) {
    this.pay = pay;
    this.m = messages;
    this.currency = currency;
  }

  public String heading() {
    return m.get("pay.heading", pay.level());
  }

  /**
   * The parts, the years, the comparisons with the current package and competing offers, and the
   * chance of meeting an expectation stated as year-one cash.
   */
  public List<String> breakdown(CandidateProfile profile, OptionalDouble meetsExpectation) {
    List<String> out = new ArrayList<>(parts(pay.comparison().offer(), m, currency));
    PayComparison c = pay.comparison();
    c.current().ifPresent(a -> out.add(m.get("pay.current", money(a.yearOneCash()), gap(a.offerAboveYearOne()),
        money(a.fourYearTotal()), gap(a.offerAboveFourYears()))));
    for (int i = 0; i < c.competing().size(); i++) {
      PayComparison.Against a = c.competing().get(i);
      out.add(m.get("pay.competing", i + 1, money(a.yearOneCash()), gap(a.offerAboveYearOne()), money(a.fourYearTotal()),
          gap(a.offerAboveFourYears())));
    }
    if (c.forfeited() > 0) {
      out.add(m.get("pay.forfeit", money(c.forfeited()), c.signOnToBreakEven() > 0
          ? m.get("pay.breakEven", money(c.signOnToBreakEven())) : m.get("pay.alreadyAhead")));
    }
    // On the yearly total the odds already say it; on year-one cash they say it here.
    if (meetsExpectation.isPresent() && profile.compensationExpectation().isPresent()
        && profile.expectationMeasure() == ExpectationMeasure.YEAR_ONE_CASH) {
      out.add(m.get("pay.expectation", m.get("pay.measure.yearOneCash"), money(profile.compensationExpectation().getAsLong()),
          m.percent(meetsExpectation.getAsDouble())));
    }
    return out;
  }

  /** A package's parts and its years: two lines. */
  public static List<String> parts(OfferPackage o, Messages m, String currency) {
    return List.of(
        m.get("pay.parts", m.money(o.base(), currency), m.money(o.monthlySalary(), currency), o.structure().baseMonths(),
            m.money(o.bonus(), currency), number(o.structure().bonusMonths()), m.money(o.stockPerYear(), currency),
            m.money(o.grant(), currency),
            o.structure().vesting().stream().map(v -> v + "%").collect(Collectors.joining("/")), o.structure().years(),
            o.structure().cliffMonths()),
        m.get("pay.years", m.money(o.yearOneCash(), currency), m.money(o.firstYearVest(), currency),
            m.money(o.year(0), currency), m.money(o.fourYearTotal(), currency)));
  }

  /** The negotiation levers in a candidate's words, ending with the recruiter's vocabulary. */
  public List<String> levers() {
    OfferPackage o = pay.comparison().offer();
    PayComparison c = pay.comparison();
    List<String> out = new ArrayList<>();
    out.add(m.get("pay.lever.place", m.percent(pay.placeInBand()), pay.level(), money(pay.band().low()),
        money(pay.band().high()), money(pay.roomToTop())));
    out.add(c.bestCompeting().map(a -> m.get("pay.lever.competing",
            money(Math.round(a.fourYearTotal() / (double) OfferPackage.HORIZON_YEARS)), money(a.yearOneCash())))
        .orElse(m.get("pay.lever.noCompeting")));
    if (c.forfeited() > 0) {
      out.add(m.get("pay.lever.signOn", money(c.forfeited())));
    }
    if (o.grant() > 0) {
      out.add(m.get("pay.lever.stock", money(o.grant()), o.structure().years(), money(o.firstYearVest())));
    }
    out.add(m.get("pay.lever.words"));
    return out;
  }

  private String money(long amount) {
    return m.money(amount, currency);
  }

  private String gap(long offerAbove) {
    return offerAbove == 0 ? m.get("pay.same")
        : offerAbove > 0 ? m.get("pay.aboveBy", money(offerAbove)) : m.get("pay.belowBy", money(-offerAbove));
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
