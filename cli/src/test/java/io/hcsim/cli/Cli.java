package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the command line in-process, as {@code ./hcsim ARGS} would, and captures what it prints. */
final class Cli {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<List<String>, Result> CACHE = new ConcurrentHashMap<>();

  private Cli() {}

  /** What one invocation did. {@code stray} is whatever went to System.err behind the streams' back. */
  record Result(int code, String out, String err, String stray) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : err.lines().toList();
    }

    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + out, e);
      }
    }

    /** Exit 0, nothing on stderr at all. */
    Result ok() {
      assertThat(code).as("exit code; stderr: %s", err).isZero();
      assertThat(err).as("stderr").isEmpty();
      assertThat(stray).as("stray System.err output").isEmpty();
      return this;
    }

    /** Exit 2, nothing on stdout, and each stderr line a plain message without any stack trace. */
    Result badInput() {
      assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Main.BAD_INPUT);
      assertThat(out).as("stdout").isEmpty();
      assertThat(errLines()).as("stderr").isNotEmpty();
      assertNoStackTrace(err + stray);
      return this;
    }

    /** Exactly one line on stderr, containing every fragment given. */
    Result oneLine(String... fragments) {
      assertThat(errLines()).as("stderr").hasSize(1);
      assertThat(err).contains(fragments);
      return this;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream systemErr = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    int code;
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e);
    } finally {
      System.setErr(systemErr);
    }
    return new Result(code, out.toString(), err.toString(), stray.toString(StandardCharsets.UTF_8));
  }

  /** Like {@link #run}, remembering results: for the read-only simulations several tests look at. */
  static Result cached(String... args) {
    return CACHE.computeIfAbsent(Arrays.asList(args), a -> run(args));
  }

  static void assertNoStackTrace(String text) {
    assertThat(text).doesNotContain("Exception", "\tat ", "at io.", "at com.", "at java.", "at picocli.");
  }
}
