package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Profiles, loops, scorecards and plans are files people receive from others. Every text field
 * they can carry holds a payload here — a script that would retitle the page, a name that would
 * close the style sheet and hide the body, raw HTML and Markdown, entities — and every document
 * of every command, in both languages, must show it as text: the DOM of the HTML as Chromium
 * builds it (no script ran, no element was injected, the body shows), the text of the PDF as
 * pdftotext reads it, the Markdown as a CommonMark viewer with GitHub tables renders it.
 */
class InjectionTest {
  /** Closes the style element, then the CSS rule: the two holes of the page footer. */
  static final String NAME = "x</style><script>document.title='PWNED'</script><style>\"} } body { display: none } "
      + "@page { @bottom-center { content: \"x | <img src=x onerror=\"document.title='PWNED'\">";
  static final String NOTES = "<script>document.title='PWNED'</script> **bold** [a](javascript:alert(1)) | cell &amp; \\ #";
  static final String LOOP_NAME = "Loop</title><script>document.title='PWNED'</script> | `code`";
  static final String DESCRIPTION = "<b onmouseover=\"document.title='PWNED'\">described</b> & ]]> -->";
  static final String PERSONA = "<i>Screener</i></style>";
  static final String PLAN = "plan<script>document.title='PWNED'</script>";

  @TempDir static Path dir;
  static ChromeDriver browser;

  @BeforeAll
  static void files() throws IOException {
    write("hostile-profile.yaml", String.join("\n",
        "name: " + yaml(NAME),
        "targetLevel: P7",
        "proficiency: {role_fit: 3.4, product_sense: 3.8, domain_judgment: 3.3, regulatory_privacy: 3.2, ecosystem: 3.3,",
        "  execution: 3.6, stakeholder_leadership: 3.5, data_outcomes: 3.4, communication: 3.7, values: 3.5, motivation: 3.6}",
        "notes: " + yaml(NOTES), ""));
    write("hostile-loop.yaml", String.join("\n",
        "extends: ali-health-pm",
        "id: hostile",
        "name: " + yaml(LOOP_NAME),
        "description: " + yaml(DESCRIPTION),
        "personas:",
        "  recruiter: {en: " + yaml(PERSONA) + ", zh: " + yaml(PERSONA) + ", description: " + yaml(DESCRIPTION)
            + ", severity: -0.15, noise: 0.55, cutWidth: 1.1, anchoring: 0.2}", ""));
    write("hostile-scorecard.yaml", String.join("\n",
        "loop: hostile-loop.yaml",
        "targetLevel: P7",
        "candidate: " + yaml(NAME),
        "rounds:",
        "  - round: recruiter",
        "    ratings: {role_fit: LEAN_HIRE, motivation: STRONG_HIRE}",
        "    notes: " + yaml(NOTES), ""));
    write("hostile-plan.yaml", String.join("\n", "name: " + yaml(PLAN), "hours: {mock_loops: 20, regulation_landscape: 20}", ""));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Every document kind × format × language, each with the payload it must show as text. */
  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      for (String ext : List.of("html", "pdf")) {
        all.add(doc("simulate", lang, ext, NAME, "simulate", "-p", p("hostile-profile.yaml"), "-l", p("hostile-loop.yaml"),
            "-n", "2000", "--report"));
        all.add(doc("compare", lang, ext, NAME, "compare", "-p", p("hostile-profile.yaml"), "-n", "1000",
            "--strategies", "balanced", "--plan", p("hostile-plan.yaml"), "--report"));
        all.add(doc("optimize", lang, ext, NAME, "optimize", "-p", p("hostile-profile.yaml"), "-n", "1000",
            "--search-runs", "300", "--step", "20", "--report"));
        all.add(doc("sensitivity", lang, ext, NAME, "sensitivity", "-p", p("hostile-profile.yaml"), "-n", "1000", "--report"));
        all.add(doc("study", lang, ext, LOOP_NAME, "study", "-l", p("hostile-loop.yaml"), "--candidates", "400", "--report"));
        all.add(doc("score", lang, ext, NAME, "score", p("hostile-scorecard.yaml"), "--out"));
      }
      for (String ext : List.of("html", "pdf", "md")) {
        all.add(doc("debrief", lang, ext, NAME, "debrief", "-p", p("hostile-profile.yaml"), "-l", p("hostile-loop.yaml"),
            "--out"));
      }
      all.add(doc("score", lang, "md", NAME, "score", p("hostile-scorecard.yaml"), "--out"));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("documents")
  void everyDocumentShowsThePayloadAsText(String kind, String lang, String ext, String shown, List<String> command)
      throws Exception {
    Path out = dir.resolve(kind + "-" + lang + "." + ext);
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(out.toString(), "--lang", lang, "--force"));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isZero();
    switch (ext) {
      case "html" -> html(out, shown);
      case "pdf" -> pdf(out, shown);
      default -> markdown(out, shown);
    }
  }

  @Test
  void textAndJsonCarryThePayloadVerbatim() throws Exception {
    Cli.Result text = Cli.run("debrief", "-p", p("hostile-profile.yaml"), "-l", p("hostile-loop.yaml"));
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains(NAME);
    Cli.Result json = Cli.run("debrief", "-p", p("hostile-profile.yaml"), "-l", p("hostile-loop.yaml"), "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.json().toString()).contains(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(NAME));
  }

  private static void html(Path file, String shown) throws IOException {
    if (browser == null) {
      browser = Browser.start(dir.resolve("chromium-profile"));
    }
    browser.get(file.toUri().toString());
    assertThat(browser.getTitle()).as("the page's title").isNotEqualTo("PWNED");
    assertThat(browser.findElements(By.tagName("script"))).as("script elements").isEmpty();
    assertThat(browser.findElements(By.xpath("//img | //*[@onerror] | //*[@onmouseover] | //i[.='Screener'] | //b[.='described']")))
        .as("injected elements").isEmpty();
    assertThat(browser.findElement(By.tagName("body")).isDisplayed()).as("the body shows").isTrue();
    assertThat(squash(browser.findElement(By.tagName("body")).getText())).contains(squash(shown));
  }

  private static void pdf(Path file, String shown) throws Exception {
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
    String text;
    try (InputStream in = p.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("pdftotext: %s", text).isTrue();
    // the body is there (a hidden body leaves only the footer), and the payload reads as written
    assertThat(text.lines().filter(l -> !l.isBlank()).count()).as("lines of text").isGreaterThan(15);
    assertThat(squash(text)).contains(squash(shown));
  }

  private static void markdown(Path file, String shown) throws IOException {
    String md = Files.readString(file);
    List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
    String html = HtmlRenderer.builder().extensions(tables).build()
        .render(Parser.builder().extensions(tables).build().parse(md));
    for (String tag : Set.of("<script", "<img", "<style", "<b ", "<b>", "<i>", "href=\"javascript")) {
      assertThat(html).as("rendered Markdown").doesNotContain(tag);
    }
    // a table drops cells beyond its columns: a | in the name must stay inside its cell to be read whole
    assertThat(squash(unescape(html.replaceAll("<[^>]+>", "")))).contains(squash(shown));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** Without white space: a PDF or a browser may wrap a long value anywhere. */
  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static Arguments doc(String kind, String lang, String ext, String shown, String... command) {
    return Arguments.of(kind, lang, ext, shown, List.of(command));
  }

  private static String p(String name) {
    return dir.resolve(name).toString();
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  /** A YAML double-quoted scalar. */
  private static String yaml(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
