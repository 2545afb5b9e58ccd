package io.hcsim.simulation.experiment;

import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.run.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    Library lib = Library.bundled();
    var loop = lib.loop("ali-health-pm").value();
    for (String name : lib.catalogue().bundledProfiles()) {
      CandidateProfile p = lib.profile(name).value();
      LoopPlan plan = new LoopPlan(lib.catalogue(), loop, p.targetLevel());
      long t0 = System.nanoTime();
      Accumulator a = new Experiment(plan, CandidateSource.fixed(Candidate.of(p, lib.catalogue().competencies())), Settings.runs(1, 1_000_000, 2)).run();
      long t1 = System.nanoTime();
      System.out.println(name + " " + (t1 - t0) / 1e6 + " ms\n" + Summary.of(name, plan, 1, a));
    }
  }
}
