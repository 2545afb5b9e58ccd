package io.hcsim.simulation.odds;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.simulation.estimate.Wilson;
import io.hcsim.simulation.experiment.Accumulator;
import io.hcsim.simulation.experiment.Experiment;
import io.hcsim.simulation.experiment.Settings;
import io.hcsim.simulation.run.CandidateSource;
import io.hcsim.simulation.run.LoopPlan;
import io.hcsim.simulation.run.LoopPlans;
import java.util.ArrayList;
import java.util.List;

/**
 * Which level to apply for: the same candidate and loop with the target one level lower and one
 * level higher (where the catalogue has them), on the same seed.
 *
 * @param offer P(offer at any level) applying at {@code level}
 * @param atLevel P(offer at {@code level} itself)
 */
public record LevelOdds(String level, double offer, Wilson offerCi, double atLevel) {
  public static ImmutableList<LevelOdds> around(
      Catalogue catalogue, Loop loop, Level target, CandidateSource candidate, long seed, long runs, int threads) {
    List<Level> levels = catalogue.levels().ascending();
    int t = levels.indexOf(target);
    List<LevelOdds> out = new ArrayList<>();
    for (int i = Math.max(0, t - 1); i <= Math.min(levels.size() - 1, t + 1); i++) {
      if (i == t) {
        continue;
      }
      LoopPlan plan = LoopPlans.of(catalogue, loop, levels.get(i));
      Accumulator a = new Experiment(plan, candidate, Settings.runs(seed, runs, threads)).run();
      out.add(new LevelOdds(levels.get(i).id(), a.hires() / (double) a.runs(), Wilson.of95(a.hires(), a.runs()),
          a.hiredAt(i) / (double) a.runs()));
    }
    return ImmutableList.copyOf(out);
  }
}
