package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** One swept parameter and its values, in the order given: {@code PARAM=V1,V2,...}. */
public record Sweep(SweepParameter parameter, ImmutableList<String> values) {
  /** Reads {@code PARAM=V1,V2,...}; {@code interviews} bounds a rounds sweep. */
  public static Sweep parse(String text, int interviews) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new StudyInputException("--sweep: '" + text + "' has no '='; expected PARAM=V1,V2,... such as rounds=1,2,3 ("
          + String.join(", ", SweepParameter.ids()) + ")");
    }
    SweepParameter p = SweepParameter.parse(text.substring(0, eq));
    List<String> values = new ArrayList<>();
    for (String v : text.substring(eq + 1).split(",", -1)) {
      if (v.isBlank()) {
        throw new StudyInputException("--sweep " + p.id() + ": an empty value in '" + text + "'; expected values separated by commas");
      }
      values.add(p.check(v, interviews));
    }
    if (new LinkedHashSet<>(values).size() != values.size()) {
      throw new StudyInputException("--sweep " + p.id() + ": a value is given twice in '" + text + "' (values are compared as"
          + " numbers: 1 and 1.0 are one value); expected each value once");
    }
    if (values.size() < 2) {
      throw new StudyInputException("--sweep " + p.id() + ": one value (" + values.get(0) + "); a sweep compares at least two, such as "
          + p.id() + "=" + example(p));
    }
    return new Sweep(p, ImmutableList.copyOf(values));
  }

  private static String example(SweepParameter p) {
    return switch (p) {
      case ROUNDS -> "1,2,3";
      case RATER_NOISE -> "0.5,1";
      case CONFIDENCE -> "0.6,0.7,0.8";
      default -> String.join(",", p.choices());
    };
  }
}
