package io.hcsim.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.hcsim.core.catalogue.Catalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The model's packages depend on each other one way only (catalogue and prep once did both ways). */
class PackageCyclesTest {
  @Test
  void corePackagesHaveNoCycle() throws Exception {
    Path classes = Path.of(Catalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    slices().matching("io.hcsim.core.(*)..").should().beFreeOfCycles()
        .check(new ClassFileImporter().importPath(classes));
  }
}
