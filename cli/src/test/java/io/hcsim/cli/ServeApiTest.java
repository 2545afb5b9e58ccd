package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hcsim.cli.serve.WebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hcsim serve}'s API over HTTP on loopback, as the page calls it: the same JSON as the
 * commands for the same inputs and seed, strict reading of profiles with each problem's place,
 * the guard against other sites, the caps, and 50 requests at once.
 */
class ServeApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final StringWriter LOG = new StringWriter();
  private static WebServer server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    server = WebServer.start(InetAddress.getLoopbackAddress(), 0, new PrintWriter(LOG, true));
    base = server.url();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    assertThat(LOG.toString()).as("internal errors logged by the server").isEmpty();
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a Host or Origin of our choosing: java.net.http will not send a forged Host, a socket will. */
  static String raw(String host, String extraHeader) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(30_000);
      String request = "GET /api/catalogue HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeader + "Connection: close\r\n\r\n";
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void simulateAnswersExactlyWhatSimulateFormatJsonPrints() throws Exception {
    String cli = Cli.run("simulate", "--runs", "20000", "--seed", "7", "--format", "json").ok().out();
    HttpResponse<String> api = post("/api/simulate", "{\"runs\": 20000, \"seed\": 7}");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(api.body()).isEqualTo(cli);

    String veteran = Cli.run("simulate", "--profile", "health-tech-veteran-p7", "--loop", "bar-raiser", "--runs", "5000",
        "--format", "json").ok().out();
    assertThat(post("/api/simulate", "{\"profile\": \"health-tech-veteran-p7\", \"loop\": \"bar-raiser\", \"runs\": 5000}")
        .body()).isEqualTo(veteran);
  }

  @Test
  void aProfileGivenAsADocumentGivesTheSameOddsAsItsFile() throws Exception {
    Path file = Path.of("../core/src/main/resources/hcsim/catalogue/profiles/ecommerce-pm-p6.yaml");
    JsonNode document = new YAMLMapper().readTree(file.toFile());
    ObjectNode request = JSON.createObjectNode().put("runs", 5000);
    request.set("profile", document);
    JsonNode api = JSON.readTree(post("/api/simulate", request.toString()).body());
    JsonNode cli = Cli.run("simulate", "--profile", file.toString(), "--runs", "5000", "--format", "json").ok().json();
    assertThat(api.get("profile").asText()).isEqualTo("profile");
    ((ObjectNode) api).remove("profile");
    ((ObjectNode) cli).remove("profile");
    assertThat(api).isEqualTo(cli);
  }

  @Test
  void compareAndStudyAnswerWhatTheirCommandsPrint() throws Exception {
    String compare = Cli.run("compare", "--runs", "2000", "--hours", "40", "--strategies", "balanced,mock-heavy",
        "--format", "json").ok().out();
    assertThat(post("/api/compare", "{\"runs\": 2000, \"hours\": 40, \"strategies\": [\"balanced\", \"mock-heavy\"]}")
        .body()).isEqualTo(compare);
    String study = Cli.run("study", "--candidates", "2000", "--sweep", "rounds=3,4", "--format", "json").ok().out();
    assertThat(post("/api/study", "{\"candidates\": 2000, \"sweep\": \"rounds=3,4\"}").body()).isEqualTo(study);
  }

  @Test
  void optimizeGivesThePlanAndItsFile() throws Exception {
    String request = "{\"hours\": 20, \"step\": 5, \"runs\": 2000, \"searchRuns\": 1000, \"weeks\": 2}";
    JsonNode plan = JSON.readTree(post("/api/optimize", request).body());
    assertThat(plan.at("/optimized/schedule")).hasSize(2);
    HttpResponse<String> file = get("/api/optimize?request=" + URLEncoder.encode(
        request.replace("}", ", \"download\": \"plan\"}"), StandardCharsets.UTF_8));
    assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"plan.yaml\"");
    assertThat(file.body()).contains("name: optimized", "weeks: 2");
  }

  @Test
  void aBadProfileIsRefusedWithEachProblemsPlaceAndAGoodOneComesBackAsADocument() throws Exception {
    HttpResponse<String> bad = post("/api/profile/validate?name=me.yaml",
        "name: Me\ntargetLevel: P7\nproficiency:\n  product_sense: 7\n  domain_judgment: 3\n");
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode problems = JSON.readTree(bad.body()).get("problems");
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).get("file").asText()).isEqualTo("me.yaml");
    assertThat(problems.get(0).get("where").asText()).isEqualTo("line 4, column 3");
    assertThat(problems.get(0).get("field").asText()).isEqualTo("proficiency.product_sense");
    assertThat(problems.get(0).get("message").asText()).contains("7");
    Cli.assertNoStackTrace(bad.body());

    HttpResponse<String> syntax = post("/api/profile/validate?name=me.yaml", "proficiency: [unclosed\n");
    assertThat(syntax.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(syntax.body()).at("/problems/0/where").asText()).startsWith("line ");

    HttpResponse<String> good = post("/api/profile/validate?name=me.json",
        "{\"name\": \"Me\", \"targetLevel\": \"P6\", \"proficiency\": {\"product_sense\": 3.6}}");
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(good.body()).at("/document/proficiency/product_sense").asDouble()).isEqualTo(3.6);

    HttpResponse<String> simulated = post("/api/simulate", "{\"profile\": {\"name\": \"x\", \"targetLevel\": \"P7\","
        + " \"proficiency\": {\"execution\": \"high\"}}}");
    assertThat(simulated.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(simulated.body()).at("/problems/0/field").asText()).isEqualTo("proficiency.execution");
  }

  @Test
  void theDownloadedProfileIsAFileThatValidateAccepts(@TempDir Path dir) throws Exception {
    JsonNode catalogue = JSON.readTree(get("/api/catalogue").body());
    for (JsonNode p : catalogue.get("profiles")) {
      ObjectNode request = JSON.createObjectNode();
      ObjectNode document = p.get("document").deepCopy();
      document.with("proficiency").put("execution", 4.2);
      request.set("profile", document);
      HttpResponse<String> yaml = post("/api/profile/yaml", request.toString());
      assertThat(yaml.statusCode()).isEqualTo(200);
      Path file = dir.resolve(p.get("name").asText() + ".yaml");
      Files.writeString(file, yaml.body());
      assertThat(Cli.run("validate", file.toString()).ok().out()).contains("4.2", "is valid.");
    }
  }

  @Test
  void theDebriefIsAPdfOrHtmlInEitherLanguage() throws Exception {
    for (String lang : List.of("en", "zh")) {
      HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/debrief")).POST(
          HttpRequest.BodyPublishers.ofString("{\"format\": \"pdf\", \"lang\": \"" + lang + "\", \"outcome\": \"no-hire\"}"))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"debrief-" + lang + ".pdf\"");
    }
    HttpResponse<String> html = post("/api/debrief", "{\"format\": \"html\", \"lang\": \"zh\"}");
    assertThat(html.body()).contains("面试复盘");
    // The report's own HTML may style itself but run nothing.
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox", "default-src 'none'")
        .doesNotContain("script-src");
  }

  @Test
  void anotherHostOrOriginIsRefused() throws Exception {
    String port = ":" + server.port();
    assertThat(raw("127.0.0.1" + port, "")).startsWith("HTTP/1.1 200");
    assertThat(raw("localhost" + port, "Origin: http://localhost" + port + "\r\n")).startsWith("HTTP/1.1 200");
    // DNS rebinding: a name of the attacker's that resolves to 127.0.0.1 arrives with that name as its Host.
    assertThat(raw("attacker.example" + port, "")).startsWith("HTTP/1.1 403").contains("not to this server")
        .doesNotContain("competencies");
    assertThat(raw("127.0.0.1" + port, "Origin: http://attacker.example\r\n")).startsWith("HTTP/1.1 403")
        .contains("another site");
    assertThat(raw("127.0.0.1" + port, "Origin: null\r\n")).startsWith("HTTP/1.1 403");
    assertThat(raw("127.0.0.1" + port, "Sec-Fetch-Site: cross-site\r\n")).startsWith("HTTP/1.1 403");
    assertThat(raw("127.0.0.1:1", "")).startsWith("HTTP/1.1 403");
  }

  @Test
  void everyAnswerCarriesAStrictPolicyAndNoCors() throws Exception {
    for (String path : List.of("/", "/study.html", "/app.js", "/api/catalogue", "/api/nothing")) {
      HttpResponse<String> r = get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
          .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    // No inline script anywhere in the page's files: every script is a file of the page's own.
    for (String page : List.of("/", "/study.html")) {
      String html = get(page).body();
      assertThat(html).doesNotContain("<script>", "onclick", "onload", "style=\"", "http://", "https://");
    }
  }

  @Test
  void oversizeAndBadRequestsGetAMessageAndTheServerGoesOn() throws Exception {
    HttpResponse<String> big = post("/api/profile/validate?name=me.yaml", "a".repeat(300 * 1024));
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(big.body()).get("error").asText()).contains("larger than 256 KiB");

    HttpResponse<String> notJson = post("/api/simulate", "{\"runs\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(notJson.body()).get("error").asText()).contains("not JSON");

    HttpResponse<String> tooMany = post("/api/simulate", "{\"runs\": 5000000}");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(tooMany.body()).at("/problems/0/where").asText()).isEqualTo("runs");
    assertThat(JSON.readTree(tooMany.body()).get("error").asText()).contains("5,000,000", "200,000");

    HttpResponse<String> points = post("/api/study", "{\"sweep\": \"confidence=0.5,0.55,0.6,0.65,0.7,0.75,0.8,0.85,0.9\"}");
    assertThat(points.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(points.body()).at("/problems/0/where").asText()).isEqualTo("sweep");

    HttpResponse<String> file = post("/api/simulate", "{\"loop\": \"/etc/passwd\"}");
    assertThat(file.statusCode()).isEqualTo(400);
    assertThat(file.body()).contains("unknown loop").doesNotContain("root:");

    assertThat(post("/api/debrief", "{\"format\": \"exe\"}").statusCode()).isEqualTo(400);
    assertThat(get("/api/simulate").statusCode()).isEqualTo(405);
    assertThat(get("/../../etc/passwd").statusCode()).isIn(400, 404);
    for (String body : List.of(notJson.body(), tooMany.body(), points.body(), file.body())) {
      Cli.assertNoStackTrace(body);
    }
    assertThat(post("/api/simulate", "{\"runs\": 1000}").statusCode()).isEqualTo(200);
  }

  /**
   * 50 requests at once, as ten people opening the page would send them: each answered
   * correctly (the simulations equal the same request made alone), none refused, p99 under 2 s.
   */
  @Test
  void fiftyConcurrentRequestsAreAllAnsweredCorrectly() throws Exception {
    List<String> simulations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      simulations.add("{\"runs\": 1000, \"profile\": {\"name\": \"c\", \"targetLevel\": \"P7\", \"proficiency\": "
          + "{\"product_sense\": " + (3 + i * 0.1) + "}}}");
    }
    List<String> expected = new ArrayList<>();
    for (String s : simulations) {
      expected.add(post("/api/simulate", s).body());
    }
    String catalogue = get("/api/catalogue").body();
    String words = get("/api/words?lang=zh").body();
    List<Callable<long[]>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int k = i;
      calls.add(() -> {
        long t0 = System.nanoTime();
        HttpResponse<String> r = switch (k % 5) {
          case 0 -> post("/api/simulate", simulations.get(k / 5));
          case 1 -> get("/api/catalogue");
          case 2 -> get("/api/words?lang=zh");
          case 3 -> post("/api/profile/validate?name=p.yaml", "name: P\ntargetLevel: P6\n");
          default -> get("/");
        };
        long took = System.nanoTime() - t0;
        assertThat(r.statusCode()).as("request %d: %s", k, r.body()).isEqualTo(200);
        switch (k % 5) {
          case 0 -> assertThat(r.body()).isEqualTo(expected.get(k / 5));
          case 1 -> assertThat(r.body()).isEqualTo(catalogue);
          case 2 -> assertThat(r.body()).isEqualTo(words);
          default -> assertThat(r.body()).isNotEmpty();
        }
        return new long[] {took};
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    long[] millis;
    try {
      List<Future<long[]>> done = pool.invokeAll(calls);
      millis = new long[done.size()];
      for (int i = 0; i < done.size(); i++) {
        millis[i] = done.get(i).get()[0] / 1_000_000;
      }
    } finally {
      pool.shutdownNow();
    }
    Arrays.sort(millis);
    long p99 = millis[(int) Math.ceil(0.99 * millis.length) - 1];
    System.out.printf("serve load test: 50 concurrent requests, median %d ms, p99 %d ms, max %d ms%n",
        millis[millis.length / 2], p99, millis[millis.length - 1]);
    assertThat(p99).as("p99 in ms").isLessThan(2_000);
  }
}
