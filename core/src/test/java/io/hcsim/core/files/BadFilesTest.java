package io.hcsim.core.files;

import static io.hcsim.core.files.ProblemLines.rejected;
import static io.hcsim.core.files.ProblemLines.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.files.TestFiles.Format;
import io.hcsim.core.library.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not a document at all, or not a well-formed one: the same for a profile and a
 * loop, so each case runs against both readers (and both formats where the format matters).
 */
class BadFilesTest {
  private static final Library LIBRARY = Library.bundled();

  @TempDir Path dir;

  /** A reader behind the command line, and a mapping of numbers it accepts (for nested cases). */
  enum Reader {
    PROFILE("proficiency"),
    LOOP("roleWeights");

    final String numbers;

    Reader(String numbers) {
      this.numbers = numbers;
    }

    void read(Path file) throws InvalidInputException {
      if (this == PROFILE) {
        LIBRARY.profile(file.toString());
      } else {
        LIBRARY.loop(file.toString());
      }
    }
  }

  private List<String> rejectedFile(Reader reader, Path file) {
    return rejected(() -> reader.read(file), file.getFileName().toString());
  }

  private List<String> rejectedText(Reader reader, String fileName, String text) {
    Path file = TestFiles.writeText(dir, fileName, text);
    return rejectedAt(() -> reader.read(file), fileName);
  }

