package io.hcsim.core.pool;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * How the applicant pool's competencies go together: a general factor that every competency shares
 * plus one cluster factor per group of related competencies (a bifactor structure). Each
 * competency's variance is split into shares: {@code general} from the general factor, {@code
 * cluster} from its cluster's factor, and the rest its own. Two competencies correlate by the
 * product of the roots of their general shares, plus their cluster share when they are in the
 * same cluster: sqrt(g_i g_j) + [same cluster] sqrt(s_i s_j).
 *
 * <p>The committee's prior and every candidate the engine draws (the pool of a study, the
 * uncertainty of a stated profile) follow it, so a strong product-sense rating says a lot about
 * data and execution, a little about regulation and almost nothing about motivation.
 */
public final class CompetencyStructure {
  private final ImmutableList<String> clusterIds;
  private final double[] general;
  private final double[] clusterShare;
  private final int[] cluster;
  private final int[][] members;

  /**
   * @param clusterIds the clusters' names, in order
   * @param cluster per competency index, the index of its cluster in {@code clusterIds}
   * @param general per competency, the share of its variance from the general factor
   * @param clusterShare per competency, the share from its cluster's factor
   */
  public CompetencyStructure(List<String> clusterIds, int[] cluster, double[] general, double[] clusterShare) {
    checkArgument(cluster.length == general.length && general.length == clusterShare.length,
        "one cluster, general share and cluster share per competency");
    this.clusterIds = ImmutableList.copyOf(clusterIds);
    this.cluster = cluster.clone();
    this.general = general.clone();
    this.clusterShare = clusterShare.clone();
    int[] count = new int[clusterIds.size()];
    for (int i = 0; i < cluster.length; i++) {
      checkArgument(cluster[i] >= 0 && cluster[i] < clusterIds.size(), "competency %s has no cluster", i);
      checkArgument(general[i] >= 0 && clusterShare[i] >= 0 && general[i] + clusterShare[i] < 1,
          "competency %s: shares must be at least 0 and leave it a part of its own", i);
      count[cluster[i]]++;
    }
    this.members = new int[clusterIds.size()][];
    for (int j = 0; j < members.length; j++) {
      checkArgument(count[j] > 0, "cluster %s has no competency", clusterIds.get(j));
      members[j] = new int[count[j]];
      int n = 0;
      for (int i = 0; i < cluster.length; i++) {
        if (cluster[i] == j) {
          members[j][n++] = i;
        }
      }
    }
  }

  /** Every one of {@code competencies} correlated {@code rho} with every other: the general factor alone. */
  public static CompetencyStructure equicorrelated(int competencies, double rho) {
    double[] g = new double[competencies];
    Arrays.fill(g, rho);
    return new CompetencyStructure(List.of("all"), new int[competencies], g, new double[competencies]);
  }

  public int competencies() {
    return cluster.length;
  }

  public ImmutableList<String> clusterIds() {
    return clusterIds;
  }

  public int clusterOf(int competency) {
    return cluster[competency];
  }

  /** The competencies of cluster {@code j}, ascending (a copy). */
  public int[] members(int j) {
    return members[j].clone();
  }

  public double generalShare(int competency) {
    return general[competency];
  }

  public double clusterShare(int competency) {
    return clusterShare[competency];
  }

  /** The share of a competency's variance that is its own. */
  public double ownShare(int competency) {
    return 1 - general[competency] - clusterShare[competency];
  }

  /** The correlation of two competencies in the pool (1 for a competency with itself). */
  public double correlation(int i, int j) {
    if (i == j) {
      return 1;
    }
    double r = Math.sqrt(general[i] * general[j]);
    return cluster[i] == cluster[j] ? r + Math.sqrt(clusterShare[i] * clusterShare[j]) : r;
  }

  /** The mean correlation over distinct pairs of competencies (what a single pairwise figure would be). */
  public double meanCorrelation() {
    int k = competencies();
    double sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        sum += correlation(i, j);
      }
    }
    return k < 2 ? 0 : sum / (k * (k - 1) / 2.0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetencyStructure s && clusterIds.equals(s.clusterIds) && Arrays.equals(cluster, s.cluster)
        && Arrays.equals(general, s.general) && Arrays.equals(clusterShare, s.clusterShare);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * clusterIds.hashCode() + Arrays.hashCode(cluster)) + Arrays.hashCode(general);
  }

  @Override
  public String toString() {
    return "CompetencyStructure" + clusterIds + Arrays.toString(general) + Arrays.toString(clusterShare);
  }
}
