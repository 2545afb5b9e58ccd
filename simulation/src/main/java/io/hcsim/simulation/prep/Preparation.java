package io.hcsim.simulation.prep;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Proficiency;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Limits;
import io.hcsim.core.prep.Plan;
import io.hcsim.simulation.random.DrawSite;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan applied to a candidate. Hours h on activity a raise competency c by {@code m_a * G_ac *
 * (1 - exp(-h / tau_a))}, where m_a is how much activity a helps this candidate; the raises of all
 * activities on one competency add up to at most the catalogue's ceiling, shrink for a competency
 * already above the catalogue's headroom level (less room is left to learn), and proficiency never
 * passes 5.0. Mock loops raise consistency the same way, up to the catalogue's cap. Rehearsal (mock
 * loops, stories, the playbook, behavioural practice) raises interview readiness: each such activity
 * closes up to {@code m_a * R_a * (1 - exp(-h / tau_a))} of the gap to a practised candidate's
 * readiness, the shares combining as independent reductions (see {@link Limits#readinessAfter}).
 *
 * <p>Everything that depends only on the hours is computed here, once per plan; per run only the
 * multipliers change (see {@link #apply}).
 */
public final class Preparation {
  private final Plan plan;
  private final Limits limits;
  /** The activities the plan gives hours to, in catalogue order. */
  private final ImmutableList<String> active;
  /** gain[i][c]: what active activity i gives competency c at a multiplier of 1. */
  private final double[][] gain;
  private final double[] consistencyGain;
  /** readinessShare[i]: the share of the readiness gap active activity i closes at a multiplier of 1. */
  private final double[] readinessShare;

  public Preparation(Catalogue catalogue, Plan plan) {
    this.plan = plan;
    this.limits = catalogue.preparationLimits();
    var competencies = catalogue.competencies();
    List<String> ids = new ArrayList<>();
    List<double[]> gains = new ArrayList<>();
    List<Double> consistency = new ArrayList<>();
    List<Double> readiness = new ArrayList<>();
    for (Activity a : catalogue.activities().values()) {
      double progress = a.progress(plan.hours(a.id()));
      if (progress <= 0) {
        continue;
      }
      double[] g = new double[competencies.size()];
      for (int c = 0; c < g.length; c++) {
        g[c] = a.gains().getOrDefault(competencies.get(c).id(), 0.0) * progress;
      }
      ids.add(a.id());
      gains.add(g);
      consistency.add(a.consistencyGain() * progress);
      readiness.add(a.readinessGain() * progress);
    }
    this.active = ImmutableList.copyOf(ids);
    this.gain = gains.toArray(new double[0][]);
    this.consistencyGain = consistency.stream().mapToDouble(Double::doubleValue).toArray();
    this.readinessShare = readiness.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public Plan plan() {
    return plan;
  }

  /** The activities with hours, in catalogue order: the order of the multipliers {@link #apply} takes. */
  public ImmutableList<String> activities() {
    return active;
  }

  public boolean isEmpty() {
    return active.isEmpty();
  }

  /**
   * Raises {@code into} (already holding the candidate as they are) by the plan, with {@code
   * multiplier[i]} on the gains of active activity i. {@code sum} is scratch space, one slot per
   * competency.
   */
  public void apply(Candidate into, double[] multiplier, double[] sum) {
    if (gain.length == 0) {
      return;
    }
    java.util.Arrays.fill(sum, 0);
    double consistency = 0;
    double readinessLeft = 1;
    for (int i = 0; i < gain.length; i++) {
      double m = multiplier[i];
      double[] g = gain[i];
      for (int c = 0; c < sum.length; c++) {
        sum[c] += m * g[c];
      }
      consistency += m * consistencyGain[i];
      readinessLeft *= 1 - Math.min(1, m * readinessShare[i]);
    }
    for (int c = 0; c < sum.length; c++) {
      if (sum[c] > 0) {
        double room = limits.headroom(into.proficiency(c));
        into.raise(c, room * Math.min(limits.ceiling(), sum[c]), Proficiency.MAX);
      }
    }
    if (consistency > 0) {
      into.raiseConsistency(consistency, limits.consistencyMax());
    }
    if (readinessLeft < 1) {
      into.setReadiness(limits.readinessAfter(into.readiness(), readinessLeft));
    }
  }

  /** The candidate after the plan for a typical response ({@code response} on every activity). */
  public Candidate typical(Candidate candidate, double response) {
    Candidate out = candidate.copy();
    double[] m = new double[gain.length];
    java.util.Arrays.fill(m, response);
    apply(out, m, new double[candidate.competencies()]);
    return out;
  }

  /** Per-activity response multipliers: log-normal with mean 1 and the catalogue's SD, times the candidate's own response. */
  public static final class Response {
    private final long[] sites;
    private final double mu;
    private final double sigma;
    private final double scale;

    /** Multipliers for the given activities, each from an addressed site of its own (shared by every plan). */
    public Response(List<String> activities, Limits limits, double candidateResponse) {
      this.sites = activities.stream().mapToLong(a -> DrawSite.PREPARATION_RESPONSE.key(a)).toArray();
      double s2 = Math.log(1 + limits.responseSd() * limits.responseSd());
      this.sigma = Math.sqrt(s2);
      this.mu = -s2 / 2;
      this.scale = candidateResponse;
    }

    public int size() {
      return sites.length;
    }

    /** Fills {@code into} with this run's multipliers. */
    public void draw(long runKey, double[] into) {
      for (int i = 0; i < sites.length; i++) {
        into[i] = sigma == 0 ? scale : scale * Math.exp(mu + sigma * Draws.gaussian(runKey, sites[i]));
      }
    }
  }
}