  static Stream<Arguments> readersAndFormats() {
    return Stream.of(Reader.values()).flatMap(r -> Stream.of(Format.values()).map(f -> Arguments.of(r, f)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("readersAndFormats")
  void emptyAndBlankFilesSayWhatTheFileShouldHold(Reader reader, Format format) {
    for (String text : List.of("", "  \n\n\t\n")) {
      Path file = TestFiles.writeText(dir, format.fileName("empty"), text);
      assertThat(rejectedFile(reader, file)).singleElement().asString()
          .contains("the file is empty; expected a " + (reader == Reader.PROFILE ? "candidate profile" : "loop"));
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void aYamlFileOfCommentsOnlyIsEmptyToo(Reader reader) {
    Path file = TestFiles.writeText(dir, "comments.yaml", "# a profile will go here\n---\n# not yet\n");
    assertThat(rejectedFile(reader, file)).singleElement().asString()
        .contains("the file is empty (only comments); expected a");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("readersAndFormats")
  void binaryGarbageIsNotText(Reader reader, Format format) {
    byte[] garbage = new byte[512];
    new Random(42).nextBytes(garbage);
    garbage[0] = 'a';
    garbage[1] = 0; // NUL early on, as in most binary files
    Path file = TestFiles.writeBytes(dir, format.fileName("garbage"), garbage);
    assertThat(rejectedAt(() -> reader.read(file), file.getFileName().toString())).singleElement().asString()
        .contains("line 1, column 2: not a text file: control character U+0000; expected a YAML or JSON text file");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("readersAndFormats")
  void invalidUtf8IsPointedAt(Reader reader, Format format) {
    byte[] latin1 = "name: Test\nnotes: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = TestFiles.writeBytes(dir, format.fileName("latin1"), latin1);
    assertThat(rejectedAt(() -> reader.read(file), file.getFileName().toString())).singleElement().asString()
        .contains("line 2, column 11: not a text file: byte 0xE9 is not UTF-8; expected a YAML or JSON text file saved as UTF-8");
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void aUtf16FileIsNotUtf8(Reader reader) {
    Path file = TestFiles.writeBytes(dir, "wide.yaml", "name: Test\n".getBytes(StandardCharsets.UTF_16));
    assertThat(rejectedAt(() -> reader.read(file), "wide.yaml")).singleElement().asString()
        .contains("line 1, column 1: not a text file: byte 0xFE is not UTF-8");
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void aDirectoryIsNotAFile(Reader reader) throws Exception {
    Path sub = Files.createDirectory(dir.resolve("profiles.yaml"));
    assertThat(rejectedFile(reader, sub)).singleElement().asString()
        .contains("profiles.yaml: is a directory; expected a YAML or JSON file with a");
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void aMissingFileSaysSo(Reader reader) {
    assertThat(rejectedFile(reader, dir.resolve("nowhere.yaml"))).singleElement().asString()
        .contains("nowhere.yaml: no such file; expected the path of a YAML or JSON file");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("quote.yaml", "name: 'Test\n",
            "line 2, column 1: malformed YAML: found unexpected end of stream (while scanning a quoted scalar)"),
        Arguments.of("indent.yaml", "name: Test\n  id: x\n",
            "line 2, column 5: malformed YAML: mapping values are not allowed here; expected well-formed YAML"),
        Arguments.of("tab.yaml", "name: Test\n\tid: x\n",
            "line 2, column 1: malformed YAML: found character 'TAB' that cannot start any token"),
        Arguments.of("flow.yaml", "name: [Test\n",
            "line 2, column 1: malformed YAML: "),
        Arguments.of("comma.json", "{\"name\": \"Test\",}",
            "line 1, column 17: malformed JSON: unexpected character ('}'): was expecting double-quote to start field name"),
        Arguments.of("nocomma.json", "{\"name\": \"Test\"\n \"id\": \"x\"}",
            "line 2, column 2: malformed JSON: unexpected character ('\"'): was expecting comma"),
        Arguments.of("cut.json", "{\"name\": \"Te",
            "line 1, column 13: malformed JSON: unexpected end-of-input"),
        Arguments.of("bracket.json", "{\"name\": [\"Test\"}",
            "line 1, column 17: malformed JSON: unexpected close marker '}': expected ']' (for Array starting at line 1, column 10)"),
        Arguments.of("comment.json", "// a profile\n{}",
            "line 1, column 1: malformed JSON: unexpected character ('/'): maybe a (non-standard) comment?; expected well-formed JSON"),
        Arguments.of("single.json", "{'name': 'Test'}",
            "line 1, column 2: malformed JSON: unexpected character ('''): was expecting double-quote"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedTextIsOneLineAtTheLineAndColumn(String fileName, String text, String expected) {
    for (Reader reader : Reader.values()) {
      assertThat(rejectedText(reader, fileName, text)).last().asString().contains(expected);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("readersAndFormats")
  void duplicateKeysAreNamedWithTheMappingTheyAreIn(Reader reader, Format format) {
    String topLevel = format == Format.YAML
        ? "name: A\nname: B\n"
        : "{\"name\": \"A\",\n \"name\": \"B\"}";
    assertThat(rejectedText(reader, format.fileName("top"), topLevel)).singleElement().asString()
        .matches(".*, line 2, column \\d+: duplicate key 'name'; each key may appear only once");
    String nested = format == Format.YAML
        ? reader.numbers + ":\n  execution: 0.5\n  execution: 0.6\n"
        : "{\"" + reader.numbers + "\": {\"execution\": 0.5,\n \"execution\": 0.6}}";
    assertThat(rejectedText(reader, format.fileName("nested"), nested)).singleElement().asString()
        .matches(".*, line \\d+, column \\d+: " + reader.numbers + ": duplicate key 'execution'; each key may appear only once");
  }

  static Stream<Arguments> notAMapping() {
    return Stream.of(
        Arguments.of("list.yaml", "- name\n- id\n", "the document is a list"),
        Arguments.of("text.yaml", "just some words\n", "the document is text 'just some words'"),
        Arguments.of("null.yaml", "~\n", "the document is empty (null)"),
        Arguments.of("list.json", "[1, 2]", "the document is a list"),
        Arguments.of("number.json", "42", "the document is the number 42"),
        Arguments.of("null.json", "null", "the document is empty (null)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notAMapping")
  void aDocumentThatIsNotAMappingSaysWhatItIs(String fileName, String text, String found) {
    for (Reader reader : Reader.values()) {
      assertThat(rejectedText(reader, fileName, text)).singleElement().asString()
          .contains("line 1, column 1: " + found + "; expected a").endsWith("written as a mapping of keys");
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void oneDocumentPerFile(Reader reader) {
    assertThat(rejectedText(reader, "two.yaml", "name: A\n---\nname: B\n")).singleElement().asString()
        .contains("line 3, column 1: a second YAML document starts here; expected one document per file");
    assertThat(rejectedText(reader, "two.json", "{\"name\": \"A\"}\n{\"name\": \"B\"}")).singleElement().asString()
        .contains("line 2, column 1: more text after the end of the JSON object; expected one object per file");
  }
}
