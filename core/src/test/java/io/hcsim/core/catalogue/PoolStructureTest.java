package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.pool.CompetencyStructure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** pool.yaml's structure is read strictly: every competency in one cluster, shares in range, no unknown key. */
class PoolStructureTest {
  private static final Catalogue CATALOGUE = CatalogueLoader.bundled();

  private static CatalogueFiles.PoolEntry parse(String structure) throws InvalidInputException {
    String yaml = "offsetFromBar: -0.3\nsd: 0.6\nconsistency: 0.5\nselfAssessment: {agreement: 0.29, leniency: 0.2}\n"
        + "structure:\n" + structure;
    return new DocumentReader().parseBundled("pool.yaml", yaml.getBytes(StandardCharsets.UTF_8),
        CatalogueFiles.PoolEntry.class, "the applicant pool");
  }

  private static final String ALL_BUT_ROLE_FIT = """
        health: {competencies: [domain_judgment, regulatory_privacy, ecosystem], share: 0.3}
        product: {competencies: [product_sense, data_outcomes, execution], share: 0.3}
        influence: {competencies: [communication, stakeholder_leadership], share: 0.3}
        drive: {competencies: [values, motivation], share: 0.3, general: 0.1}
    """;

  @Test
  void theBundledStructureCorrelatesWithinAClusterMoreThanAcross() {
    CompetencyStructure s = CATALOGUE.pool().structure();
    int product = CATALOGUE.competencies().indexOf("product_sense");
    int data = CATALOGUE.competencies().indexOf("data_outcomes");
    int regulation = CATALOGUE.competencies().indexOf("regulatory_privacy");
    int motivation = CATALOGUE.competencies().indexOf("motivation");
    assertThat(s.correlation(product, data)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.correlation(product, regulation)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.correlation(motivation, regulation)).isCloseTo(Math.sqrt(0.05), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aMisspeltKeyIsReportedWithItsLine() {
    assertThatThrownBy(() -> parse("  general: 0.3\n  clusters:\n    fit: {competencies: [role_fit], shar: 0}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pool.yaml")
        .hasMessageContaining("line 8")
        .hasMessageContaining("shar");
  }

  @Test
  void aCompetencyInNoClusterIsNamed() throws InvalidInputException {
    CatalogueFiles.PoolEntry entry = parse("  general: 0.3\n  clusters:\n" + ALL_BUT_ROLE_FIT);
    assertThatThrownBy(() -> CatalogueLoader.pool(entry, CATALOGUE.competencies()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pool.yaml")
        .hasMessageContaining("'role_fit' is in no cluster");
  }

  @Test
  void aCompetencyInTwoClustersAnUnknownOneAndSharesOverTheLimitAreEachNamed() throws InvalidInputException {
    CatalogueFiles.PoolEntry entry = parse("  general: 0.3\n  clusters:\n" + ALL_BUT_ROLE_FIT
        + "    fit: {competencies: [role_fit, values, rolefit], share: 0.7}\n");
    assertThatThrownBy(() -> CatalogueLoader.pool(entry, CATALOGUE.competencies()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("structure.clusters.fit.competencies[1]: 'values' is already in cluster 'drive'")
        .hasMessageContaining("structure.clusters.fit.competencies[2]")
        .hasMessageContaining("structure.clusters.fit: general 0.3 and share 0.7 add to more than 0.9");
  }

  @Test
  void aClustersOwnGeneralShareOverridesTheFilesOnlyForIt() throws InvalidInputException {
    CatalogueFiles.PoolEntry entry = parse("  general: 0.3\n  clusters:\n" + ALL_BUT_ROLE_FIT
        + "    fit: {competencies: [role_fit], share: 0, general: 0.1}\n");
    CompetencyStructure s = CatalogueLoader.pool(entry, CATALOGUE.competencies()).structure();
    assertThat(s.generalShare(CATALOGUE.competencies().indexOf("role_fit"))).isEqualTo(0.1);
    assertThat(s.generalShare(CATALOGUE.competencies().indexOf("values"))).isEqualTo(0.1);
    assertThat(s.generalShare(CATALOGUE.competencies().indexOf("execution"))).isEqualTo(0.3);
    assertThat(s.clusterShare(CATALOGUE.competencies().indexOf("execution"))).isEqualTo(0.3);
  }
}
