/**
 * What {@code hcsim study} prints and writes: the metrics table, the plain reading for a
 * recruiting lead, the JSON and the document with a chart per metric and the heat maps of a grid.
 */
package io.hcsim.reports.study;
