package io.hcsim.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that notices when its reader has gone away (a broken pipe, as after
 * {@code hcsim simulate | head -3}): that is the reader's choice, not a failure to report, unlike
 * a full disk.
 */
final class PipeWatch extends FilterOutputStream {
  private volatile boolean readerGone;

  PipeWatch(OutputStream out) {
    super(out);
  }

  boolean readerGone() {
    return readerGone;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw watch(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw watch(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw watch(e);
    }
  }

  private IOException watch(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Broken pipe") || message.contains("EPIPE")) {
      readerGone = true;
    }
    return e;
  }
}
