package io.hcsim.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's own files are bound at start-up without the scan a user's file gets; here they
 * get it: every unknown key, wrong type, duplicate key, NaN or octal-looking number fails.
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
  void aBundledFileThatDoesNotBindIsReportedAsTheScanReportsAUsersFile() {
    byte[] typo = "currency: CNY\nlevels:\n  - id: P7\n    rnak: 7\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DocumentReader().parseBundled("levels.yaml", typo, CatalogueFiles.LevelList.class, "levels"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("levels.yaml")
        .hasMessageContaining("line 4")
        .hasMessageContaining("rank");
  }
}
