package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser for the page tests: Debian's chromium driven headless by its chromedriver, never a downloaded one.
 * Fails, not skips, when they are missing (.ci/run installs them). Checks each page with axe-core at WCAG 2.2 AA and
 * saves a screenshot of it under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AXE = resource("/axe-core/axe.min.js");

    private final WebDriver driver;
    private final Path profile;
    private String baseUrl;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open() {
        assertThat(CHROMIUM)
                .as("chromium is needed for the browser tests: apt-get install chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver is needed for the browser tests: apt-get install chromium-driver")
                .isExecutable();
        Path profile;
        try {
            profile = Files.createTempDirectory("tracker-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    /** The application under test; paths given to {@link #go} are relative to it. */
    public Browser at(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The path (and query) of the page shown now. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Forgets the session: the next page asks to sign in. */
    public Browser signedOut() {
        if (baseUrl != null) {
            driver.get(baseUrl + "/login");
            driver.manage().deleteAllCookies();
        }
        return this;
    }

    /** Signs in through the form as a demo user (password "demo") and stays on the page it lands on. */
    public Browser signInAs(String username) {
        signedOut();
        go("/login");
        return submitSignIn(username);
    }

    /** Fills and sends the sign-in form shown now, keeping the session it was shown in. */
    public Browser submitSignIn(String username) {
        fill("username", username);
        fill("password", "demo");
        return clickAndWait("form[action$='/login'] button[type=submit]");
    }

    /** Clicks what leads to another page and waits until the browser has left this one (the old page is gone). */
    public Browser clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(css)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        return this;
    }

    public Browser fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String heading() {
        return find("h1").getText();
    }

    /** Runs axe-core in the page at WCAG 2.2 AA, asserts it finds nothing, and saves a screenshot named after the page. */
    public Browser assertAccessible(String screenshotName) {
        screenshot(screenshotName);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(results => done(JSON.stringify(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                         nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))))
                   .catch(error => done(JSON.stringify([{id: 'axe-error', help: String(error), nodes: []}])));
                """, WCAG_22_AA);
        JsonNode violations = JsonMapper.builder().build().readTree(String.valueOf(result));
        assertThat(violations.size())
                .as("axe-core violations on %s (%s):%n%s", screenshotName, path(), violations.toPrettyString())
                .isZero();
        return this;
    }

    /** The ids that more than one element of the page carries (a form control given twice, a label for two). */
    @SuppressWarnings("unchecked")
    public List<String> duplicateIds() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                        const seen = new Set(), twice = new Set();
                        document.querySelectorAll('[id]').forEach(e => (seen.has(e.id) ? twice : seen).add(e.id));
                        return [...twice];
                        """);
    }

    /** Saves the whole page as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long height = ((Number) js.executeScript(
                        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                .longValue();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int)
                Math.min(Math.max(height + 20, 600), 8000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The texts of a table's body cells, row by row, keyed by the row's data attribute value. */
    public Map<String, String> cellsByRow(String tableCss, String rowAttribute, String cellCss) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (WebElement row : findAll(tableCss + " tbody tr")) {
            cells.put(
                    row.getDomAttribute(rowAttribute),
                    row.findElement(By.cssSelector(cellCss)).getText());
        }
        return cells;
    }

    /** A GET outside the browser with the browser's session cookie: for downloads and status codes a page does not show. */
    public java.net.http.HttpResponse<String> fetch(String path) {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
                .header("Cookie", cookies)
                .header("Accept", "text/html,*/*")
                .GET()
                .build();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
