/**
 * What {@code hcsim simulate} prints and writes: the text a candidate reads first, the JSON with
 * stable keys, and the odds report (HTML or PDF).
 */
package io.hcsim.reports.simulate;
