package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.loop.LoopFile;
import io.hcsim.core.profile.ProfileFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * hcsim's own files (the catalogue's, its loops and profiles) are bound at start-up without the
 * scan a user's file gets; here they get it: every unknown key, wrong type, duplicate key, NaN or
 * octal-looking number fails.
 */
class CatalogueFilesScanTest {
  @Test
  void everyCatalogueFileIsListedWithItsRecord() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources" + CatalogueLoader.ROOT))) {
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(CatalogueLoader.FILES.keySet());
    }
  }

  @Test
  void everyCatalogueFilePassesTheScanOfAUsersFile() throws InvalidInputException {
    DocumentReader reader = new DocumentReader();
    for (Map.Entry<String, Class<?>> file : CatalogueLoader.FILES.entrySet()) {
      reader.parse(CatalogueLoader.ROOT + file.getKey(), CatalogueLoader.resource(file.getKey()), false,
          file.getValue(), file.getKey());
    }
  }

  @Test
  void everyBundledLoopAndProfilePassesTheScanOfAUsersFile() throws InvalidInputException {
    DocumentReader reader = new DocumentReader();
    Catalogue catalogue = CatalogueLoader.bundled();
    for (String loop : catalogue.bundledLoops()) {
      String file = "loops/" + loop + ".yaml";
      reader.parse(CatalogueLoader.ROOT + file, CatalogueLoader.resource(file), false, LoopFile.class, file);
    }
    for (String profile : catalogue.bundledProfiles()) {
      String file = "profiles/" + profile + ".yaml";
      reader.parse(CatalogueLoader.ROOT + file, CatalogueLoader.resource(file), false, ProfileFile.class, file);
    }
  }

  @Test
  void everyBundledLoopAndProfileIsListedInTheIndex() throws IOException {
    for (String kind : new String[] {"loops", "profiles"}) {
      try (Stream<Path> files = Files.list(Path.of("src/main/resources" + CatalogueLoader.ROOT + kind))) {
        assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")))
            .containsExactlyInAnyOrderElementsOf(kind.equals("loops")
                ? CatalogueLoader.bundled().bundledLoops() : CatalogueLoader.bundled().bundledProfiles());
      }
    }
  }

  @Test
  void aBundledFileThatDoesNotBindIsReportedAsTheScanReportsAUsersFile() {
    byte[] typo = "currency: CNY\nlevels:\n  - id: P7\n    rnak: 7\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DocumentReader().parseBundled("levels.yaml", typo, CatalogueFiles.LevelList.class, "levels"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("levels.yaml")
        .hasMessageContaining("line 4")
        .hasMessageContaining("rank");
  }
}
