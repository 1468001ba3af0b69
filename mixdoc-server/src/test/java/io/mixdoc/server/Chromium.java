package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium for the browser tests, with its console and network logs on: a test can
 * ask for the console errors and for every URL the page requested ("no request leaves the machine").
 * Nothing is downloaded: the system {@code chromium} and {@code chromedriver} are used.
 */
final class Chromium implements AutoCloseable {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() throws IOException {
        assertTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "the browser tests need Debian's Chromium: /usr/bin/chromium and /usr/bin/chromedriver are missing. "
                        + "Install them with: apt-get update && apt-get install -y chromium chromium-driver "
                        + "(.ci/run does this before ./mvnw -B verify)");
        Path profile = Files.createTempDirectory("mixdoc-chromium");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1000", "--user-data-dir=" + profile);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console messages at SEVERE level since the last call (failed loads, script errors, CSP reports). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** Every URL the browser asked the network for since the last call (DevTools Network events). */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(m.path("params").path("request").path("url").asText());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return urls;
    }

    /** True for URLs that stay on this machine: loopback hosts, files, data: and blob: URLs. */
    static boolean local(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("file:") || url.startsWith("about:")) {
            return true;
        }
        String host = URI.create(url).getHost();
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
    }

    /** The page's own record of what it fetched (Resource Timing), for a second opinion. */
    @SuppressWarnings("unchecked")
    List<String> resourceEntries() {
        List<Object> l = (List<Object>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        return l.stream().map(String::valueOf).toList();
    }

    /** Saves a screenshot to {@code target/NAME} and, when missing or asked for, to {@code docs/NAME}. */
    void screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        Path docs = TestSupport.root().resolve("docs").resolve(name);
        if (!Files.exists(docs) || Boolean.getBoolean("mixdoc.updateScreenshot")) {
            Files.createDirectories(docs.getParent());
            Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.size(target) > 10_000, "screenshot looks empty");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

}
