package io.hcsim.simulation.study;

import io.hcsim.core.committee.DecisionRule;
import io.hcsim.core.files.Suggestions;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a study can vary in a loop, and the values each takes. */
public enum SweepParameter {
  /** The first k interviews of the loop, the deciding round kept. */
  ROUNDS("rounds"),
  RULE("rule"),
  /** Whether interviewers read the earlier feedback (independent, open). */
  VISIBILITY("visibility"),
  /** A factor on every persona's rater noise: what calibration training buys. */
  RATER_NOISE("rater-noise"),
  /** The committee's confidence threshold. */
  CONFIDENCE("confidence"),
  /** Whether rounds may end the loop early: the gates and the owner's reading between rounds (on, off). */
  GATES("gates"),
  /** A bar raiser as the last interview (on), or none (off). */
  BAR_RAISER("bar-raiser");

  private final String id;

  SweepParameter(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(SweepParameter::id).toList();
  }

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  public static SweepParameter parse(String id) {
    for (SweepParameter p : values()) {
      if (p.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new StudyInputException("--sweep: " + Suggestions.unknown("parameter", id, ids()));
  }

  /** The values this parameter takes by name, or empty for a numeric one. */
  public List<String> choices() {
    return switch (this) {
      case RULE -> Arrays.stream(DecisionRule.values()).map(DecisionRule::id).toList();
      case VISIBILITY -> List.of("independent", "open");
      case GATES, BAR_RAISER -> List.of("on", "off");
      case ROUNDS, RATER_NOISE, CONFIDENCE -> List.of();
    };
  }

  /** A value as the study uses it (a choice in lower case, a number as written), or a one-line refusal. */
  public String check(String value, int interviews) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (!choices().isEmpty()) {
      if (!choices().contains(v)) {
        throw new StudyInputException("--sweep " + id + ": " + Suggestions.unknown("value", value, choices()));
      }
      return v;
    }
    // Plain decimals only: Java's own literals (0x1p0, 1d, 2f, 1e0) are not numbers a user writes.
    if (!DECIMAL.matcher(v).matches()) {
      throw new StudyInputException("--sweep " + id + ": '" + value + "' is not a decimal number; expected " + range(interviews));
    }
    double x = Double.parseDouble(v);
    boolean ok = switch (this) {
      case ROUNDS -> x == Math.rint(x) && x >= 1 && x <= interviews;
      case RATER_NOISE -> x >= 0 && x <= 3;
      case CONFIDENCE -> x >= 0.5 && x <= 0.99;
      default -> false;
    };
    if (!ok || !Double.isFinite(x)) {
      throw new StudyInputException("--sweep " + id + ": " + value + " is out of range; expected " + range(interviews));
    }
    // One spelling per value (.70 and 0.7, 1.0 and 1), so that a value is not run twice under two labels.
    return this == ROUNDS ? Integer.toString((int) x) : new BigDecimal(v).stripTrailingZeros().toPlainString();
  }

  private String range(int interviews) {
    return switch (this) {
      case ROUNDS -> "a whole number of interviews from 1 to " + interviews + " (the loop's interviews at this level)";
      case RATER_NOISE -> "a factor on the rater noise from 0 to 3 (1 = as the loop is)";
      case CONFIDENCE -> "a confidence from 0.5 to 0.99";
      default -> String.join(", ", choices());
    };
  }
}
