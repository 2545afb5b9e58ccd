package io.hcsim.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own headless Chromium, driven through chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs). Tests that need a real browser call
 * {@link #start}: where neither can be found they are skipped with a message saying what to
 * install. Nothing is downloaded: both paths are given, so Selenium looks for nothing itself.
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getProperty("hcsim.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("hcsim.chromedriver", "/usr/bin/chromedriver"));

  /**
   * Selenium looks for DevTools bindings of this exact Chromium and warns that it has none; the
   * tests use WebDriver only. Held here: java.util.logging keeps loggers only weakly.
   */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  private Browser() {}

  /** A new headless browser with an empty profile and no network of its own. */
  static ChromeDriver start(Path profileDir) throws IOException {
    return start(profileDir, null);
  }

  /** As {@link #start(Path)}, saving downloads into {@code downloads} (when not null) without asking. */
  static ChromeDriver start(Path profileDir, Path downloads) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
            + " (Debian: apt-get install chromium chromium-driver)");
    QUIET.forEach(l -> l.setLevel(Level.OFF));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1200,1600", "--user-data-dir=" + Files.createDirectories(profileDir));
    if (downloads != null) {
      options.setExperimentalOption("prefs", java.util.Map.of(
          "download.default_directory", Files.createDirectories(downloads).toAbsolutePath().toString(),
          "download.prompt_for_download", false));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
