package io.hcsim.core.pay;

/**
 * What the candidate is paid now: yearly base and bonus, and the stock still to vest, which
 * leaving forfeits.
 */
public record HeldPackage(long base, long bonus, long unvestedStock) {
  public long yearOneCash() {
    return base + bonus;
  }

  /**
   * Four more years of staying: the cash and the unvested stock (no new grant is assumed: hcsim
   * does not know the employer's refresh grants).
   */
  public long fourYearTotal() {
    return OfferPackage.HORIZON_YEARS * yearOneCash() + unvestedStock;
  }
}
