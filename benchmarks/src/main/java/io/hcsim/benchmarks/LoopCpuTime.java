package io.hcsim.benchmarks;

import io.hcsim.simulation.experiment.Accumulator;
import io.hcsim.simulation.random.Draws;
import io.hcsim.simulation.run.Candidate;
import io.hcsim.simulation.run.LoopOutcome;
import io.hcsim.simulation.run.LoopRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Loops per CPU-second of one thread, as an experiment plays them (the candidate drawn around the
 * stated profile as {@code simulate} draws it, the loop run, its outcome counted; nothing reads the overall a loop ended by a round leaves pending),
 * for comparing two builds on a machine that other work shares: the thread's CPU time leaves out
 * the time it waited for a core, which wall time does not. Each profile is measured in turns after
 * a warm-up; the median of the turns is printed with a checksum of the outcomes, which two builds
 * that play the same loops must print alike. Beside each loop it times the {@link DrawFloor} of
 * the same runs, the candidate's draw and the draws and cuts of the rounds each loop reached and nothing else: what the
 * loop would cost if everything but its draws were free.
 *
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar io.hcsim.benchmarks.LoopCpuTime [PROFILES] [TURNS] [RUNS]
 * </pre>
 *
 * PROFILES is a comma-separated list (default: the bundled example and the veteran), TURNS the
 * measured turns (default 7), RUNS the loops a turn (default 1,500,000).
 */
public final class LoopCpuTime {
  private LoopCpuTime() {}

  public static void main(String[] args) {
    String[] profiles = (args.length > 0 ? args[0] : Fixture.DEFAULT_PROFILE + ",health-tech-veteran-p7").split(",");
    int turns = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    long runs = args.length > 2 ? Long.parseLong(args[2]) : 1_500_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Draws draws = new Draws(20240601);
    int n = profiles.length;
    Fixture[] fixtures = new Fixture[n];
    LoopRunner[] runners = new LoopRunner[n];
    Candidate[] candidates = new Candidate[n];
    Accumulator[] tallies = new Accumulator[n];
    for (int i = 0; i < n; i++) {
      fixtures[i] = Fixture.of(Fixture.DEFAULT_LOOP, profiles[i]);
      runners[i] = new LoopRunner(fixtures[i].plan);
      candidates[i] = fixtures[i].candidate.copy();
      tallies[i] = Accumulator.forPlan(fixtures[i].plan);
    }
    DrawFloor[] floors = new DrawFloor[n];
    for (int i = 0; i < n; i++) {
      floors[i] = new DrawFloor(fixtures[i]);
    }
    // Rounds reached by each run, written by the loop's pass and read by the floor's.
    byte[] reached = new byte[Math.toIntExact(runs)];
    double[][] rates = new double[n][turns];
    double[][] floorRates = new double[n][turns];
    long[] checksums = new long[n];
    long floorSum = 0;
    for (int turn = -3; turn < turns; turn++) { // three turns of warm-up
      for (int i = 0; i < n; i++) {
        long sum = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (long run = 0; run < runs; run++) {
          long key = draws.runKey(run);
          fixtures[i].drawn.fill(run, key, candidates[i]);
          LoopOutcome o = runners[i].run(key, candidates[i]);
          tallies[i].add(o);
          sum = sum * 31 + checksum(o);
          reached[(int) run] = (byte) o.roundsReached();
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        long floorStart = threads.getCurrentThreadCpuTime();
        for (long run = 0; run < runs; run++) {
          floorSum += floors[i].play(run, draws.runKey(run), reached[(int) run]);
        }
        long floorCpu = threads.getCurrentThreadCpuTime() - floorStart;
        if (turn >= 0) {
          rates[i][turn] = runs / (cpu / 1e9) / 1e6;
          floorRates[i][turn] = runs / (floorCpu / 1e9) / 1e6;
        }
        checksums[i] = sum;
      }
    }
    for (int i = 0; i < n; i++) {
      double[] r = rates[i].clone();
      Arrays.sort(r);
      double[] f = floorRates[i].clone();
      Arrays.sort(f);
      System.out.printf(Locale.ROOT, "%-24s %.3f M loops per CPU-second (median of %d; %.3f to %.3f)  checksum %016x%n",
          profiles[i], r[turns / 2], turns, r[0], r[turns - 1], checksums[i]);
      System.out.printf(Locale.ROOT, "%-24s %.3f M per CPU-second for the same loops' draws and cuts alone"
          + " (%.0f of the loop's %.0f ns)%n", "", f[turns / 2], 1e3 / f[turns / 2], 1e3 / r[turns / 2]);
    }
    if (floorSum == 42) {
      System.out.println(); // keeps the floor's work from being optimised away
    }
  }

  /** What an experiment counts of a loop (read round by round, as builds before the masks' accessors can). */
  private static long checksum(LoopOutcome o) {
    long rounds = 0;
    for (int r = 0; r < o.roundsReached(); r++) {
      rounds = rounds * 4 + (o.passed(r) ? 1 : 0) + (o.recommended(r) ? 2 : 0);
    }
    return o.decision() * 7L + o.offer() + o.roundsReached() * 131L + o.endedAt() * 17L + o.concern1() * 3L
        + o.concern2() + o.stop().ordinal() * 1001L + rounds * 5L + (o.meetsExpectation() ? 77 : 0)
        + o.strongNoCount() * 19L;
  }
}
