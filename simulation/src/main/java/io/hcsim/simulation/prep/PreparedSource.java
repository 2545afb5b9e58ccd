package io.hcsim.simulation.prep;

import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.CandidateSource;

/**
 * The candidate after a plan: whoever {@code before} gives in a run, raised by the plan with this
 * run's response multipliers. The multipliers are drawn from sites named by activity, so every
 * plan compared on one seed meets the same candidate who responds the same way to the same
 * activity. A plan with no hours leaves the candidate exactly as {@code before} gives them.
 */
public final class PreparedSource implements CandidateSource {
  private final CandidateSource before;
  private final Preparation preparation;
  private final Preparation.Response response;
  private final ThreadLocal<double[][]> scratch;

  public PreparedSource(CandidateSource before, Preparation preparation, double candidateResponse, int competencies,
      io.hcsim.core.prep.Limits limits) {
    this.before = before;
    this.preparation = preparation;
    this.response = new Preparation.Response(preparation.activities(), limits, candidateResponse);
    this.scratch = ThreadLocal.withInitial(() -> new double[][] {new double[response.size()], new double[competencies]});
  }

  public Preparation preparation() {
    return preparation;
  }

  @Override
  public void fill(long run, long runKey, Candidate into) {
    before.fill(run, runKey, into);
    if (preparation.isEmpty()) {
      return;
    }
    double[][] s = scratch.get();
    response.draw(runKey, s[0]);
    preparation.apply(into, s[0], s[1]);
  }
}
