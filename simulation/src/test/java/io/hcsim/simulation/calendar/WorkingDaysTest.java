package io.hcsim.simulation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static final WorkingDays CN = WorkingDays.china();

  @Test
  void publicHolidaysAndWeekendsAreOffAndMakeUpDaysAreWorked() {
    assertThat(CN.working(LocalDate.of(2026, 1, 1))).as("New Year's Day").isFalse();
    assertThat(CN.working(LocalDate.of(2026, 1, 4))).as("a Sunday worked for the New Year holiday").isTrue();
    assertThat(CN.working(LocalDate.of(2026, 2, 18))).as("Spring Festival, a Wednesday").isFalse();
    assertThat(CN.working(LocalDate.of(2026, 2, 14))).as("a Saturday worked before the Spring Festival").isTrue();
    assertThat(CN.working(LocalDate.of(2026, 10, 7))).as("National Day week").isFalse();
    assertThat(CN.working(LocalDate.of(2026, 10, 8))).as("the Thursday after it").isTrue();
    assertThat(CN.working(LocalDate.of(2025, 10, 8))).as("2025's longer National Day and Mid-Autumn holiday").isFalse();
    assertThat(CN.working(LocalDate.of(2026, 12, 5))).as("a Saturday").isFalse();
    assertThat(CN.working(LocalDate.of(2026, 12, 7))).as("a Monday").isTrue();
    assertThat(CN.working(LocalDate.of(2027, 2, 8))).as("2027's statutory Spring Festival days").isFalse();
    assertThat(CN.working(LocalDate.of(2031, 3, 3))).as("beyond the table: a Monday").isTrue();
  }

  @Test
  void theNextWorkingDaySkipsAHolidayAndTheWeekendAfterIt() {
    assertThat(CN.onOrAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(CN.onOrAfter(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(CN.onOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
      LocalDate next = CN.onOrAfter(d);
      assertThat(CN.working(next)).isTrue();
      assertThat(next).isAfterOrEqualTo(d).isBefore(d.plusDays(11));
    }
  }
}
