package io.hcsim.cli.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one request may ask for: each cap keeps a request to a few seconds on a laptop, so that
 * no page (nor anything else that reaches the port) can keep the machine busy. A request over a
 * cap is refused with a message naming the cap; the command line has none of these limits.
 */
final class Caps {
  /** A profile file is a few hundred bytes; the strict reader refuses far smaller files than this anyway. */
  static final int MAX_BODY_BYTES = 256 * 1024;
  static final long MIN_RUNS = 1_000;
  /** The page's default: a P(offer) to about half a point, in tens of milliseconds. */
  static final long DEFAULT_RUNS = 20_000;
  static final long MAX_SIMULATE_RUNS = 200_000;
  /** compare and optimize play every plan on these runs. */
  static final long MAX_PREP_RUNS = 50_000;
  static final long DEFAULT_SEARCH_RUNS = 5_000;
  static final long MAX_SEARCH_RUNS = 20_000;
  static final double DEFAULT_HOURS = 60;
  static final double MAX_OPTIMIZE_HOURS = 300;
  static final double DEFAULT_STEP = 5;
  /** optimize tries every activity at every step: at most this many steps. */
  static final int MAX_STEPS = 24;
  static final long MAX_DEBRIEF_RUN = 1_000_000;
  static final long DEFAULT_STUDY_CANDIDATES = 10_000;
  static final long MAX_STUDY_CANDIDATES = 50_000;
  static final int MAX_SWEEP_POINTS = 8;

  private Caps() {}

  /** The caps, for the page (it sets its controls' ranges from them) and the docs. */
  static ObjectNode describe() {
    ObjectNode n = Ask.JSON.createObjectNode();
    n.put("bodyBytes", MAX_BODY_BYTES);
    n.put("simulateRuns", MAX_SIMULATE_RUNS);
    n.put("prepRuns", MAX_PREP_RUNS);
    n.put("searchRuns", MAX_SEARCH_RUNS);
    n.put("optimizeHours", MAX_OPTIMIZE_HOURS);
    n.put("optimizeSteps", MAX_STEPS);
    n.put("studyCandidates", MAX_STUDY_CANDIDATES);
    n.put("sweepPoints", MAX_SWEEP_POINTS);
    return n;
  }
}
