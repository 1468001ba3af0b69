package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bar for bounded work: with 2 workers, four 4 MB pathological requests, then a small
 * normal one 25 s later, the normal one answers 200 within 5 s. Before deadlines reached the stages,
 * the two running analyses went on for hours after their 503 and the queued two still ran after.
 */
class HostileLoadIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    static final int BYTES = 4_000_000;

    /** Glued English words between Chinese, and a long run without spaces: the costliest kinds for the seam detectors. */
    static String pathological(int kind) {
        Random r = new Random(kind);
        String[] words = {"the", "property", "document", "announcement", "and", "central", "government", "market", "of"};
        StringBuilder b = new StringBuilder(BYTES);
        int bytes = 0;
        while (bytes < BYTES - 64) {
            String w = words[r.nextInt(words.length)] + words[r.nextInt(words.length)] + words[r.nextInt(words.length)];
            if (kind % 2 == 0) {
                b.append("政府").append(w);
                bytes += 6 + w.length();
            } else {
                b.append(w);
                bytes += w.length();
            }
        }
        return b.toString();
    }

    @Test
    void aNormalRequestIsServedSoonAfterHostileOnesTimeOut() throws Exception {
        try (MixdocServer server = MixdocServer.start(ServerSettings.defaults().withPort(0).withWorkers(2))) {
            URI analyze = URI.create(server.url() + "v1/analyze");
            // A server that has served before: the normal request's own first-use costs are not the point.
            assertEquals(200, TestSupport.post(server, "/v1/analyze?id=seed", "text/plain; charset=utf-8", TestSupport.seed()).statusCode());
            List<CompletableFuture<HttpResponse<String>>> hostile = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                HttpRequest req = HttpRequest.newBuilder(analyze).header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(pathological(i), StandardCharsets.UTF_8)).build();
                hostile.add(TestSupport.CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
            }
            long wait = TimeUnit.SECONDS.toNanos(25) - (System.nanoTime() - t0);
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(wait)));

            String loadAt25 = TestSupport.get(server, "/v1/health").body();
            long s = System.nanoTime();
            HttpResponse<String> normal = TestSupport.post(server, "/v1/analyze?id=seed", "text/plain; charset=utf-8", TestSupport.seed());
            double seconds = (System.nanoTime() - s) / 1e9;
            assertEquals(200, normal.statusCode(), normal.body());
            assertTrue(seconds < 5, "the normal request took " + seconds + " s; health at 25 s: " + loadAt25);

            for (CompletableFuture<HttpResponse<String>> f : hostile) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
                if (r.statusCode() == 503) {
                    JsonNode e = JSON.readTree(r.body()).path("error");
                    assertEquals("E_TIMEOUT", e.path("code").asText());
                    assertEquals(503, e.path("status").asInt());
                }
            }
            // Nothing is left running or waiting: the stopped analyses freed their workers.
            // (A worker that just answered counts as busy for a moment, hence the short wait.)
            JsonNode load = null;
            for (long until = System.nanoTime() + 3_000_000_000L; System.nanoTime() < until; Thread.sleep(100)) {
                load = JSON.readTree(TestSupport.get(server, "/v1/health").body()).path("load");
                if (load.path("busy_workers").asInt() == 0) {
                    break;
                }
            }
            assertEquals(0, load.path("queued").asInt(), load.toString());
            assertEquals(0, load.path("busy_workers").asInt(), load.toString());
        }
    }
}
