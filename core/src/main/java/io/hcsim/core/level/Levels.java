package io.hcsim.core.level;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.pay.PayStructure;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The levels of a catalogue in ascending order, with the currency their bands are in. */
public final class Levels {
  private final ImmutableList<Level> ascending;
  private final String currency;
  private final ImmutableMap<String, PayStructure> pay;

  public Levels(List<Level> levels, String currency) {
    this(levels, currency, Map.of());
  }

  /** Levels with the structure of their pay, by level id (a level without one shows no package). */
  public Levels(List<Level> levels, String currency, Map<String, PayStructure> pay) {
    this.ascending =
        levels.stream().sorted(Comparator.comparingInt(Level::rank)).collect(ImmutableList.toImmutableList());
    checkArgument(!ascending.isEmpty(), "at least one level");
    for (int i = 1; i < ascending.size(); i++) {
      checkArgument(ascending.get(i).bar() > ascending.get(i - 1).bar(), "bars must rise with level");
    }
    this.currency = currency;
    this.pay = ImmutableMap.copyOf(pay);
  }

  /** How the level's total is made up, when the catalogue says. */
  public Optional<PayStructure> pay(Level level) {
    return Optional.ofNullable(pay.get(level.id()));
  }

  /** The top of the highest band: no yearly pay the catalogue knows is larger. */
  public long highestBandTop() {
    return ascending.stream().mapToLong(l -> l.band().high()).max().orElseThrow();
  }

  public ImmutableList<Level> ascending() {
    return ascending;
  }

  public String currency() {
    return currency;
  }

  public Optional<Level> byId(String id) {
    return ascending.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public int indexOf(Level level) {
    int i = ascending.indexOf(level);
    checkArgument(i >= 0, "not a level of this catalogue: %s", level);
    return i;
  }

  public ImmutableList<String> ids() {
    return ascending.stream().map(Level::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * The levels a committee may offer for a target: from {@code below} levels under it to
   * {@code above} levels over it, clipped to the levels that exist.
   */
  public ImmutableList<Level> window(Level target, int below, int above) {
    int t = indexOf(target);
    return ascending.subList(Math.max(0, t - below), Math.min(ascending.size(), t + above + 1));
  }

  /** The bar of the level above, or the same step again above the top level. */
  public double nextBar(Level level) {
    int i = indexOf(level);
    if (i + 1 < ascending.size()) {
      return ascending.get(i + 1).bar();
    }
    double step = i > 0 ? level.bar() - ascending.get(i - 1).bar() : 0.5;
    return level.bar() + step;
  }

  /**
   * The level a file names at {@code path} ("p7" reads as P7), recording a problem when it is
   * missing or unknown (with the closest id); null then.
   */
  public Level check(String given, String path, io.hcsim.core.files.Problems problems) {
    if (!problems.require(given, path, "one of " + String.join(", ", ids()))) {
      return null;
    }
    // "p7" is read as P7, as the command line's --target-level is.
    Optional<Level> level = byId(given.strip().toUpperCase(java.util.Locale.ROOT));
    if (level.isEmpty()) {
      problems.add(path, io.hcsim.core.files.Suggestions.unknown("level", given, ids()));
    }
    return level.orElse(null);
  }
}
