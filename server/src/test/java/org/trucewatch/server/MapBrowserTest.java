package org.trucewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web map in Debian's Chromium, driven by Playwright (no browser download), against a live
 * server fed the simulated scenario. Screenshots go to target/screenshots/ for review.
 */
class MapBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path scratch;
  static LiveServerFixture live;
  static Playwright playwright;
  static Browser browser;
  static List<JsonNode> incidents = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium is needed (.ci/run installs it)").isTrue();
    Path inputs = LiveServerFixture.simulate(scratch.resolve("scenario"), 5);
    live = new LiveServerFixture(scratch.resolve("server"), false, LiveServerFixture.sourcesIn(LiveServerFixture.observationFiles(inputs)));
    live.pushScenario(inputs);
    LiveServerFixture.json(live.get("/api/v1/incidents?limit=1000", live.observer)).get("features").forEach(incidents::add);
    Files.createDirectories(SHOTS);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (live != null) {
      live.close();
    }
  }

  private Page open(String query, String token) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
    Page page = context.newPage();
    page.navigate(live.base + "/map/index.html" + query + "#token=" + token);
    page.waitForSelector("body[data-ready=true]");
    return page;
  }

  private static int shown(Page page) {
    return Integer.parseInt(page.getAttribute("#shown-count", "data-incidents"));
  }

  @Test
  void theMapLoadsWithEveryIncidentAndClickingOneShowsItsEvidence() throws Exception {
    Page page = open("", live.observer);
    assertThat(incidents).isNotEmpty();
    assertThat(page.locator("path.incident").count()).isEqualTo(incidents.size());
    assertThat(shown(page)).isEqualTo(incidents.size());
    assertThat(page.locator("path.detection").count()).isPositive();
    assertThat(page.locator(".leaflet-overlay-pane path, .leaflet-pane path").count()).isGreaterThan(incidents.size());

    JsonNode graded = incidents.stream().filter(f -> !f.get("properties").get("grade").isNull()).findFirst().orElseThrow();
    String id = graded.get("id").asText();
    page.locator("path.incident[data-incident='" + id + "']").click(new Locator.ClickOptions().setForce(true));
    page.waitForSelector("#panel .evidence");
    JsonNode detail = LiveServerFixture.json(live.get("/api/v1/incidents/" + id, live.observer));
    assertThat(page.locator("#panel .evidence").count()).isEqualTo(detail.get("evidence").size());
    assertThat(page.textContent("#panel-grade")).isEqualTo(graded.get("properties").get("grade").asText());
    assertThat(page.textContent("#panel")).contains(detail.get("finding_details").get(0).get("explanation").asText());
    assertThat(page.url()).contains("incident=" + id);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-incident-panel.png")).setFullPage(true));
    page.context().close();
  }

  @Test
  void theTimeSliderShowsOnlyWhatHadStartedByThen() throws Exception {
    Page page = open("", live.observer);
    List<Instant> starts = new ArrayList<>();
    incidents.forEach(f -> starts.add(Instant.parse(f.get("properties").get("start").asText())));
    starts.sort(null);
    Instant middle = starts.get(starts.size() / 2);
    // the slider moves in 10-minute steps, so count what has started by the step it lands on
    long step = (middle.getEpochSecond() / 600) * 600;
    long expected = starts.stream().filter(s -> s.getEpochSecond() <= step).count();
    page.evalOnSelector("#time", "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", String.valueOf(step));
    assertThat(page.locator("path.incident").count()).isEqualTo((int) expected);
    assertThat(expected).isLessThan(incidents.size()).isPositive();
    assertThat(page.url()).contains("t=");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-time-slider.png")));
    page.context().close();
  }

  @Test
  void vesselTracksAndDmzCoverageShowAndFollowTheTimeSlider() throws Exception {
    JsonNode tracks = LiveServerFixture.json(live.get("/api/v1/tracks", live.observer));
    assertThat(tracks.get("features").size()).isPositive();

    Page page = open("", live.observer);
    // the coverage layer shows the UTC day of the slider, which starts at the end of the data
    page.waitForSelector("#shown-count[data-coverage-day^='20']");
    String lastDay = page.getAttribute("#shown-count", "data-coverage-day");
    JsonNode coverage = LiveServerFixture.json(live.get("/api/v1/coverage?day=" + lastDay, live.observer));
    int observedCells = 0;
    for (JsonNode f : coverage.get("features")) {
      observedCells += f.get("properties").get("observed").asBoolean() ? 1 : 0;
    }
    assertThat(coverage.get("features").size()).isPositive();
    page.waitForSelector("#shown-count[data-coverage-observed='" + observedCells + "']");
    assertThat(page.getAttribute("#shown-count", "data-ships")).isEqualTo(String.valueOf(tracks.get("features").size()));
    assertThat(page.getAttribute("#shown-count", "data-coverage-unobserved"))
        .isEqualTo(String.valueOf(coverage.get("features").size() - observedCells));
    assertThat(page.locator("path.track").count()).isGreaterThanOrEqualTo(tracks.get("features").size());
    assertThat(page.locator(".leaflet-coverage-pane canvas").count()).isEqualTo(1);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-tracks-coverage.png")));

    // a 3-hour window two hours after the first ship appears: only ships with a position in it
    Instant first = Instant.MAX;
    for (JsonNode f : tracks.get("features")) {
      Instant s = Instant.parse(f.get("properties").get("start").asText());
      first = s.isBefore(first) ? s : first;
    }
    long step = ((first.getEpochSecond() + 7200) / 600) * 600;
    Instant until = Instant.ofEpochSecond(step);
    Instant since = until.minusSeconds(3 * 3600);
    int expected = 0;
    for (JsonNode f : tracks.get("features")) {
      for (JsonNode t : f.get("properties").get("times")) {
        Instant at = Instant.parse(t.asText());
        if (!at.isBefore(since) && !at.isAfter(until)) {
          expected++;
          break;
        }
      }
    }
    page.selectOption("#window", "3");
    page.evalOnSelector("#time", "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", String.valueOf(step));
    assertThat(page.getAttribute("#shown-count", "data-ships")).isEqualTo(String.valueOf(expected));
    assertThat(expected).isPositive().isLessThan(tracks.get("features").size());
    String day = until.toString().substring(0, 10);
    page.waitForSelector("#shown-count[data-coverage-day='" + day + "']");
    int dayObserved = 0;
    JsonNode thatDay = LiveServerFixture.json(live.get("/api/v1/coverage?day=" + day, live.observer));
    for (JsonNode f : thatDay.get("features")) {
      dayObserved += f.get("properties").get("observed").asBoolean() ? 1 : 0;
    }
    page.waitForSelector("#shown-count[data-coverage-observed='" + dayObserved + "']");
    assertThat(page.getAttribute("#shown-count", "data-coverage-unobserved"))
        .isEqualTo(String.valueOf(thatDay.get("features").size() - dayObserved));
    // the scenario's patrols observe part of the zone: some day the map shows both kinds of cell
    assertThat(Math.max(observedCells, dayObserved)).isPositive();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-tracks-coverage-early.png")));
    page.context().close();
  }

  @Test
  void filtersInTheUrlAreAppliedSoAViewCanBeShared() throws Exception {
    String grade = incidents.stream().filter(f -> !f.get("properties").get("grade").isNull()).findFirst().orElseThrow()
        .get("properties").get("grade").asText();
    int expected = LiveServerFixture.json(live.get("/api/v1/incidents?grade=" + grade, live.observer)).get("total").asInt();
    Page page = open("?grade=" + grade, live.observer);
    assertThat(page.inputValue("#f-grade")).isEqualTo(grade);
    assertThat(page.locator("path.incident").count()).isEqualTo(expected).isLessThan(incidents.size());
    page.context().close();
  }

  @Test
  void anAnalystConfirmsAnIncidentAndAnObserverCannot() throws Exception {
    List<JsonNode> graded = incidents.stream().filter(f -> !f.get("properties").get("grade").isNull()).toList();
    String forObserver = graded.get(graded.size() - 1).get("id").asText();
    Page observer = open("?incident=" + forObserver, live.observer);
    observer.waitForSelector("#triage button[data-action=confirm]");
    observer.click("#triage button[data-action=confirm]");
    observer.waitForSelector("#triage-result.error");
    assertThat(observer.textContent("#triage-result")).contains("not allowed");
    assertThat(LiveServerFixture.json(live.get("/api/v1/incidents/" + forObserver, live.observer)).get("properties").get("review").asText())
        .isEqualTo("unreviewed");
    observer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-observer-refused.png")));
    observer.context().close();

    String forAnalyst = graded.get(0).get("id").asText();
    Page analyst = open("?incident=" + forAnalyst, live.analyst);
    analyst.waitForSelector("#triage button[data-action=confirm]");
    analyst.click("#triage button[data-action=confirm]");
    analyst.waitForSelector("#triage-result.error");
    assertThat(analyst.textContent("#triage-result")).contains("a reason is required");
    analyst.fill("#reason", "crater on the drone frame matches the FIRMS pixel");
    analyst.click("#triage button[data-action=confirm]");
    analyst.waitForSelector("#panel-review:text('confirmed')", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    assertThat(analyst.textContent("#actions")).contains("analyst-anna").contains("confirm")
        .contains("crater on the drone frame matches the FIRMS pixel");
    assertThat(LiveServerFixture.json(live.get("/api/v1/incidents/" + forAnalyst, live.observer)).get("properties").get("review").asText())
        .isEqualTo("confirmed");
    analyst.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-analyst-confirmed.png")));
    analyst.context().close();
  }
}
