package io.hcsim.simulation.run;

import io.hcsim.core.competency.Competencies;
import io.hcsim.core.level.Level;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;

/**
 * Candidates drawn from the applicant pool, one per run: each competency normal around the
 * target bar plus the pool's offset, with the pool's SD and pairwise correlation (one shared
 * factor: a_c = mu + sd (sqrt(rho) z + sqrt(1 - rho) z_c)), clipped to the 1-5 scale. Draws are
 * addressed by run, so two loops compared on one seed see the same candidates.
 */
public final class PoolSource implements CandidateSource {
  private final double mean;
  private final double sd;
  private final double shared;
  private final double own;
  private final double consistency;
  private final long sharedSite;
  private final long[] competencySites;

  public PoolSource(ApplicantPool pool, Level target, Competencies competencies) {
    this.mean = pool.mean(target);
    this.sd = pool.sd();
    this.shared = Math.sqrt(pool.correlation());
    this.own = Math.sqrt(1 - pool.correlation());
    this.consistency = pool.consistency();
    this.sharedSite = DrawSite.CANDIDATE_FACTOR.key();
    this.competencySites = new long[competencies.size()];
    for (int c = 0; c < competencies.size(); c++) {
      competencySites[c] = DrawSite.CANDIDATE.key(competencies.get(c).id());
    }
  }

  @Override
  public void fill(long run, long runKey, Candidate into) {
    double z = Draws.gaussian(runKey, sharedSite);
    for (int c = 0; c < competencySites.length; c++) {
      double a = mean + sd * (shared * z + own * Draws.gaussian(runKey, competencySites[c]));
      into.proficiency[c] = Proficiency.clamp(a);
    }
    into.consistency = consistency;
    into.compensation = -1;
    into.currentPay = -1;
    into.competingOffers = 0;
    into.bestCompeting = 0;
  }
}
