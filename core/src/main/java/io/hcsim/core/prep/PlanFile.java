package io.hcsim.core.prep;

import java.util.Map;

/** A plan file as written (YAML or JSON); see {@link PlanReader}. */
public record PlanFile(String name, Map<String, Double> hours, Integer weeks, Double hoursPerWeek) {}
