package io.hcsim.simulation.run;

import io.hcsim.core.competency.Proficiency;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;

/**
 * A candidate as they describe themselves, with the uncertainty that self-assessment carries:
 * self-ratings agree only weakly with others' ratings (r about .29, Mabe and West 1982), so each
 * run draws the truth around the stated profile. The error has a part shared by every competency
 * (a candidate who rates themselves generously tends to do so throughout) and a part of each
 * competency's own, split as the applicant pool's correlation splits ability:
 * a_c = stated_c + u (sqrt(rho) z + sqrt(1 - rho) z_c), kept on the 1-5 scale. Draws are addressed,
 * so two scenarios compared on one seed meet the same errors.
 */
public final class SelfAssessment implements CandidateSource {
  private final Candidate stated;
  private final double shared;
  private final double own;
  private final long sharedSite;
  private final long[] competencySites;

  public SelfAssessment(Candidate stated, double uncertainty, double correlation) {
    this.stated = stated.copy();
    this.shared = uncertainty * Math.sqrt(correlation);
    this.own = uncertainty * Math.sqrt(1 - correlation);
    this.sharedSite = DrawSite.SELF_ASSESSMENT_FACTOR.key();
    this.competencySites = new long[stated.competencies()];
    for (int c = 0; c < competencySites.length; c++) {
      competencySites[c] = DrawSite.SELF_ASSESSMENT.key(Integer.toString(c));
    }
  }

  @Override
  public void fill(long run, long runKey, Candidate into) {
    into.setFrom(stated);
    double z = shared * Draws.gaussian(runKey, sharedSite);
    for (int c = 0; c < competencySites.length; c++) {
      double a = stated.proficiency[c] + z + own * Draws.gaussian(runKey, competencySites[c]);
      into.proficiency[c] = Proficiency.clamp(a);
    }
  }
}
