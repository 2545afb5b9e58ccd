package io.hcsim.simulation;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.hcsim.simulation.random.Draws;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend on each other one way only: the values (estimate, trace) and the
 * draws under the runner, the runner under experiments, and the analyses (odds, replay, prep,
 * study) on top.
 */
class PackageCyclesTest {
  @Test
  void simulationPackagesHaveNoCycle() throws Exception {
    Path classes = Path.of(Draws.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    slices().matching("io.hcsim.simulation.(*)..").should().beFreeOfCycles()
        .check(new ClassFileImporter().importPath(classes));
  }
}
