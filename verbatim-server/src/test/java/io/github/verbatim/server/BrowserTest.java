package io.github.verbatim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.index.store.StoreReader;
import io.github.verbatim.pipeline.Pipeline;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) through Selenium.
 * Skips, saying so, when either binary is missing. Screenshots go to {@code target/screenshots/}. The store is
 * the hand-made fixture ({@link FixtureStore}); pasted articles go through the standard pipeline.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path SEED = Path.of("..", "examples", "000_9fde05f41ca607b6.txt");

    @TempDir
    static Path dir;
    static StoreReader reader;
    static VerbatimServer server;
    static WebDriver driver;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        FixtureStore.build(dir.resolve("store"));
        reader = StoreReader.open(dir.resolve("store"));
        server = new VerbatimServer(reader, Pipeline.standard()::process, ServerLimits.STANDARD).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")).toAbsolutePath(),
                "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (reader != null) {
            reader.close();
        }
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    static List<WebElement> waitFor(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return driver.findElements(By.cssSelector(css));
    }

    /** Searching with the keyboard only: focus the box, type, Enter. */
    static List<WebElement> search(String query) {
        driver.get(base);
        WebElement q = waitFor("#q").get(0);
        q.click();
        q.sendKeys(query, Keys.ENTER);
        try {
            wait.until(d -> d.getCurrentUrl().contains("q=")
                    && d.findElement(By.id("status")).getText().contains("matching"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no results for '" + query + "' at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("main")).getText(), e);
        }
        return driver.findElements(By.cssSelector("#results li.result"));
    }

    @Test
    void searchSpeakerAndArticle() throws IOException {
        List<WebElement> results = search("alliances");
        assertEquals(3, results.size());
        String first = results.get(0).getText();
        assertTrue(first.contains("Antony Blinken") && first.contains("alliances"), first);
        assertEquals(3, driver.findElements(By.cssSelector("#facets button.facet")).stream()
                .filter(b -> b.getText().matches("(Reuters|AP|Tabloid) \\(1\\)")).count());
        assertEquals("alliances", results.get(0).findElement(By.cssSelector("mark.quote mark.hl")).getText(),
                "the query's word is highlighted inside the quotation");
        assertTrue(results.get(0).findElement(By.cssSelector("p.context")).getText()
                .matches("when: 2021-03-2[45] \\(day, article\\) \u00b7 where: BRUSSELS \\(dateline\\)"),
                results.get(0).getText());
        screenshot("search");

        driver.findElement(By.cssSelector("#results li.result a.speaker")).click();
        List<WebElement> bars = waitFor("#timeline rect.bar");
        assertEquals(4, bars.size(), "March to June 2021, May empty");
        assertEquals("3", bars.get(0).getAttribute("data-count"));
        assertTrue(bars.get(0).getSize().getHeight() > 50, "the March bar is drawn tall");
        assertEquals("0", bars.get(2).getAttribute("data-count"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("US Secretary of State"));
        assertFalse(driver.findElement(By.tagName("main")).getText().contains("null"), "no missing value shown as null");
        assertTrue(driver.findElement(By.cssSelector("ul.comentions")).getText().contains("Angela Merkel (2 articles)"));
        screenshot("speaker");

        search("climate");
        driver.findElement(By.cssSelector("#results a.article-link")).click();
        waitFor("#article-text .span-content");
        for (String role : new String[] {"source", "cue", "content"}) {
            WebElement span = driver.findElement(By.cssSelector("#article-text .span-" + role));
            String colour = span.getCssValue("background-color");
            assertNotEquals("rgba(0, 0, 0, 0)", colour, role + " is coloured");
        }
        assertEquals("The climate crisis is the test of our generation",
                driver.findElement(By.cssSelector("#article-text .span-content")).getText());
        assertEquals("Antony Blinken", driver.findElement(By.cssSelector("#article-text .span-source")).getText());
        assertEquals(3, driver.findElements(By.cssSelector("ul.legend li")).size());
        assertTrue(driver.findElement(By.cssSelector("ol.statements a.speaker")).getAttribute("href")
                .contains("speaker.html?id=sp-"));
        assertTrue(driver.findElement(By.cssSelector("ol.statements p.context")).getText()
                .endsWith("where: BRUSSELS (dateline)"));
        assertFalse(driver.findElement(By.tagName("main")).getText().contains("null"), "no missing value shown as null");
        screenshot("article");
    }

    @Test
    void statementTrailHighlightsAlteredWording() throws IOException {
        search("alliances");
        driver.findElement(By.cssSelector("#results a.trail-link")).click();
        List<WebElement> rows = waitFor("#reports tbody tr");
        assertEquals(3, rows.size());
        List<String> altered = driver.findElements(By.cssSelector("#reports mark.altered")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("vital", "friends"), altered);
        assertEquals(1, driver.findElements(By.cssSelector("ol.variants li.variant")).size());
        screenshot("statement");
    }

    @Test
    void pastedSeedArticleShowsAllItsStatements() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article missing at " + SEED.toAbsolutePath());
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/extract"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode expected = new ObjectMapper().readTree(api.body()).path("attributions");
        assertTrue(expected.size() >= 5, "the pipeline finds the seed article's statements: " + expected.size());
        driver.get(base + "paste.html");
        WebElement area = waitFor("#paste").get(0);
        js("document.getElementById('paste').focus()");
        area.sendKeys(text);
        wait.until(d -> d.findElement(By.id("status")).getText().endsWith("found"));
        List<WebElement> items = driver.findElements(By.cssSelector("#output ol.statements li.statement"));
        assertEquals(expected.size(), items.size());
        for (int i = 0; i < expected.size(); i++) {
            String shown = items.get(i).findElement(By.tagName("blockquote")).getText();
            assertEquals(expected.get(i).path("text").asText().strip(), shown.strip());
        }
        if (!expected.isEmpty()) {
            assertFalse(driver.findElements(By.cssSelector("#pasted-text .span-content")).isEmpty());
        }
        screenshot("paste");
    }

    @Test
    void scriptPayloadsInAnIndexedArticleDoNotExecute() throws IOException {
        List<WebElement> results = search("script");
        assertEquals(1, results.size());
        assertTrue(results.get(0).getText().contains("<script>window.__xss='quote'</script>"), results.get(0).getText());
        assertNoPayloadRan("search page");
        screenshot("xss-search");

        driver.findElement(By.cssSelector("#results a.article-link")).click();
        waitFor("#article-text .span-content");
        assertEquals(FixtureStore.XSS_TITLE, driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector("#article-text")).getText().contains(FixtureStore.XSS_QUOTE));
        assertTrue(driver.findElements(By.cssSelector("main a[href^='javascript']")).isEmpty(),
                "a javascript: URL is never a link");
        assertTrue(driver.findElements(By.cssSelector("main img, main script, main [onerror], main [onmouseover]"))
                .isEmpty(), "no payload became markup");
        assertNoPayloadRan("article page");
        screenshot("xss-article");

        driver.findElement(By.cssSelector("ol.statements a.speaker")).click();
        waitFor("#timeline rect.bar");
        assertEquals(FixtureStore.XSS_SPEAKER, driver.findElement(By.tagName("h1")).getText());
        assertNoPayloadRan("speaker page");
        for (WebElement link : driver.findElements(By.cssSelector("a"))) {
            link.sendKeys(Keys.chord(Keys.SHIFT)); // focusing every link triggers nothing either
        }
        assertNoPayloadRan("speaker page after focusing its links");
    }

    @Test
    void phoneSizedAndKeyboardUsable() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            search("alliances");
            long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "no horizontal scrolling on a phone: " + overflow + " px");
            screenshot("search-phone");
            driver.get(base);
            waitFor("#q");
            WebElement body = driver.findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement skip = driver.switchTo().activeElement();
            assertEquals("Skip to content", skip.getText());
            for (String label : new String[] {"q", "speaker", "outlet", "kind", "since", "until"}) {
                assertEquals(1, driver.findElements(By.cssSelector("label[for='" + label + "']")).size(), label);
            }
            WebElement q = driver.findElement(By.id("q"));
            q.click();
            String outline = q.getCssValue("outline-style");
            assertEquals("solid", outline, "focused inputs show a focus ring");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    static void assertNoPayloadRan(String where) {
        assertEquals(Boolean.TRUE, js("return typeof window.__xss === 'undefined'"), where + ": a payload ran");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), where + ": an alert opened");
    }
}
