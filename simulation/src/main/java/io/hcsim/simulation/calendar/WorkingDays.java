package io.hcsim.simulation.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Which days a hiring team in mainland China interviews on: Monday to Friday, except public
 * holidays, plus the weekend days worked in their place (调休), from the table
 * {@code hcsim/calendar/holidays-cn.txt} (its source and the years it covers: docs/model.md).
 * Outside the table's years only weekends are off.
 */
public final class WorkingDays {
  private static final String TABLE = "hcsim/calendar/holidays-cn.txt";
  private static final WorkingDays CHINA = load();

  private final Set<LocalDate> off;
  private final Set<LocalDate> worked;

  private WorkingDays(Set<LocalDate> off, Set<LocalDate> worked) {
    this.off = Set.copyOf(off);
    this.worked = Set.copyOf(worked);
  }

  /** Mainland China's working days. */
  public static WorkingDays china() {
    return CHINA;
  }

  public boolean working(LocalDate date) {
    if (worked.contains(date)) {
      return true;
    }
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !off.contains(date);
  }

  /** {@code date} if it is a working day, else the first working day after it. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!working(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static WorkingDays load() {
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> worked = new HashSet<>();
    try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+");
        LocalDate date = LocalDate.parse(parts[0]);
        switch (parts[1]) {
          case "off" -> off.add(date);
          case "work" -> worked.add(date);
          default -> throw new IllegalStateException(TABLE + ": '" + t + "': expected a date and off or work");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkingDays(off, worked);
  }
}
