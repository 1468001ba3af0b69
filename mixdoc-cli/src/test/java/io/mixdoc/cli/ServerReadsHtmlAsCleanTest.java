package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Mixdoc;
import io.mixdoc.corpus.CleanOptions;
import io.mixdoc.corpus.CorpusCleaner;
import io.mixdoc.corpus.EmitMode;
import io.mixdoc.server.internal.AnalysisRunner;
import io.mixdoc.server.internal.RequestDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reads an HTML page as {@code mixdoc clean} reads it (one path from a page to a record): the
 * same main text and the same publication date, which comes from the page's own metadata, not its text.
 * Here, not in the server's module, because the publication date is a fact: the facts stages are on this
 * module's class path, as they are in the {@code mixdoc} that users run.
 */
class ServerReadsHtmlAsCleanTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page dated only by its metadata; the text names an older date, which must not win. */
    static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><title>新闻 | Example News</title>
            <meta property="article:published_time" content="2019-05-06T08:00:00+08:00"></head>
            <body><article><h1>港口扩建 Port expansion</h1>
            <p>The port authority said on Tuesday that the expansion, first planned in 2010年3月5日, will double capacity.</p>
            <p>港务局周二表示，扩建工程将使吞吐能力翻一番。The project costs about 3.2 billion yuan and employs 1,200 workers.</p>
            <p>Officials expect the first berth to open next year, 官员预计首个泊位明年启用。</p>
            </article></body></html>
            """;

    @TempDir
    Path tmp;

    @Test
    void theServerAndCleanGiveOnePageTheSameTextAndPublicationDate() throws Exception {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        JsonNode served;
        try (AnalysisRunner runner = new AnalysisRunner(Mixdoc.standard(), 1, 4, Duration.ofMinutes(10))) {
            served = runner.analyze(() -> new RequestDecoder(1 << 20).decode("text/html; charset=utf-8", bytes, "page"), bytes.length);
        }
        JsonNode cleaned = cleanResult(bytes);

        assertEquals(cleaned.path("text").asText(), served.path("text").asText(), "the same main text");
        JsonNode date = cleaned.path("structure").path("publication_date");
        assertEquals("2019-05-06", date.path("value").asText(), "clean dates the page by its metadata: " + date);
        assertEquals(date, served.path("structure").path("publication_date"));
        assertEquals(cleaned.path("metadata"), served.path("metadata"), "the same dating evidence");
    }

    /** The schema-v1 result that {@code mixdoc clean --emit result --facts} writes for the page. */
    private JsonNode cleanResult(byte[] page) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("page.html"), page);
        Path out = tmp.resolve("out");
        CleanOptions o = CleanOptions.of(List.of(in), out).withThreads(1).withEmit(EmitMode.RESULT).withFacts(true)
                .withProgress(CleanOptions.Progress.QUIET).withRecordTimeLimit(Duration.ofMinutes(10)); // a busy machine
        new CorpusCleaner(o, Mixdoc.standard(), new PrintStream(new ByteArrayOutputStream())).run();
        try (Stream<Path> shards = Files.list(out.resolve("kept"))) {
            List<String> lines = shards.sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(1, lines.size(), "one kept record: " + lines);
            JsonNode kept = JSON.readTree(lines.get(0));
            return kept.has("result") ? kept.path("result") : kept;
        }
    }
}
