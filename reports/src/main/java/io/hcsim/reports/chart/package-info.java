/**
 * The charts of the reports (JFreeChart drawn to SVG with text as outlines): bars, intervals,
 * bands along a sweep, heat maps and the signal over a loop, all in one style.
 */
package io.hcsim.reports.chart;
