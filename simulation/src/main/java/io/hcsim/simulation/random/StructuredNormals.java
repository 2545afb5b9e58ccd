package io.hcsim.simulation.random;

import io.hcsim.core.pool.CompetencyStructure;

/**
 * Standard normals, one per competency, related as the applicant pool's structure says: z_c =
 * sqrt(g_c) z_general + sqrt(s_c) z_cluster(c) + sqrt(1 - g_c - s_c) z_own(c), so each has variance 1
 * and two correlate as {@link CompetencyStructure#correlation} gives. Every factor is an addressed
 * draw at a site of its own (the general factor's, one per cluster id, one per competency), so
 * scenarios compared on one seed meet the same candidates. Immutable: one instance serves every
 * thread.
 */
public final class StructuredNormals {
  private final double[] general;
  private final double[] cluster;
  private final double[] own;
  private final int[][] members;
  private final long generalSite;
  private final long[] clusterSites;
  private final long[] ownSites;

  /**
   * @param generalSite the site of the general factor
   * @param clusterSite the site family of the cluster factors (completed by each cluster's id)
   * @param ownSites the site of each competency's own part
   */
  public StructuredNormals(CompetencyStructure structure, long generalSite, DrawSite clusterSite, long[] ownSites) {
    int k = structure.competencies();
    this.general = new double[k];
    this.cluster = new double[k];
    this.own = new double[k];
    for (int c = 0; c < k; c++) {
      general[c] = Math.sqrt(structure.generalShare(c));
      cluster[c] = Math.sqrt(structure.clusterShare(c));
      own[c] = Math.sqrt(structure.ownShare(c));
    }
    this.members = new int[structure.clusterIds().size()][];
    this.clusterSites = new long[members.length];
    for (int j = 0; j < members.length; j++) {
      members[j] = structure.members(j);
      clusterSites[j] = clusterSite.key(structure.clusterIds().get(j));
    }
    this.generalSite = generalSite;
    this.ownSites = ownSites.clone();
  }

  /** Fills {@code z} (one slot per competency) with the normals of run {@code runKey}. */
  public void fill(long runKey, double[] z) {
    double g = Draws.gaussian(runKey, generalSite);
    for (int j = 0; j < members.length; j++) {
      double f = Draws.gaussian(runKey, clusterSites[j]);
      for (int c : members[j]) {
        z[c] = general[c] * g + cluster[c] * f + own[c] * Draws.gaussian(runKey, ownSites[c]);
      }
    }
  }
}
