package io.hcsim.core.pay;

import com.google.common.collect.ImmutableList;

/**
 * A yearly total as the package a recruiter would write it: base salary, target bonus and a
 * stock grant vesting year by year. {@code base + bonus + stockPerYear == total}.
 *
 * @param stockPerYear the grant's value a year over its vesting (grant / years)
 * @param vests the grant's value vesting in each year, adding to {@code grant}
 * @param structure the level's structure it was split by
 */
public record OfferPackage(
    long total, long base, long bonus, long stockPerYear, long grant, ImmutableList<Long> vests,
    PayStructure structure) {
  /** The comparisons' horizon: the source's four years of vesting. */
  public static final int HORIZON_YEARS = 4;

  /** The monthly salary the base is paid as. */
  public long monthlySalary() {
    return Math.round(base / (double) structure.baseMonths());
  }

  /** Base and target bonus: the cash of a year. */
  public long yearOneCash() {
    return base + bonus;
  }

  public long firstYearVest() {
    return vests.get(0);
  }

  /** What year {@code y} (0 = the first) pays: its cash and the stock that vests in it. */
  public long year(int y) {
    return yearOneCash() + (y < vests.size() ? vests.get(y) : 0);
  }

  /** Four years of cash at target and the stock that vests in them. */
  public long fourYearTotal() {
    long sum = 0;
    for (int y = 0; y < HORIZON_YEARS; y++) {
      sum += year(y);
    }
    return sum;
  }
}
