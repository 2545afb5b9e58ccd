package io.hcsim.reports.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsim.core.files.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontTest {
  @Test
  void withNoFontTheOneLineNamesThePackageToInstall(@TempDir Path dir) {
    assertThatThrownBy(() -> CjkFont.find(Optional.empty(), List.of(dir.resolve("missing.ttc"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("fonts-wqy-microhei")
        .hasMessageContaining("--font");
  }

  @Test
  void anOpenTypeFontIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
    Path otf = Files.writeString(dir.resolve("NotoSansCJK.otf"), "x");
    assertThatThrownBy(() -> CjkFont.find(Optional.of(otf))).hasMessageContaining("TrueType");
    assertThatThrownBy(() -> CjkFont.find(Optional.of(dir.resolve("nope.ttf")))).hasMessageContaining("no such file");
  }

  @Test
  void theFirstExistingSystemFontIsTaken(@TempDir Path dir) throws Exception {
    Path second = Files.writeString(dir.resolve("b.ttc"), "x");
    assertThat(CjkFont.find(Optional.empty(), List.of(dir.resolve("a.ttc"), second)).file()).isEqualTo(second);
  }
}
