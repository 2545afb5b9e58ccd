package io.hcsim.core.files;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the problems of one file's contents, so a user sees all of them at once, each with
 * its key path and, when the path is in the file, its line and column.
 */
public final class Problems {
  private final String file;
  private final Map<String, String> places;
  private final List<InputProblem> found = new ArrayList<>();

  public Problems(String file) {
    this(file, Map.of());
  }

  /** {@code places} maps a key path to where it starts in the file, as {@link Document} has it. */
  public Problems(String file, Map<String, String> places) {
    this.file = file;
    this.places = places;
  }

  public String file() {
    return file;
  }

  public void add(String path, String message) {
    String place = places.get(path);
    found.add(place == null
        ? new InputProblem(file, path, message)
        : new InputProblem(file, place, path + ": " + message));
  }

  public int count() {
    return found.size();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Records a problem if the value is missing; returns whether it is present. */
  public boolean require(Object value, String path, String expected) {
    if (value == null) {
      add(path, "missing; expected " + expected);
      return false;
    }
    return true;
  }

  /**
   * Records a problem if a name or an id is missing, blank (a blank row in a listing) or holds a
   * control character (it is shown on one line of a terminal); returns whether it is fine.
   */
  public boolean name(String value, String path, String expected) {
    if (!require(value, path, expected)) {
      return false;
    }
    if (value.isBlank()) {
      add(path, "empty; expected " + expected);
      return false;
    }
    if (!Printable.hasVisible(value)) {
      add(path, "has no visible character (only spaces or invisible marks such as U+200B); expected " + expected);
      return false;
    }
    int control = Printable.firstControl(value);
    if (control >= 0) {
      add(path, String.format(Locale.ROOT, "'%s' holds the control character U+%04X; expected %s in printable text",
          Printable.escape(value), (int) value.charAt(control), expected));
      return false;
    }
    return true;
  }

  /** Records a problem unless {@code min <= value <= max} and finite; returns whether fine. */
  public boolean range(Double value, String path, double min, double max) {
    if (value == null) {
      return false;
    }
    if (Double.isInfinite(value)) {
      // 1e309 is read as infinity: what the user wrote is a number too large for any computer's.
      add(path, "the number is too large (" + (value > 0 ? "over" : "below minus") + " 1.8e308, the largest a"
          + " computer holds); expected a number " + fmtRange(min, max));
      return false;
    }
    if (!Double.isFinite(value)) {
      add(path, value + " is not a finite number; expected a number " + fmtRange(min, max));
      return false;
    }
    if (value < min || value > max) {
      add(path, fmt(value) + " is out of range; expected " + fmt(min) + " to " + fmt(max));
      return false;
    }
    return true;
  }

  /** Records a problem unless the id is one of the valid ones; returns whether it is. */
  public boolean known(String id, String path, String what, Collection<String> valid) {
    if (id == null) {
      return false;
    }
    if (!valid.contains(id)) {
      add(path, Suggestions.unknown(what, id, valid));
      return false;
    }
    return true;
  }

  public void throwIfAny() throws InvalidInputException {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /** "from 0 to 1", for messages. */
  public static String fmtRange(double min, double max) {
    return "from " + fmt(min) + " to " + fmt(max);
  }

  public static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.valueOf(v);
  }
}
