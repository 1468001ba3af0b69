package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test of {@code POST /v1/analyze}, loopback only: {@value #CLIENTS} concurrent clients
 * each send the seed {@value #REQUESTS_PER_CLIENT} times (after {@value #WARMUP} warm-up requests).
 * Asserts zero errors only; throughput and latency percentiles are printed and written to
 * {@code target/load-report.txt} for {@code BENCHMARKS.md}.
 */
class LoadIT {
    static final int CLIENTS = 4;
    static final int REQUESTS_PER_CLIENT = 50;
    static final int WARMUP = 8;
    static final int SEQUENTIAL = 20;

    @Test
    void seedUnderConcurrentLoadHasNoErrors() throws Exception {
        byte[] seed = TestSupport.seed().getBytes(StandardCharsets.UTF_8);
        try (MixdocServer server = MixdocServer.start(ServerSettings.defaults().withPort(0))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "v1/analyze?id=seed"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(seed))
                    .build();
            for (int i = 0; i < WARMUP; i++) {
                assertEquals(200, TestSupport.send(request).statusCode());
            }
            // Baseline: one client, one request at a time, against the same analysis run in-process.
            List<Long> direct = new ArrayList<>();
            List<Long> single = new ArrayList<>();
            String seedText = TestSupport.seed();
            for (int i = 0; i < SEQUENTIAL; i++) {
                long s = System.nanoTime();
                io.mixdoc.json.ResultJson.writeLine(io.mixdoc.Mixdoc.standard().run("seed", seedText));
                direct.add(System.nanoTime() - s);
                s = System.nanoTime();
                assertEquals(200, TestSupport.send(request).statusCode());
                single.add(System.nanoTime() - s);
            }
            Collections.sort(direct);
            Collections.sort(single);
            String baseline = String.format(Locale.ROOT,
                    "sequential baseline (%d each): in-process analysis + JSON p50 %.1f ms, one HTTP client p50 %.1f ms",
                    SEQUENTIAL, ms(percentile(direct, 50)), ms(percentile(single, 50)));
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> r = TestSupport.send(request);
                            if (r.statusCode() != 200 || !r.body().startsWith("{\"schema\":\"mixdoc/1\"")) {
                                errors.incrementAndGet();
                                errorSamples.add(r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            errorSamples.add(e.toString());
                        }
                        latencies.add(System.nanoTime() - s);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            long wall = System.nanoTime() - t0;
            clients.shutdown();

            int total = CLIENTS * REQUESTS_PER_CLIENT;
            assertEquals(total, latencies.size());
            assertEquals(0, errors.get(), () -> "errors under load: " + errorSamples);
            report(server, total, wall, latencies, seed.length, baseline);
        }
    }

    private static void report(MixdocServer server, int total, long wallNanos, List<Long> latencies, int bytes,
                               String baseline) throws IOException {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String line = String.format(Locale.ROOT,
                "%d clients x %d requests of the seed (%d bytes), %d workers, %d cores: %d ok, 0 errors, "
                        + "%.1f requests/s, latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f",
                CLIENTS, REQUESTS_PER_CLIENT, bytes, server.settings().workers(),
                Runtime.getRuntime().availableProcessors(), total, total / (wallNanos / 1e9),
                ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                ms(sorted.get(sorted.size() - 1)));
        line = line + "\n" + baseline;
        System.out.println("LoadIT: " + line);
        Path out = Path.of("target", "load-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n", StandardCharsets.UTF_8);
        assertTrue(Files.size(out) > 0);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
