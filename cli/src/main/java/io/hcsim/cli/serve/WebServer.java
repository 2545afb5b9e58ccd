package io.hcsim.cli.serve;

import io.hcsim.core.library.Library;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The page's server: Jetty's core HTTP server (no servlet container) on one address and port,
 * the {@link Guard} in front of the {@link Routes}. Started, it serves until {@link #close()}.
 */
public final class WebServer implements AutoCloseable {
  /** Simulations that run at once; each already uses every core, so more would only share them. */
  static final int RUNNING = 2;
  /** Requests that may wait for a slot; more are refused at once (503). */
  static final int WAITING = 64;
  /** How long a request waits for a slot before it is refused (503). */
  static final Duration PATIENCE = Duration.ofSeconds(20);
  /** Jetty's threads: the waiting and running requests, and a few to answer the others meanwhile. */
  private static final int THREADS = RUNNING + WAITING + 8;
  /** Jetty says it started and stopped at INFO; only its warnings reach the terminal. Held: JUL keeps loggers weakly. */
  private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");

  private final Server server;
  private final ServerConnector connector;

  private WebServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts serving on {@code address} and {@code port} (0: any free port).
   *
   * @param log where internal errors are reported (the terminal)
   */
  public static WebServer start(InetAddress address, int port, PrintWriter log) throws Exception {
    JETTY.setLevel(Level.WARNING);
    QueuedThreadPool pool = new QueuedThreadPool(THREADS, 4);
    pool.setName("hcsim-serve");
    Server server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(address.getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);
    Api api = new Api(Library.bundled(), new Slots(RUNNING, WAITING, PATIENCE), Runtime.getRuntime().availableProcessors());
    WebServer web = new WebServer(server, connector);
    // The Guard needs the port, which is known only once bound: it reads it from the connector.
    server.setHandler(new Guard(web::hosts, new Routes(api, log)));
    server.setStopAtShutdown(true);
    server.start();
    return web;
  }

  /** The {@code host:port} names this server answers to. */
  Set<String> hosts() {
    int port = port();
    InetAddress bound = address();
    Set<String> names = new LinkedHashSet<>();
    names.add(literal(bound) + ":" + port);
    if (bound.isLoopbackAddress()) {
      names.add("localhost:" + port);
      names.add("127.0.0.1:" + port);
      names.add("[::1]:" + port);
    }
    return names;
  }

  public int port() {
    return connector.getLocalPort();
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(connector.getHost());
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("the bound address is a literal", e);
    }
  }

  /** The address to open in a browser. */
  public URI url() {
    InetAddress a = address();
    return URI.create("http://" + (a.isLoopbackAddress() ? "127.0.0.1" : literal(a)) + ":" + port() + "/");
  }

  private static String literal(InetAddress a) {
    return a instanceof Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
  }

  /** Serves until the server is stopped (Ctrl-C). */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
