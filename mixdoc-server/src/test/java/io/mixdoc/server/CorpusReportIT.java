package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Mixdoc;
import io.mixdoc.corpus.CleanOptions;
import io.mixdoc.corpus.CorpusCleaner;
import io.mixdoc.corpus.FilterRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code report.html} of a real clean run, opened in headless Chromium: it renders, every figure on it
 * is the number in {@code summary.json}, nothing is logged as an error, nothing is fetched, and a
 * worst-record link opens that record in the viewer of {@code mixdoc serve --root}.
 */
class CorpusReportIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path out;
    private static JsonNode summary;
    private static Chromium chrome;
    /** The viewer address given to the clean run; the test swaps in the address its server really has. */
    private static final String VIEWER = "http://viewer.invalid:8080/";

    @BeforeAll
    static void clean() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestSupport.root().resolve(TestSupport.SEED), corpus.resolve("seed.txt"));
        StringBuilder jsonl = new StringBuilder();
        List<Path> samples; // the team-written samples (the dev set lives beside the repository)
        try (java.util.stream.Stream<Path> docs = Files.list(TestSupport.root().resolve("data/samples/docs"))) {
            samples = docs.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path sample : samples) {
            String text = Files.readString(sample);
            jsonl.append(JSON.writeValueAsString(Map.of("text", text))).append('\n');
        }
        jsonl.append("{\"text\": \"\"}\n").append("not json\n");
        Files.writeString(corpus.resolve("dev.jsonl"), jsonl);
        out = tmp.resolve("out");
        CleanOptions o = CleanOptions.of(List.of(corpus), out).withThreads(2).withShardSize(5)
                .withProgress(CleanOptions.Progress.QUIET).withRules(List.of(FilterRule.maxSeamsPer1000(4)))
                .withViewer(Optional.of(java.net.URI.create(VIEWER)));
        new CorpusCleaner(o, Mixdoc.standard(), new PrintStream(new ByteArrayOutputStream())).run();
        summary = JSON.readTree(out.resolve("summary.json").toFile());
        chrome = Chromium.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chrome != null) {
            chrome.close();
        }
    }

    static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = part.matches("\\d+") && n.isArray() ? n.path(Integer.parseInt(part)) : n.path(part);
        }
        return n;
    }

    @Test
    void theReportRendersTheSummarysNumbersAndFetchesNothing() throws IOException {
        chrome.consoleErrors();
        chrome.requestedUrls();
        chrome.driver.get(out.resolve("report.html").toUri().toString());
        assertEquals("mixdoc corpus report", chrome.driver.getTitle());
        assertTrue(summary.path("rejected").asLong() > 0 && summary.path("failed").asLong() > 0, summary.toString());

        @SuppressWarnings("unchecked")
        List<List<String>> shown = (List<List<String>>) chrome.js("return Array.from(document.querySelectorAll('[data-metric]'))"
                + ".map(function (e) { return [e.dataset.metric, e.hasAttribute('data-value') ? e.dataset.value : e.textContent]; });");
        assertTrue(shown.size() > 50, "figures on the page: " + shown.size());
        for (List<String> m : shown) {
            JsonNode expected = at(summary, m.get(0));
            assertFalse(expected.isMissingNode(), m.get(0));
            if (expected.isNumber()) {
                assertEquals(expected.asDouble(), Double.parseDouble(m.get(1)), 1e-9, m.get(0));
            } else {
                assertEquals(expected.asText(), m.get(1), m.get(0));
            }
        }
        // The totals are there and drawn (bars are visible SVG rectangles).
        for (String key : List.of("records_in", "kept", "rejected", "failed")) {
            assertEquals(summary.path(key).asText(), chrome.driver.findElement(By.cssSelector("[data-metric='" + key + "']")).getText());
        }
        assertTrue(chrome.driver.findElements(By.cssSelector("svg rect[data-metric]")).size() >= 28);
        assertEquals(summary.path("distributions").path("worst_records").size(),
                chrome.driver.findElements(By.cssSelector("table.worst tbody tr")).size());

        assertEquals(List.of(), chrome.consoleErrors());
        List<String> urls = chrome.requestedUrls();
        assertTrue(urls.stream().allMatch(u -> u.startsWith("file:")), "requests: " + urls);
        assertEquals(List.of(), chrome.resourceEntries(), "the page fetches nothing");
        chrome.driver.manage().window().setSize(new Dimension(1280, 1900));
        chrome.screenshot("report.png");
        chrome.driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    @Test
    void aWorstRecordLinkOpensTheRecordInTheViewer() throws IOException {
        chrome.driver.get(out.resolve("report.html").toUri().toString());
        String href = chrome.driver.findElement(By.cssSelector("table.worst tbody tr a")).getAttribute("href");
        assertTrue(href.startsWith(VIEWER + "?doc="), href);
        JsonNode first = summary.path("distributions").path("worst_records").get(0);
        Path root = Path.of(summary.path("corpus_root").asText());
        try (MixdocServer server = MixdocServer.start(TestSupport.loopback(), Mixdoc.standard(), Optional.of(root))) {
            chrome.driver.get(href.replace(VIEWER, server.url()));
            new WebDriverWait(chrome.driver, Duration.ofSeconds(90)).until(d ->
                    new ArrayList<>(List.of("ready", "error")).contains(String.valueOf(chrome.js("return document.body.dataset.state;"))));
            assertEquals("ready", chrome.js("return document.body.dataset.state;"), chrome.driver.findElement(By.id("status")).getText());
            assertEquals("(" + first.path("id").asText() + ")", chrome.driver.findElement(By.id("doc-id")).getText());
            assertFalse(chrome.driver.findElements(By.cssSelector("#original .seam-head")).isEmpty());
            assertEquals(List.of(), chrome.consoleErrors());
        }
    }
}
