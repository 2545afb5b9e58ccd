package io.hcsim.reports.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hcsim.core.files.InvalidInputException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --font files that are not fonts PDF embedding can use, each refused in one line (issue 16, items 19, 21, 26). */
class FontFileTest {
  private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
  private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  @TempDir Path dir;

  private static String message(Path font) {
    try {
      CjkFont.find(Optional.of(font));
      return "accepted";
    } catch (InvalidInputException e) {
      assertThat(e.problems()).hasSize(1);
      return e.getMessage();
    }
  }

  /** Noto CJK is a collection of CFF-outline fonts, whatever its file is called. */
  @Test
  void cffOutlinesAreNamedAsTheReason() throws Exception {
    assumeTrue(Files.isRegularFile(NOTO), "Noto CJK is installed");
    assertThat(message(NOTO)).contains("--font: the font has CFF (PostScript) outlines", "fonts-wqy-microhei");
    Path renamed = Files.copy(NOTO, dir.resolve("noto.ttf"));
    assertThat(message(renamed)).contains("CFF (PostScript) outlines");
    // A bare CFF font (OTTO), the first four bytes of an .otf, named .ttf.
    Path otto = Files.write(dir.resolve("otto.ttf"), new byte[] {'O', 'T', 'T', 'O', 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    assertThat(message(otto)).contains("CFF (PostScript) outlines");
  }

  @Test
  void aTrueTypeCollectionIsTaken() throws Exception {
    assumeTrue(Files.isRegularFile(WQY), "WenQuanYi is installed");
    assertThat(CjkFont.find(Optional.of(WQY)).file()).isEqualTo(WQY);
  }

  @Test
  void whatIsNoFontIsSaidToBeNone() throws Exception {
    Files.createDirectory(dir.resolve("dir.ttf"));
    assertThat(message(dir.resolve("dir.ttf"))).contains("--font: is a directory");
    Path text = Files.writeString(dir.resolve("text.ttf"), "name: not a font at all\n");
    assertThat(message(text)).contains("--font: not a TrueType font");
    Path sparse = dir.resolve("sparse.ttf");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(3L << 30); // 3 GB, nothing written: a sparse file
    }
    assertThat(message(sparse)).contains("--font: the file is 3,072 MB; a font is at most 64 MB");
  }

  /** An HTML page embeds no font: a Chinese one needs none installed; a Chinese PDF still does. */
  @Test
  void onlyAPdfNeedsAChineseFont() throws Exception {
    List<Path> none = List.of(dir.resolve("missing.ttc"));
    assertThat(CjkFont.forDocument(false, true, Optional.empty(), none)).isEmpty();
    assertThatThrownBy(() -> CjkFont.forDocument(true, true, Optional.empty(), none))
        .hasMessageContaining("a Chinese PDF needs a TrueType CJK font");
    assertThat(CjkFont.forDocument(true, false, Optional.empty(), none)).isEmpty();
  }
}
