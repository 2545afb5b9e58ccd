package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Printable;
import io.hcsim.core.files.Suggestions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The hcsim command line. Exit codes: 0 done, 2 bad input (each problem on one line, naming the
 * file, the place in it and what is expected), 1 an internal error.
 */
@Command(
    name = "hcsim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Hiring-committee simulator: plays an interview loop against a candidate",
      "profile many times and reports the odds of an offer, at which level, and why.",
      "",
      "Start with: hcsim simulate    (the bundled example)",
      "            hcsim init me.yaml && hcsim simulate --profile me.yaml"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:internal error", "2:bad input (each problem on one line)"},
    subcommands = {
      SimulateCommand.class,
      StudyCommand.class,
      DebriefCommand.class,
      ScoreCommand.class,
      ProfilesCommand.class,
      LoopsCommand.class,
      InitCommand.class,
      ValidateCommand.class,
      CompareCommand.class,
      OptimizeCommand.class,
      SensitivityCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int BAD_INPUT = 2;
  /** At most this many problem lines are printed; a count says how many more there are. */
  static final int MAX_PROBLEM_LINES = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.Mixin CommonOptions common;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    Preload.start(args);
    // Straight onto the file descriptors, not System.out/System.err: those are PrintStreams,
    // which swallow write errors, so a full disk or a closed pipe would go unnoticed.
    PipeWatch stdout = new PipeWatch(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, out, err, stdout::readerGone);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs hcsim with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, () -> false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter)}; {@code readerGone} tells whether stdout's
   * reader closed the pipe, which ends the output quietly, as other command-line tools do.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, java.util.function.BooleanSupplier readerGone) {
    int code = execute(args, out, err);
    // PrintWriter never throws: it only remembers that a write failed. Output that did not get
    // written (a full disk) must not look like success.
    if (out.checkError() && readerGone.getAsBoolean() && !err.checkError()) {
      return code;
    }
    if (out.checkError() || err.checkError()) {
      err.println("hcsim: cannot write the output; is the disk full?");
      err.flush();
      return code == OK ? BAD_INPUT : code;
    }
    return code;
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    if (unreadableInThisLocale(args)) {
      err.println("hcsim: the command line holds characters this locale's character set ("
          + System.getProperty("sun.jnu.encoding") + ") cannot hold, such as a Chinese file name; run hcsim under a"
          + " UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the hcsim launcher script does so itself)");
      return BAD_INPUT;
    }
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // Subcommands show -V too; without this they would print nothing.
    cmd.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    cmd.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      String message = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
          ? unmatched(c.getCommandSpec(), u.getUnmatched().get(0))
          : ex.getMessage();
      err.println(Printable.escape(c.getCommandName() + ": " + message)
          + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      return BAD_INPUT;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof InvalidInputException bad) {
        // A file can hold thousands of problems (an alias used everywhere): the first ones are enough to act on.
        bad.problems().stream().limit(MAX_PROBLEM_LINES).forEach(p -> err.println("error: " + p));
        int more = bad.problems().size() - MAX_PROBLEM_LINES;
        if (more > 0) {
          err.println("... and " + more + " more problem" + (more == 1 ? "" : "s"));
        }
        return BAD_INPUT;
      }
      if (ex instanceof BadArgumentException bad) {
        err.println(Printable.escape(c.getCommandName() + ": " + bad.getMessage()));
        return BAD_INPUT;
      }
      return internalError(ex, debug, err);
    });
    cmd.setExecutionStrategy(parsed -> {
      OutputFile.refuseInputs(parsed);
      String command = parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "hcsim";
      // The status line while the command works; a server works until stopped, and prints its own lines.
      Activity activity = Activity.start(command.equals(ServeCommand.NAME) ? null : command, err);
      try {
        return new CommandLine.RunLast().execute(parsed);
      } finally {
        activity.close();
      }
    });
    try {
      return cmd.execute(args);
    } catch (Throwable ex) { // an Error (out of memory, a stack overflow) passes picocli's handlers
      return internalError(ex, debug, err);
    }
  }

  /**
   * Whether Java could not decode an argument: under an ASCII locale (LANG=C) every byte of a
   * non-ASCII name became U+FFFD, and such a name can be neither read nor written.
   */
  private static boolean unreadableInThisLocale(String[] args) {
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    return !encoding.equalsIgnoreCase("UTF-8") && Arrays.stream(args).anyMatch(a -> a.indexOf('\uFFFD') >= 0);
  }

  /** Any failure that is not the user's: one line, the trace only with --debug. */
  private static int internalError(Throwable ex, boolean debug, PrintWriter err) {
    Throwable cause = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
    Throwable oom = cause;
    while (oom != null && !(oom instanceof OutOfMemoryError)) {
      oom = oom.getCause(); // a worker thread's, wrapped by the pool
    }
    String what = oom != null
        ? "out of memory (" + oom.getMessage() + "); give Java more with HCSIM_JAVA_OPTS=-Xmx2g"
        : cause.toString();
    err.println("hcsim: internal error: " + Printable.escape(what) + (debug ? "" : " (run again with --debug for details)"));
    if (debug) {
      cause.printStackTrace(err);
    }
    return INTERNAL_ERROR;
  }

  /** One line for an argument picocli could not place: an unknown option or command, with the closest valid one. */
  private static String unmatched(CommandLine.Model.CommandSpec spec, String arg) {
    if (arg.startsWith("-")) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      // Only long names are worth suggesting: every short one is a single edit from any other.
      List<String> longNames = spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
          .filter(n -> n.startsWith("--")).toList();
      return "unknown option '" + name + "'" + (name.startsWith("--")
          ? Suggestions.closest(name, longNames).map(n -> "; did you mean '" + n + "'?").orElse("") : "");
    }
    if (!spec.subcommands().isEmpty()) {
      return Suggestions.unknown("command", arg, spec.subcommands().keySet());
    }
    return "unexpected argument '" + arg + "'";
  }
}
