package io.hcsim.simulation.run;

import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.pool.CompetencyStructure;
import io.hcsim.core.pool.SelfAssessmentError;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.StructuredNormals;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate as they describe themselves, with the error that self-assessment carries: self-
 * ratings run higher than interviewers' (the leniency b) and agree only weakly with others' ratings
 * (r about .29, Mabe and West 1982: the uncertainty u), so each run draws the truth around the
 * stated profile less the leniency. The error is related across competencies as the applicant
 * pool's abilities are (a general part, a part per cluster, a part of each competency's own: a
 * candidate who misjudges their product craft tends to misjudge data and execution with it): a_c =
 * stated_c - b + u z_c, z from {@link StructuredNormals}, kept on the 1-5 scale. Draws are
 * addressed, so two scenarios compared on one seed meet the same errors, and the same candidate
 * with and without the leniency differs on each run by the leniency alone (where the scale allows).
 */
public final class SelfAssessment implements CandidateSource {
  private final Candidate stated;
  /** The stated proficiencies less the leniency: where each run's truth is drawn around. */
  private final double[] centre;
  private final double uncertainty;
  private final StructuredNormals normals;

  public SelfAssessment(Candidate stated, SelfAssessmentError error, CompetencyStructure structure) {
    this.stated = stated.copy();
    this.centre = stated.proficiency.clone();
    for (int c = 0; c < centre.length; c++) {
      centre[c] -= error.leniency();
    }
    this.uncertainty = error.uncertainty();
    // Each competency's own part is named by its index: a stated profile knows no catalogue.
    List<String> own = new ArrayList<>();
    for (int c = 0; c < stated.competencies(); c++) {
      own.add(Integer.toString(c));
    }
    this.normals = new StructuredNormals(structure, DrawSite.SELF_ASSESSMENT, own);
  }

  @Override
  public void fill(long run, long runKey, Candidate into) {
    into.setAllButProficiency(stated);
    double[] a = into.proficiency;
    normals.fill(runKey, a, into.scratch(normals.draws()));
    for (int c = 0; c < a.length; c++) {
      a[c] = Proficiency.clamp(centre[c] + uncertainty * a[c]);
    }
  }
}
