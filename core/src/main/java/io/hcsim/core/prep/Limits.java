package io.hcsim.core.prep;

/**
 * How preparation adds up, from the catalogue.
 *
 * @param ceiling the most all activities together raise one competency, in proficiency units
 * @param responseSd SD of the log-normal (mean 1) multiplier each candidate draws per activity
 * @param consistencyMax the consistency mock loops raise a candidate towards, and never past
 */
public record Limits(double ceiling, double responseSd, double consistencyMax) {}
