package io.hcsim.simulation.random;

import io.hcsim.core.pool.CompetencyStructure;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard normals, one per competency, related as the applicant pool's structure says: z_c =
 * sqrt(g_c) z_general + sqrt(s_c) z_cluster(c) + sqrt(1 - g_c - s_c) z_own(c), so each has variance 1
 * and two correlate as {@link CompetencyStructure#correlation} gives. The factors are addressed
 * draws, two to a word ({@link Draws#gaussians}), named by what they are (the general factor, a
 * cluster by id, a competency's own part by the name given), so scenarios compared on one seed meet
 * the same candidates. Immutable: one instance serves every thread.
 */
public final class StructuredNormals {
  private final double[] general;
  private final double[] cluster;
  private final double[] own;
  /** Per competency, the place of its cluster's factor among the draws. */
  private final int[] clusterDraw;
  private final int firstOwn;
  private final long[] pairSites;
  private final int draws;

  /**
   * @param site what the normals are for (an applicant, a stated profile's error, ...)
   * @param competencyNames the name each competency's own part is drawn under, in competency order
   */
  public StructuredNormals(CompetencyStructure structure, DrawSite site, List<String> competencyNames) {
    int k = structure.competencies();
    this.general = new double[k];
    this.cluster = new double[k];
    this.own = new double[k];
    this.clusterDraw = new int[k];
    // The draws in order: the general factor, each cluster's factor (where it has a share), each
    // competency's own part. A cluster without a share draws nothing: its members point at the
    // general factor's draw with a weight of 0.
    List<String> parts = new ArrayList<>();
    parts.add("general factor");
    int[] drawOfCluster = new int[structure.clusterIds().size()];
    for (int j = 0; j < drawOfCluster.length; j++) {
      boolean shared = false;
      for (int c : structure.members(j)) {
        shared |= structure.clusterShare(c) > 0;
      }
      if (shared) {
        drawOfCluster[j] = parts.size();
        parts.add("cluster " + structure.clusterIds().get(j));
      }
    }
    this.firstOwn = parts.size();
    parts.addAll(competencyNames);
    for (int c = 0; c < k; c++) {
      general[c] = Math.sqrt(structure.generalShare(c));
      cluster[c] = Math.sqrt(structure.clusterShare(c));
      own[c] = Math.sqrt(structure.ownShare(c));
      clusterDraw[c] = drawOfCluster[structure.clusterOf(c)];
    }
    this.draws = parts.size();
    this.pairSites = site.pairKeys(parts);
  }

  /** How many normals {@link #fill} draws: the size of the scratch it needs. */
  public int draws() {
    return draws;
  }

  /**
   * Fills {@code z} (one slot per competency) with the normals of run {@code runKey}, using
   * {@code scratch} (at least {@link #draws} long) for the factors.
   */
  public void fill(long runKey, double[] z, double[] scratch) {
    Draws.gaussians(runKey, pairSites, scratch, draws);
    double g = scratch[0];
    for (int c = 0; c < z.length; c++) {
      z[c] = general[c] * g + cluster[c] * scratch[clusterDraw[c]] + own[c] * scratch[firstOwn + c];
    }
  }
}
