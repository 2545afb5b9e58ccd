package io.hcsim.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.files.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Which answer a path gets: the page's files from {@code resources/hcsim/web/}, {@code /api/…}
 * from {@link Api}. Every failure is one JSON object with a message (and the places it concerns),
 * never a stack trace; an internal error is logged on the server's terminal, and the server goes
 * on serving.
 */
final class Routes extends Handler.Abstract {
  private static final Pattern KEY_PATH = Pattern.compile("([A-Za-z][\\w-]*(?:\\.[\\w-]+|\\[\\d+])*): ");
  private static final Pattern ASSET = Pattern.compile("/([a-z0-9-]+\\.(html|css|js|svg))");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

  /** The most of an oversize body read only to be dropped; past it the connection is closed unanswered. */
  private static final long DRAINED_BYTES = 16L << 20;

  private final Api api;
  private final PrintWriter log;

  Routes(Api api, PrintWriter log) {
    this.api = api;
    this.log = log;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    Reply reply;
    try {
      reply = route(request, path);
    } catch (Refusal r) {
      reply = error(r);
    } catch (RuntimeException | IOException | StackOverflowError e) {
      synchronized (log) {
        log.println("hcsim serve: internal error on " + path + ": " + e);
        log.flush();
      }
      reply = error(Refusal.of(500, "internal error: " + e.getClass().getSimpleName()
          + "; the server goes on; please report it with the profile that caused it"));
    }
    if (path.startsWith("/api/debrief") && reply.status() == 200 && reply.type().startsWith("text/html")) {
      response.getHeaders().put("Content-Security-Policy", Guard.DOCUMENT_CSP);
    }
    send(response, callback, reply);
    return true;
  }

  private Reply route(Request request, String path) throws Refusal, IOException {
    String method = request.getMethod();
    if (path.startsWith("/api/")) {
      Fields query = Request.extractQueryParameters(request);
      return switch (method + " " + path) {
        case "GET /api/catalogue" -> api.catalogue();
        case "GET /api/words" -> Api.words(Optional.ofNullable(query.getValue("lang")).orElse("en"));
        case "POST /api/profile/validate" -> api.validate(body(request), query.getValue("name"));
        case "POST /api/profile/yaml" -> api.profileYaml(ask(request, query));
        case "POST /api/simulate" -> api.simulate(ask(request, query));
        case "POST /api/compare" -> api.compare(ask(request, query));
        case "POST /api/optimize", "GET /api/optimize" -> api.optimize(ask(request, query));
        case "POST /api/debrief", "GET /api/debrief" -> api.debrief(ask(request, query));
        case "POST /api/study" -> api.study(ask(request, query));
        default -> throw Refusal.of(path.matches("/api/(catalogue|words|profile/validate|profile/yaml|simulate|compare"
            + "|optimize|debrief|study)") ? 405 : 404, method + " " + path + ": no such request; see docs/serve.md");
      };
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw Refusal.of(405, method + " " + path + ": the page's files are only read");
    }
    String name = path.equals("/") ? "/index.html" : path;
    var m = ASSET.matcher(name);
    if (m.matches()) {
      try (InputStream in = Routes.class.getResourceAsStream("/hcsim/web/" + m.group(1))) {
        if (in != null) {
          return new Reply(200, TYPES.get(m.group(2)), in.readAllBytes(), Optional.empty());
        }
      }
    }
    throw Refusal.of(404, path + ": no such page");
  }

  /**
   * The request's JSON: the body of a POST, or for a GET (a download link, a debrief shown in a
   * frame) the {@code request} query parameter.
   */
  private static Ask ask(Request request, Fields query) throws Refusal, IOException {
    if (request.getMethod().equals("GET")) {
      String q = query.getValue("request");
      return Ask.parse(q == null ? new byte[0] : q.getBytes(StandardCharsets.UTF_8));
    }
    return Ask.parse(body(request));
  }

  /**
   * The body, refused whole if it is over the cap. The rest of an oversize body is still read
   * (and dropped), up to {@link #DRAINED_BYTES}, so that the client, still sending, reads the answer.
   */
  private static byte[] body(Request request) throws Refusal, IOException {
    try (InputStream in = Request.asInputStream(request)) {
      byte[] bytes = in.readNBytes(Caps.MAX_BODY_BYTES + 1);
      if (bytes.length > Caps.MAX_BODY_BYTES) {
        in.skipNBytes(Math.min(Math.max(0, request.getLength() - bytes.length), DRAINED_BYTES));
        throw tooLarge(request.getLength());
      }
      return bytes;
    }
  }

  private static Refusal tooLarge(long declared) {
    return Refusal.of(413, "the request is larger than " + Caps.MAX_BODY_BYTES / 1024 + " KiB"
        + (declared > 0 ? " (" + declared + " bytes)" : "") + "; a profile file is a few hundred bytes");
  }

  static Reply error(Refusal r) {
    ObjectNode out = Ask.JSON.createObjectNode();
    out.put("error", r.getMessage());
    out.put("status", r.status());
    ArrayNode problems = out.putArray("problems");
    for (InputProblem p : r.problems()) {
      problems.addObject().put("file", p.file()).put("where", p.where()).put("field", field(p))
          .put("message", p.message()).put("line", p.toString());
    }
    return new Reply(r.status(), Reply.JSON, (out.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8),
        Optional.empty());
  }

  /**
   * The key path a problem concerns, so the page can show it beside that control: its {@code
   * where}, or, when that is a line and column, the key path its message starts with.
   */
  static String field(InputProblem p) {
    if (!p.where().startsWith("line ")) {
      return p.where();
    }
    Matcher m = KEY_PATH.matcher(p.message());
    return m.lookingAt() ? m.group(1) : "";
  }

  static void send(Response response, Callback callback, Reply reply) {
    response.setStatus(reply.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.type());
    reply.download().ifPresent(name -> response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
        "attachment; filename=\"" + name + "\""));
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
