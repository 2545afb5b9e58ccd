package io.hcsim.simulation.run;

import io.hcsim.core.competency.Competencies;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.level.Level;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.StructuredNormals;

/**
 * Candidates drawn from the applicant pool, one per run: each competency normal around the
 * target bar plus the pool's offset, with the pool's SD, related as the pool's structure says (a
 * general factor plus clusters, {@link StructuredNormals}), clipped to the 1-5 scale. Draws are
 * addressed by run, so two loops compared on one seed see the same candidates.
 */
public final class PoolSource implements CandidateSource {
  private final double mean;
  private final double sd;
  private final double consistency;
  private final StructuredNormals normals;

  public PoolSource(ApplicantPool pool, Level target, Competencies competencies) {
    this.mean = pool.mean(target);
    this.sd = pool.sd();
    this.consistency = pool.consistency();
    this.normals = new StructuredNormals(pool.structure(), DrawSite.CANDIDATE, competencies.ids());
  }

  @Override
  public void fill(long run, long runKey, Candidate into) {
    double[] a = into.proficiency;
    normals.fill(runKey, a, into.scratch(normals.draws()));
    for (int c = 0; c < a.length; c++) {
      a[c] = Proficiency.clamp(mean + sd * a[c]);
    }
    into.consistency = consistency;
    into.compensation = -1;
    into.currentPay = -1;
    into.competingOffers = 0;
    into.bestCompeting = 0;
  }
}
