package io.hcsim.core.prep;

import static io.hcsim.core.files.Problems.fmt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.files.Document;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Loaded;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.ValidatingReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads and validates a preparation plan file: a name, hours per activity of the catalogue, and
 * optionally the weeks and the hours a week it must fit in. Every problem names its key path.
 */
public final class PlanReader extends ValidatingReader<PlanFile, Plan> {
  static final String WHAT = "a preparation plan (keys: name, hours, weeks, hoursPerWeek)";
  /** The largest budget hcsim plans: half a year of full-time preparation. */
  public static final double MAX_HOURS = 1000;
  static final int MAX_WEEKS = 52;
  static final double MAX_HOURS_PER_WEEK = 100;

  private final Map<String, Activity> activities;

  public PlanReader(Map<String, Activity> activities) {
    super(PlanFile.class, WHAT);
    this.activities = activities;
  }

  @Override
  protected Loaded<Plan> validate(Document<PlanFile> document) throws InvalidInputException {
    PlanFile f = document.value();
    Problems p = document.problems();
    p.name(f.name(), "name", "a name for the plan, such as my-plan");
    Map<String, Double> hours = new LinkedHashMap<>();
    if (p.require(f.hours(), "hours", "hours per activity, such as {regulation_landscape: 10}")) {
      f.hours().forEach((activity, h) -> {
        String path = "hours." + activity;
        if (p.known(activity, path, "activity", activities.keySet())
            && p.require(h, path, "hours from 0 to " + fmt(MAX_HOURS)) && p.range(h, path, 0, MAX_HOURS)) {
          hours.put(activity, h);
        }
      });
    }
    double total = hours.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total > MAX_HOURS) {
      p.add("hours", fmt(total) + " hours in all; expected at most " + fmt(MAX_HOURS));
    }
    if (f.weeks() != null && (f.weeks() < 1 || f.weeks() > MAX_WEEKS)) {
      p.add("weeks", f.weeks() + " is out of range; expected 1 to " + MAX_WEEKS);
    }
    boolean perWeek = f.hoursPerWeek() == null || p.range(f.hoursPerWeek(), "hoursPerWeek", 0.5, MAX_HOURS_PER_WEEK);
    if (p.isEmpty() && f.weeks() != null && f.hoursPerWeek() != null && perWeek
        && total > f.weeks() * f.hoursPerWeek() + 1e-9) {
      p.add("hours", fmt(total) + " hours in all do not fit in " + f.weeks() + " weeks of " + fmt(f.hoursPerWeek())
          + "; expected at most " + fmt(f.weeks() * f.hoursPerWeek()) + ", or more weeks or hoursPerWeek");
    }
    p.throwIfAny();
    Plan plan = new Plan(f.name().strip(), ImmutableMap.copyOf(hours),
        f.weeks() == null ? OptionalInt.empty() : OptionalInt.of(f.weeks()),
        f.hoursPerWeek() == null ? OptionalDouble.empty() : OptionalDouble.of(f.hoursPerWeek()));
    return new Loaded<>(plan, ImmutableList.of());
  }
}
