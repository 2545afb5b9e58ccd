package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.cli.serve.WebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page of {@code hcsim serve} in a real browser (headless Chromium): it loads and shows the
 * odds, a slider moved shows new odds (and moved back, the same ones: the seed is fixed), the
 * language switches every word, a bad profile's error shows beside its slider, the debrief
 * downloads as a PDF, the preparation and the loop study draw. Each page is saved as a picture
 * in target/ for a person to look at; the time from a slider's move to its new odds is measured
 * and written to target/serve-slider-timings.txt (docs/performance.md reports it).
 */
class ServePageTest {
  private static final Path SHOTS = Path.of("target");
  private static final StringWriter LOG = new StringWriter();
  @TempDir static Path dir;
  static WebServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start(dir.resolve("chromium"), dir.resolve("downloads"));
    server = WebServer.start(InetAddress.getLoopbackAddress(), 0, new PrintWriter(LOG, true));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    assertThat(LOG.toString()).as("internal errors logged by the server").isEmpty();
  }

  /** The candidate page, loaded in English with the default profile's odds shown. */
  private static void open() {
    browser.get(server.url().toString());
    browser.executeScript("localStorage.clear()");
    browser.get(server.url().toString());
    waitFor("the first odds", () -> browser.findElement(By.tagName("body")).getAttribute("data-odds-seq") != null
        && "false".equals(browser.findElement(By.tagName("body")).getAttribute("data-busy")));
  }

  private static String odds() {
    return browser.findElement(By.id("p-offer")).getText();
  }

  private static String seq() {
    return browser.findElement(By.tagName("body")).getAttribute("data-odds-seq");
  }

  /** Presses a key on a slider and waits for the odds of that move; returns the milliseconds the page measured. */
  private static long move(String competency, Keys key) {
    return press("proficiency." + competency, key);
  }

  /** Presses a key on the slider of profile key {@code key} and waits for the odds of that move. */
  private static long press(String key, Keys pressed) {
    String before = seq();
    browser.findElement(By.cssSelector("input[data-key='" + key + "']")).sendKeys(pressed);
    waitFor("new odds", () -> !before.equals(seq()) && "false".equals(browser.findElement(By.tagName("body")).getAttribute("data-busy")));
    return Long.parseLong(browser.findElement(By.tagName("body")).getAttribute("data-odds-ms"));
  }

  @Test
  void aSliderMovedShowsNewOddsAndMovedBackTheSameOnes() throws Exception {
    open();
    String first = odds();
    assertThat(first).matches("\\d+\\.\\d%");
    // The big figure is the odds as interviewers would likely rate the candidate; beside it, as they rate themselves.
    assertThat(browser.findElement(By.id("p-likely")).getText()).isEqualTo("as interviewers would likely rate you");
    assertThat(browser.findElement(By.id("p-self")).getText()).matches("As you rate yourself: \\d+\\.\\d%");
    assertThat(browser.findElement(By.id("p-range")).getText()).startsWith("If interviewers find you 0.57 weaker or stronger");
    assertThat(browser.findElement(By.id("s-leniency")).getAttribute("value")).isEqualTo("0.2");
    assertThat(browser.findElement(By.id("p-bar")).getText())
        .startsWith("Overall proficiency 3.33 (about 3.13 as interviewers would likely rate you)");
    assertThat(browser.findElement(By.id("chart-funnel")).findElements(By.className("barrow"))).hasSizeGreaterThan(3);
    shot("serve-odds");
    for (int i = 0; i < 3; i++) { // warms the server's compiled code
      move("regulatory_privacy", Keys.ARROW_RIGHT);
      move("regulatory_privacy", Keys.ARROW_LEFT);
    }
    assertThat(odds()).as("back where it started, on the same seed").isEqualTo(first);
    move("regulatory_privacy", Keys.ARROW_RIGHT);
    move("regulatory_privacy", Keys.ARROW_RIGHT);
    move("regulatory_privacy", Keys.ARROW_RIGHT);
    String raised = odds();
    assertThat(Double.parseDouble(raised.replace("%", ""))).as("raising the weakest competency")
        .isGreaterThan(Double.parseDouble(first.replace("%", "")));
    // Timed on profiles not seen before (the server keeps recent answers, which would be instant),
    // each one step of one slider, down and up in turn, so the profile stays by the default one.
    List<Long> millis = new ArrayList<>();
    List<String> sliders = List.of("role_fit", "product_sense", "domain_judgment", "ecosystem", "execution",
        "stakeholder_leadership", "data_outcomes", "communication", "values", "motivation");
    for (int i = 0; i < sliders.size(); i++) {
      millis.add(move(sliders.get(i), i % 2 == 0 ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT));
    }
    long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
    String line = String.format("slider move to new odds (20,000 runs, warm, Chromium headless): median %d ms, "
        + "max %d ms over %d moves: %s%n", sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length,
        Arrays.toString(sorted));
    System.out.print(line);
    Files.writeString(SHOTS.resolve("serve-slider-timings.txt"), line, StandardCharsets.UTF_8);
    assertThat(sorted[sorted.length / 2]).as("median ms from a move to its odds").isLessThan(5_000);
  }

  /** Keys pressed faster than the odds come back: the odds shown at the end are the last position's. */
  @Test
  void theLastMoveWins() throws Exception {
    open();
    WebElement slider = browser.findElement(By.cssSelector("input[data-key='proficiency.domain_judgment']"));
    slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    waitFor("the odds to settle", () -> "false".equals(browser.findElement(By.tagName("body")).getAttribute("data-busy"))
        && browser.findElement(By.id("p-offer")).getText().matches(".*\\d.*"));
    Thread.sleep(300); // nothing pending either: the page would be busy again within its 40 ms wait
    waitFor("the odds to settle", () -> "false".equals(browser.findElement(By.tagName("body")).getAttribute("data-busy")));
    String fast = odds();
    assertThat(slider.getAttribute("value")).isEqualTo("3.3");
    open();
    for (int i = 0; i < 5; i++) {
      move("domain_judgment", Keys.ARROW_RIGHT);
    }
    assertThat(odds()).as("the same position reached one move at a time").isEqualTo(fast);
  }

  /**
   * Interview readiness has its slider: a profile that states none starts untrained (-0.15), a
   * readier candidate gets better odds, and the levers name readiness as what practice buys.
   */
  @Test
  void theReadinessSliderStartsUntrainedAndARaiseShowsInTheOdds() throws Exception {
    open();
    WebElement slider = browser.findElement(By.cssSelector("input[data-key='readiness']"));
    assertThat(slider.getAttribute("value")).isEqualTo("-0.15");
    assertThat(browser.findElement(By.cssSelector("label[for='s-readiness']")).getText()).startsWith("Interview readiness");
    assertThat(browser.findElement(By.id("levers")).getText()).contains("Interview readiness, which practice buys");
    String untrained = odds();
    for (int i = 0; i < 3; i++) {
      press("readiness", Keys.ARROW_RIGHT);
    }
    assertThat(slider.getAttribute("value")).isEqualTo("0");
    assertThat(Double.parseDouble(odds().replace("%", ""))).as("as ready as the typical applicant")
        .isGreaterThan(Double.parseDouble(untrained.replace("%", "")));
    browser.findElement(By.cssSelector("button[data-lang='zh']")).click();
    waitFor("Chinese words", () -> browser.findElement(By.cssSelector("label[for='s-readiness']")).getText()
        .startsWith("面试临场表现"));
    browser.findElement(By.cssSelector("button[data-lang='en']")).click();
    waitFor("English words", () -> browser.findElement(By.cssSelector("#profile h2")).getText().equals("Candidate profile"));
  }

  @Test
  void theLanguageSwitchesEveryWordOfThePage() throws Exception {
    open();
    browser.findElement(By.cssSelector("button[data-lang='zh']")).click();
    waitFor("Chinese words", () -> browser.findElement(By.cssSelector("#profile h2")).getText().equals("候选人档案"));
    assertThat(browser.findElement(By.cssSelector("label[for='s-proficiency-product_sense']")).getText()).isEqualTo("产品感");
    assertThat(browser.findElement(By.cssSelector("[data-tab='odds']")).getText()).isEqualTo("成功率");
    waitFor("the odds' words in Chinese", () -> browser.findElement(By.id("p-ci")).getText().contains("置信区间"));
    assertThat(browser.findElement(By.id("p-self")).getText()).startsWith("按你的自评：");
    assertThat(browser.findElement(By.id("p-likely")).getText()).isEqualTo("面试官大概率给出的评价");
    assertThat(browser.findElement(By.id("chart-funnel")).getText()).contains("招聘");
    assertThat(browser.findElement(By.cssSelector("#start option:checked")).getText())
        .as("a bundled profile by its Chinese name, not its id").isEqualTo("从C端产品转做医疗健康的产品经理（P7）");
    // No English sentence left among the page's own words (names such as P7 and CNY aside).
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(text).doesNotContain("Candidate profile", "Chance of an offer", "Round by round", "interval", "reached");
    shot("serve-odds-zh");
    browser.findElement(By.cssSelector("button[data-lang='en']")).click();
    waitFor("English words", () -> browser.findElement(By.cssSelector("#profile h2")).getText().equals("Candidate profile"));
  }

  @Test
  void aBadProfileShowsItsErrorBesideTheField() throws Exception {
    open();
    Path bad = dir.resolve("bad-profile.yaml");
    Files.writeString(bad, "name: Bad\ntargetLevel: P7\nproficiency:\n  product_sense: 7\n  execution: 3.5\n");
    String before = odds();
    browser.findElement(By.id("upload")).sendKeys(bad.toAbsolutePath().toString());
    WebElement err = browser.findElement(By.cssSelector("[data-err='proficiency.product_sense']"));
    waitFor("the error beside product sense", () -> !err.getText().isEmpty());
    assertThat(err.getText()).contains("7 is out of range", "expected 1 to 5", "bad-profile.yaml, line 4");
    assertThat(err.getText()).doesNotContain("Exception");
    assertThat(odds()).as("the page keeps the profile it had").isEqualTo(before);
    shot("serve-bad-profile");

    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"name\": \"Good\", \"targetLevel\": \"P6\", \"proficiency\": {\"product_sense\": 4.5}}");
    String seqBefore = seq();
    browser.findElement(By.id("upload")).sendKeys(good.toAbsolutePath().toString());
    waitFor("the uploaded profile's odds", () -> !seqBefore.equals(seq()) && "false".equals(
        browser.findElement(By.tagName("body")).getAttribute("data-busy")));
    assertThat(err.getText()).isEmpty();
    assertThat(browser.findElement(By.id("s-proficiency-product_sense")).getAttribute("value")).isEqualTo("4.5");
    assertThat(browser.findElement(By.id("targetLevel")).getAttribute("value")).isEqualTo("P6");

    // The profile as edited, downloaded as YAML that validate reads back.
    browser.findElement(By.cssSelector("input[data-key='proficiency.execution']")).sendKeys(Keys.END);
    browser.findElement(By.id("download-profile")).click();
    Path yaml = dir.resolve("downloads").resolve("profile.yaml");
    waitFor("the profile's download", () -> Files.exists(yaml) && sizeSettled(yaml));
    Cli.Result valid = Cli.run("validate", yaml.toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("Good", "P6", "4.5", "is valid.");
    assertThat(valid.out().lines().filter(l -> l.contains("execution")).findFirst().orElseThrow()).contains("5");
  }

  @Test
  void theDebriefShowsOnThePageAndDownloadsAsAPdf() throws Exception {
    open();
    browser.findElement(By.cssSelector("[data-tab='debrief']")).click();
    browser.findElement(By.id("show-debrief")).click();
    WebElement frame = browser.findElement(By.id("debrief-frame"));
    waitFor("the debrief in its frame", () -> frame.isDisplayed());
    browser.switchTo().frame(frame);
    waitFor("the debrief's text", () -> browser.findElement(By.tagName("body")).getText().contains("Interview debrief"));
    browser.switchTo().defaultContent();
    shot("serve-debrief");
    browser.findElement(By.id("debrief-pdf")).click();
    Path pdf = dir.resolve("downloads").resolve("debrief-en.pdf");
    waitFor("the PDF download", () -> Files.exists(pdf) && sizeSettled(pdf));
    byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void preparationComparesTheStrategies() throws Exception {
    open();
    browser.findElement(By.cssSelector("[data-tab='prep']")).click();
    WebElement hours = browser.findElement(By.id("hours"));
    hours.clear();
    hours.sendKeys("40");
    browser.findElement(By.id("compare")).click();
    waitFor("the ranking", () -> browser.findElement(By.id("prep-ranking")).isDisplayed()
        && browser.findElements(By.cssSelector("#ranking tr")).size() > 3);
    assertThat(browser.findElement(By.id("ranking")).getText()).contains("balanced", "mock-heavy", "%");
    WebElement weeks = browser.findElement(By.id("weeks"));
    weeks.clear();
    weeks.sendKeys("3");
    browser.findElement(By.id("optimize")).click();
    waitFor("the optimised plan", () -> browser.findElement(By.id("prep-plan")).isDisplayed());
    assertThat(browser.findElements(By.cssSelector("#plan-weeks tr:first-child th"))).hasSize(4); // activity, 3 weeks
    assertThat(browser.findElement(By.id("ranking")).getText()).contains("optimized");
    assertThat(browser.findElement(By.id("download-plan")).getAttribute("href")).contains("/api/optimize?request=");
    assertThat(browser.findElement(By.id("plan-practise")).getText()).as("questions to rehearse").contains("?");
    shot("serve-preparation");
    // In Chinese the questions to rehearse are the bank's Chinese ones, not the English.
    browser.findElement(By.cssSelector("button[data-lang='zh']")).click();
    waitFor("the plan in Chinese", () -> browser.findElement(By.id("plan-practise")).getText().contains("？"));
    assertThat(browser.findElement(By.id("plan-practise")).getText()).doesNotContain("?", "What ", "How ");
    browser.findElement(By.cssSelector("button[data-lang='en']")).click();
  }

  @Test
  void theLoopStudyDrawsEachMetricAlongTheSweep() throws Exception {
    browser.get(server.url().resolve("/study.html").toString());
    waitFor("the study page", () -> browser.findElements(By.cssSelector("#loop option")).size() > 1);
    WebElement candidates = browser.findElement(By.id("candidates"));
    candidates.clear();
    candidates.sendKeys("3000");
    browser.findElement(By.id("run")).click();
    waitFor("the charts", () -> browser.findElements(By.cssSelector("#charts svg")).size() == 11);
    assertThat(browser.findElements(By.cssSelector("svg[data-metric='rightDecision'] circle"))).hasSize(4);
    assertThat(browser.findElement(By.id("charts")).getText()).contains("Validity", "Interviewer hours per hire");
    assertThat(browser.findElement(By.id("summary")).getText()).contains("3,000");
    shot("serve-study");
    assertThat(browser.findElement(By.id("notes")).getText()).isEmpty(); // the default loop has no day played through
    // The panel loop's onsite interviews share a day: the page says a cut inside it takes every choice of them.
    browser.findElement(By.cssSelector("#loop option[value='panel-committee']")).click();
    browser.findElement(By.id("run")).click();
    waitFor("the note on the onsite day", () -> !browser.findElement(By.id("notes")).getText().isEmpty());
    assertThat(browser.findElement(By.id("notes")).getText())
        .contains("Interviews 3 to 6 (onsite_product, onsite_domain, onsite_execution and onsite_leadership) take place on one day");
    shot("serve-study-panel");
    browser.findElement(By.cssSelector("button[data-lang='zh']")).click();
    waitFor("the note in Chinese", () -> browser.findElement(By.id("notes")).getText().contains("同一天"));
    assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("candidates"); // the status follows the language
    assertThat(browser.findElement(By.id("notes")).getText()).contains("第3至第6轮面试（onsite_product、onsite_domain、onsite_execution、onsite_leadership）安排在同一天");
    shot("serve-study-panel-zh");
    browser.findElement(By.cssSelector("button[data-lang='en']")).click();
    WebElement values = browser.findElement(By.id("values"));
    values.clear();
    values.sendKeys("1,2,3,4,5,6,7,8,9");
    browser.findElement(By.id("run")).click();
    WebElement err = browser.findElement(By.cssSelector("[data-err='sweep']"));
    waitFor("the sweep's error", () -> !err.getText().isEmpty());
    assertThat(err.getText()).contains("at most 8");
  }

  private static boolean sizeSettled(Path file) {
    try {
      long size = Files.size(file);
      Thread.sleep(200);
      return size > 0 && size == Files.size(file);
    } catch (Exception e) {
      return false;
    }
  }

  private static void shot(String name) throws Exception {
    Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void waitFor(String what, Supplier<Boolean> condition) {
    long end = System.nanoTime() + 60_000_000_000L;
    RuntimeException last = null;
    while (System.nanoTime() < end) {
      try {
        if (condition.get()) {
          return;
        }
      } catch (RuntimeException e) { // an element not there yet, or replaced while read
        last = e;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    throw new AssertionError("timed out waiting for " + what + (last == null ? "" : ": " + last));
  }
}
