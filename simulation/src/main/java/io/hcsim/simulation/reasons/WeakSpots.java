package io.hcsim.simulation.reasons;

import com.google.common.collect.ImmutableList;
import io.hcsim.simulation.estimate.Summary.Share;
import io.hcsim.simulation.estimate.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A coach's "real weak spots": how much more often the committee's notes cite a competency for
 * this candidate than for a candidate with the same overall proficiency and an even profile, run
 * on the same draws. What the notes cite for anyone (the competencies the deciding rounds weigh
 * most) cancels out; what remains is this candidate's own shape.
 *
 * @param share share of this candidate's loops without an offer that cite the competency
 * @param evenShare the same share for the even profile
 */
public record WeakSpots(ImmutableList<Spot> spots) {
  /** One competency's citations, the candidate's and the even profile's. */
  public record Spot(String competency, double share, double evenShare) {
    /** Percentage points more often cited than for the even profile. */
    public double excess() {
      return share - evenShare;
    }

    /** How many times as often it is cited as for the even profile (infinite if never for it). */
    public double ratio() {
      return evenShare > 0 ? share / evenShare : share > 0 ? Double.POSITIVE_INFINITY : 1;
    }

    /**
     * Cited clearly more often: by at least 5 points, or half again as often and by at least 2
     * points. Points alone would miss a competency few loops are judged on (communication cited
     * in 8% of the candidate's loops against 4% is a real weak spot); a ratio alone would miss one
     * almost every loop cites (domain judgment in 79% against 60%).
     */
    public boolean real() {
      return excess() >= REAL_POINTS || ratio() >= REAL_RATIO && excess() >= REAL_MIN_POINTS;
    }
  }

  static final double REAL_POINTS = 0.05;
  static final double REAL_RATIO = 1.5;
  static final double REAL_MIN_POINTS = 0.02;

  /** Compares the candidate's citations with the even profile's; most excess first. */
  public static WeakSpots of(Summary candidate, Summary even) {
    List<String> ids = new ArrayList<>();
    candidate.concerns().forEach(s -> ids.add(s.id()));
    even.concerns().stream().map(Share::id).filter(id -> !ids.contains(id)).forEach(ids::add);
    List<Spot> spots = new ArrayList<>();
    for (String id : ids) {
      spots.add(new Spot(id, share(candidate, id), share(even, id)));
    }
    spots.sort(Comparator.comparingDouble(Spot::excess).reversed().thenComparing(Spot::competency));
    return new WeakSpots(ImmutableList.copyOf(spots));
  }

  private static double share(Summary s, String id) {
    return s.concerns().stream().filter(c -> c.id().equals(id)).mapToDouble(Share::share).findFirst().orElse(0);
  }

  /** The real weak spots ({@link Spot#real}), the most disproportionately cited first. */
  public ImmutableList<Spot> real() {
    return spots.stream().filter(Spot::real)
        .sorted(Comparator.comparingDouble(Spot::ratio).reversed().thenComparing(Spot::competency))
        .collect(ImmutableList.toImmutableList());
  }
}
