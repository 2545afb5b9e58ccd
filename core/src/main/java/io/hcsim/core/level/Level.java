package io.hcsim.core.level;

/**
 * A job level such as P7: its bar on the overall proficiency scale (1-5) and its compensation
 * band. {@code rank} orders levels (P6 &lt; P7 &lt; P8).
 */
public record Level(String id, int rank, double bar, Band band) {}
