package io.hcsim.core.files;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the files the reader tests feed in: each document once, in YAML, and as JSON on demand. */
public final class TestFiles {
  /** The two formats a user may write; a test written in YAML runs in both. */
  public enum Format {
    YAML,
    JSON;

    public String fileName(String stem) {
      return stem + "." + name().toLowerCase(Locale.ROOT);
    }
  }

  private TestFiles() {}

  /** Writes {@code yaml} to {@code dir/stem.yaml}, or the same document to {@code dir/stem.json}. */
  public static Path write(Path dir, String stem, Format format, String yaml) {
    return writeText(dir, format.fileName(stem), format == Format.YAML ? yaml : toJson(yaml));
  }

  public static Path writeText(Path dir, String fileName, String text) {
    return writeBytes(dir, fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path writeBytes(Path dir, String fileName, byte[] bytes) {
    try {
      return Files.write(dir.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text file of the test resources, by its path from the root of the class path. */
  public static String resource(String path) {
    try (InputStream in = TestFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same document as pretty-printed JSON, one key a line, so that line numbers mean something. */
  private static String toJson(String yaml) {
    try {
      return JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(new YAMLMapper().readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
