package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output that cannot be written (a full disk) is a failure, never exit 0; a reader that closes the pipe is not. */
class OutputFailureTest {
  /** Every write fails, as on a full disk. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static PrintWriter failing() {
    return new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8), true);
  }

  @ParameterizedTest(name = "hcsim {0} > full disk")
  @ValueSource(strings = {"--help", "loops", "loops --show ali-health-pm", "profiles --show consumer-pm-to-health",
      "validate consumer-pm-to-health", "simulate --runs 2000 -t 1 --format json", "simulate --runs 2000 -t 1"})
  void anUnwritableOutputExitsTwoWithOneLine(String args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args.split(" "), failing(), new PrintWriter(err));
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString().lines()).containsExactly("hcsim: cannot write the output; is the disk full?");
  }

  @Test
  void aBadInputKeepsItsOwnMessageWhenNothingWasWritten() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"simulate", "--runs", "0"}, failing(), new PrintWriter(err));
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString().contains("--runs", "out of range");
  }

  @Test
  void anUnwritableStderrIsNotSuccessEither(@TempDir Path dir) throws IOException {
    // A profile that leaves competencies out is valid, with a warning on stderr.
    Path file = Files.writeString(dir.resolve("thin.yaml"), "name: x\ntargetLevel: P7\n");
    assertThat(Cli.run("validate", file.toString()).err()).startsWith("warning: ");
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"validate", file.toString()}, new PrintWriter(out), failing());
    assertThat(out.toString()).contains(file + " is valid.");
    assertThat(code).isEqualTo(Main.BAD_INPUT);
  }

  /** Every write fails as when the reader has closed the pipe ({@code hcsim ... | head -3}). */
  private static final class ClosedPipe extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  }

  @Test
  void aReaderThatClosesThePipeEndsTheOutputQuietly() {
    PipeWatch watch = new PipeWatch(new ClosedPipe());
    PrintWriter out = new PrintWriter(new OutputStreamWriter(watch, StandardCharsets.UTF_8), true);
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"loops"}, out, new PrintWriter(err), watch::readerGone);
    assertThat(watch.readerGone()).isTrue();
    assertThat(code).isEqualTo(Main.OK);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFullDiskIsNotMistakenForAClosedPipe() {
    PipeWatch watch = new PipeWatch(new FullDisk());
    PrintWriter out = new PrintWriter(new OutputStreamWriter(watch, StandardCharsets.UTF_8), true);
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"loops"}, out, new PrintWriter(err), watch::readerGone);
    assertThat(watch.readerGone()).isFalse();
    assertThat(code).isEqualTo(Main.BAD_INPUT);
  }
}
