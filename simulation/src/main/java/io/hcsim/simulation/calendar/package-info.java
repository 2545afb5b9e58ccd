/**
 * A loop's calendar: the days between rounds drawn per run and round, and the days from the first
 * round to a decision, counted in integer bins so that merging threads changes nothing.
 */
package io.hcsim.simulation.calendar;
