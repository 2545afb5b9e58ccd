package io.hcsim.core.pay;

/**
 * A competing offer as a package: yearly base and bonus, and a stock grant over four years.
 */
public record CompetingPackage(long base, long bonus, long stock) {
  public long yearOneCash() {
    return base + bonus;
  }

  /** The yearly total a band is written in: cash and the grant spread over four years. */
  public long yearlyTotal() {
    return yearOneCash() + Math.round(stock / (double) OfferPackage.HORIZON_YEARS);
  }

  public long fourYearTotal() {
    return OfferPackage.HORIZON_YEARS * yearOneCash() + stock;
  }
}
