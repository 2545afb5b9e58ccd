package io.hcsim.cli;

import io.hcsim.cli.serve.WebServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hcsim serve`: the local web page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a local web page: set a profile with sliders and see the odds move, compare preparation plans, read and "
          + "download a debrief, study a loop. The page calls the same code as the commands and needs no network.",
      "",
      "Listens on 127.0.0.1 only (this computer) until Ctrl-C; answers only pages it served itself. "
          + "The API is described in docs/serve.md."
    })
final class ServeCommand implements Callable<Integer> {
  static final String NAME = "serve";
  static final int DEFAULT_PORT = 8765;

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--port", paramLabel = "P", defaultValue = "" + DEFAULT_PORT,
      description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}). Another address lets other computers run "
          + "simulations on this one: hcsim warns, and the page has no password.")
  String bind;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new BadArgumentException("--port: " + port + " is out of range; expected 0 to 65535");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new BadArgumentException("--bind: '" + bind + "' is not an address of this computer; expected one such as 127.0.0.1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!address.isLoopbackAddress()) {
      err.println("warning: --bind " + bind + ": other computers that reach this address can use the page and run "
          + "simulations on this one; it has no password. Use it only on a network you trust.");
    }
    WebServer server;
    try {
      server = WebServer.start(address, port, err);
    } catch (java.io.IOException e) {
      throw new BadArgumentException("--port " + port + ": cannot listen on " + bind + ":" + port + " (" + e.getMessage()
          + "); is another hcsim serve running? Try --port 0 for a free port");
    }
    out.println("hcsim serve: open " + server.url() + " in your browser (Ctrl-C stops the server)");
    out.flush();
    if (open) {
      openBrowser(server.url(), err);
    }
    server.join();
    return Main.OK;
  }

  /** The desktop's browser, where there is a desktop; otherwise a line saying to open it by hand. */
  private static void openBrowser(java.net.URI url, PrintWriter err) {
    try {
      if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(url);
        return;
      }
    } catch (java.io.IOException | UnsupportedOperationException e) {
      // falls through to the message
    }
    err.println("note: --open: no desktop browser to open here; open " + url + " yourself");
  }
}
