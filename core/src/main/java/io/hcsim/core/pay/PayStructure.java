package io.hcsim.core.pay;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * How a level's yearly total is made up: base salary as months of monthly salary, a target bonus
 * in months of the same salary, and a share of the total paid as stock, granted once and vested
 * over the years of {@code vesting} (percent a year, adding to 100), the first vest after {@code
 * cliffMonths}.
 *
 * @param assumed whether these figures are hcsim's assumption rather than a source's
 */
public record PayStructure(
    int baseMonths, double bonusMonths, double stockShare, ImmutableList<Integer> vesting, int cliffMonths,
    boolean assumed) {
  public PayStructure {
    checkArgument(baseMonths > 0 && bonusMonths >= 0, "months must be positive: %s, %s", (Object) baseMonths, bonusMonths);
    checkArgument(stockShare >= 0 && stockShare < 1, "stock share must be in [0, 1): %s", stockShare);
    checkArgument(!vesting.isEmpty() && vesting.stream().mapToInt(Integer::intValue).sum() == 100
        && vesting.stream().allMatch(v -> v >= 0), "vesting must add to 100 percent: %s", vesting);
  }

  /** The years the grant vests over. */
  public int years() {
    return vesting.size();
  }

  /**
   * The package of a placed yearly total: the stock's yearly value is the stock share of it, the
   * rest is cash split between base and bonus by their months; the bonus takes what rounding
   * leaves, so base + bonus + the stock's yearly value is exactly {@code total}.
   */
  public OfferPackage split(long total) {
    checkArgument(total >= 0, "a total of at least 0: %s", total);
    long stockPerYear = Math.round(total * stockShare);
    long cash = total - stockPerYear;
    long base = Math.round(cash * baseMonths / (baseMonths + bonusMonths));
    long grant = stockPerYear * years();
    ImmutableList.Builder<Long> vests = ImmutableList.builder();
    long vested = 0;
    for (int y = 0; y < years(); y++) {
      // The last year takes what the percentages' rounding leaves: the vests add to the grant.
      long v = y == years() - 1 ? grant - vested : Math.round(grant * vesting.get(y) / 100.0);
      vests.add(v);
      vested += v;
    }
    return new OfferPackage(total, base, cash - base, stockPerYear, grant, vests.build(), this);
  }

  /**
   * The smallest yearly total whose cash (base and bonus) is at least {@code cash}: what a
   * year-one-cash expectation means as a total at this level.
   */
  public long totalForCash(long cash) {
    long t = Math.max(0, (long) Math.floor(cash / (1 - stockShare)) - 2);
    // Cash never falls as the total rises (the stock's rounding moves by at most 1 a step).
    while (split(t).yearOneCash() < cash) {
      t++;
    }
    return t;
  }
}
