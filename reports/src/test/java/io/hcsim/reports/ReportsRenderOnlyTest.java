package io.hcsim.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.hcsim.reports.render.Format;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Reports render finished results and run nothing: no class of theirs uses the engine's runner,
 * experiments or random draws, whether by import, by a qualified name or through a method's
 * return type. Read from the compiled classes, so that every use counts, not only the imports.
 */
class ReportsRenderOnlyTest {
  @Test
  void reportsUseNoRunnerExperimentOrDraws() throws Exception {
    // The reports' own compiled classes, where Format was loaded from: no need to scan every jar.
    Path classes = Path.of(Format.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaClasses reports = new ClassFileImporter().importPath(classes);
    assertThat(reports).as("the reports' classes").hasSizeGreaterThan(30);
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.hcsim.simulation.run..", "io.hcsim.simulation.experiment..", "io.hcsim.simulation.random..")
        .because("a report renders finished results (simulation's odds, replay, prep, study, estimate and trace"
            + " records); whatever runs the engine belongs in simulation, where any front end can call it")
        .check(reports);
  }
}
