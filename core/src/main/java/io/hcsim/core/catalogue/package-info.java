/**
 * What hcsim knows before a user says anything, bundled in its resources
 * ({@code hcsim/catalogue/}): the competencies, levels and bands, the applicant pool, the
 * persona library, the rubric and question banks, the preparation activities and strategies, and
 * the names of the bundled loops and profiles. {@link io.hcsim.core.catalogue.CatalogueLoader}
 * reads it as strictly as a user's file, so a broken bundled file is a bug the tests catch.
 */
package io.hcsim.core.catalogue;
