package io.hcsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr for long experiments: it appears only when stderr is a terminal and
 * the run has already taken a second, so short runs and redirected output stay clean.
 */
final class Progress implements LongConsumer, AutoCloseable {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  /** Bars on screen: the command's status line ({@link Activity}) stays off while one is. */
  private static final java.util.concurrent.atomic.AtomicInteger SHOWING = new java.util.concurrent.atomic.AtomicInteger();
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private ProgressBar bar;

  private Progress(boolean enabled, long total) {
    this.enabled = enabled;
    this.total = total;
  }

  /** @param total runs expected, or -1 when unknown (a precision target) */
  static Progress onStderr(long total) {
    return new Progress(stderrIsTerminal(), total);
  }

  @Override
  public synchronized void accept(long done) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      long elapsed = System.nanoTime() - start;
      if (elapsed < SHOW_AFTER_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder()
          .startsFrom(done, java.time.Duration.ofNanos(elapsed))
          .setTaskName("Simulating")
          .setInitialMax(total)
          .setUnit(" loops", 1)
          .showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
      SHOWING.incrementAndGet();
    }
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      SHOWING.decrementAndGet();
    }
  }

  /** Whether a bar is on screen now. */
  static boolean showing() {
    return SHOWING.get() > 0;
  }

  static boolean stderrIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
