package io.hcsim.cli;

import io.hcsim.simulation.experiment.ParallelRuns;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The status line every command shows on a terminal once it has worked for two seconds: how long
 * it has run and how many simulated runs it has played, redrawn twice a second until it ends (the
 * loops of a simulation, the plans of a search, the pages of a document all take time). It gives
 * way to the progress bar of a run whose total is known ({@link Progress}).
 */
final class Activity implements AutoCloseable {
  /** Shown after this long; a system property lets a test see it at once. */
  static final long SHOW_AFTER_MILLIS = Long.getLong("hcsim.activityAfterMillis", 2_000);
  private static final long REDRAW_MILLIS = 500;

  private final String command;
  private final PrintWriter err;
  private final long startNanos = System.nanoTime();
  private final long playedBefore = ParallelRuns.played();
  private final Thread thread;
  private volatile boolean done;
  private int shownWidth;

  private Activity(String command, PrintWriter err) {
    this.command = command;
    this.err = err;
    this.thread = new Thread(this::watch, "hcsim-activity");
    this.thread.setDaemon(true);
  }

  /** Starts the line for {@code command}; it shows only when stderr is a terminal, and never for a null command. */
  static Activity start(String command, PrintWriter err) {
    Activity a = new Activity(command, err);
    if (command != null && Progress.stderrIsTerminal()) {
      a.thread.start();
    }
    return a;
  }

  private void watch() {
    try {
      Thread.sleep(SHOW_AFTER_MILLIS);
      while (!done) {
        if (Progress.showing()) {
          clear();
        } else {
          draw(line());
        }
        Thread.sleep(REDRAW_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String line() {
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    long runs = ParallelRuns.played() - playedBefore;
    return String.format(Locale.ROOT, "hcsim %s: working for %d:%02d, %,d simulated runs so far", command,
        seconds / 60, seconds % 60, runs);
  }

  private synchronized void draw(String text) {
    if (done) {
      return;
    }
    err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
    err.flush();
    shownWidth = text.length();
  }

  private synchronized void clear() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      clear();
      done = true;
    }
    thread.interrupt();
  }
}
