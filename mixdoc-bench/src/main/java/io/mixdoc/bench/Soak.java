package io.mixdoc.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile soak ({@code bench/soak.sh}): a bounded load run against a {@code mixdoc serve} on
 * loopback that mixes hostile requests (4 MB pathological texts from {@link Scaling}, JSON nested
 * too deep, bodies shorter than their length, cross-origin posts, foreign Host names, binary) with a
 * normal client that sends a real document every half second. Reports the normal requests' p50/p99
 * latency while the hostile load runs, status counts per request kind, worker occupancy (from
 * {@code /v1/health}) and the server's RSS over time, through a quiet period after the load. The run
 * starts with a warm phase of normal traffic only, so the RSS baseline is that of a server that has
 * loaded its dictionaries and serves ordinary requests: "memory returns" means back to that baseline.
 *
 * <p>Options: {@code --url URL} (default {@code http://127.0.0.1:8080/}), {@code --pid PID} the
 * server's process id (for RSS), {@code --seconds N} hostile phase (default 180), {@code --cool N}
 * quiet phase after it (default 60), {@code --warm N} normal traffic only before the load (default 20),
 * {@code --hostile N} hostile clients (default 3).
 */
public final class Soak {
    private static final Pattern BUSY = Pattern.compile("\"busy_workers\":(\\d+)");
    private static final Pattern QUEUED = Pattern.compile("\"queued\":(\\d+)");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final List<Long> normalDuringLoad = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> normalAfterLoad = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean warmPhase = new AtomicBoolean(true);
    private final AtomicBoolean hostilePhase = new AtomicBoolean(false);
    private final AtomicBoolean running = new AtomicBoolean(true);

    private Soak(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create("http://127.0.0.1:8080/");
        long pid = -1;
        int seconds = 180;
        int cool = 60;
        int warm = 20;
        int hostile = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = URI.create(args[++i]);
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--cool" -> cool = Integer.parseInt(args[++i]);
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--hostile" -> hostile = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --url --pid --seconds --cool --warm --hostile)");
            }
        }
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
            throw new IllegalArgumentException("the soak runs against loopback only");
        }
        new Soak(url).run(pid, warm, seconds, cool, hostile);
    }

    private void run(long pid, int warm, int seconds, int cool, int hostileClients) throws Exception {
        String seed = Files.readString(Throughput.repositoryRoot().resolve("data/seed/000_dc618c4d89af0b6a.txt"));
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < hostileClients; c++) {
            final int client = c;
            threads.add(daemon(() -> hostile(client)));
        }
        threads.add(daemon(() -> normal(seed)));
        List<String> samples = new ArrayList<>();
        Map<Integer, Integer> occupancy = new TreeMap<>();
        long t0 = System.nanoTime();
        long rssLaunch = rss(pid);
        long rssStart = rssLaunch;
        long rssPeak = rssStart;
        long end = t0 + Duration.ofSeconds(warm + seconds + cool).toNanos();
        for (int tick = 0; System.nanoTime() < end; tick++) {
            Thread.sleep(1000);
            double t = (System.nanoTime() - t0) / 1e9;
            if (t > warm && warmPhase.get()) {
                rssStart = rss(pid);
                warmPhase.set(false);
                hostilePhase.set(true);
            }
            if (t > warm + seconds && hostilePhase.get()) {
                hostilePhase.set(false);
            }
            String health = get("v1/health");
            int busy = find(BUSY, health);
            int queued = find(QUEUED, health);
            occupancy.merge(busy, 1, Integer::sum);
            long rss = rss(pid);
            rssPeak = Math.max(rssPeak, rss);
            if (tick % 10 == 0) {
                samples.add(String.format(Locale.ROOT, "| %.0f | %s | %d | %d | %d |", t, phase(),
                        busy, queued, rss >> 20));
            }
        }
        running.set(false);
        long rssEnd = rss(pid);
        System.out.printf(Locale.ROOT, "# mixdoc soak: %d s warm, %d s hostile (%d hostile clients + 1 normal client every 0.5 s), %d s quiet%n%n",
                warm, seconds, hostileClients, cool);
        System.out.println("| requests | count |\n|---|---:|");
        new TreeMap<>(statuses).forEach((k, v) -> System.out.printf("| %s | %d |%n", k, v.get()));
        System.out.printf(Locale.ROOT, "%nnormal requests while hostile load runs: %d, latency p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                normalDuringLoad.size(), pct(normalDuringLoad, 50), pct(normalDuringLoad, 99), pct(normalDuringLoad, 100));
        System.out.printf(Locale.ROOT, "normal requests after it: %d, latency p50 %.0f ms, p99 %.0f ms%n",
                normalAfterLoad.size(), pct(normalAfterLoad, 50), pct(normalAfterLoad, 99));
        System.out.println("\nworker occupancy (seconds with N busy workers): " + occupancy);
        System.out.printf(Locale.ROOT, "RSS: at launch %d MB, after the warm phase (baseline) %d MB, peak %d MB, end %d MB (%.2f× the baseline)%n%n",
                rssLaunch >> 20, rssStart >> 20, rssPeak >> 20, rssEnd >> 20, rssStart == 0 ? Double.NaN : (double) rssEnd / rssStart);
        System.out.println("| t (s) | phase | busy workers | queued | RSS MB |\n|---:|---|---:|---:|---:|");
        samples.forEach(System.out::println);
        long bad5xx = statuses.entrySet().stream()
                .filter(e -> e.getKey().matches(".* 5\\d\\d.*") && !e.getKey().matches(".* 50[34].*"))
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.println("\n5xx other than 503/504: " + bad5xx);
    }

    private String phase() {
        return warmPhase.get() ? "warm" : hostilePhase.get() ? "hostile" : "quiet";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void count(String kind, int status) {
        statuses.computeIfAbsent(kind + " " + status, k -> new AtomicLong()).incrementAndGet();
    }

    private void hostile(int client) {
        java.util.Map<String, java.util.function.IntFunction<String>> kinds;
        try {
            kinds = Scaling.kinds(Scaling.sentences());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> names = List.of("no-spaces", "alternating", "repeated", "glued-zh");
        List<String> bodies = new ArrayList<>();
        for (String n : names) {
            bodies.add(kinds.get(n).apply(4_000_000 - 100));
        }
        while (warmPhase.get() && running.get()) {
            pause(200);
        }
        for (int i = client; hostilePhase.get() && running.get(); i++) {
            try {
                switch (i % 6) {
                    case 0, 1, 2 -> {
                        int k = (i / 6 + client) % names.size();
                        count("hostile 4MB " + names.get(k), post("text/plain; charset=utf-8", bodies.get(k), null));
                    }
                    case 3 -> count("hostile deep JSON", post("application/json",
                            "{\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", null));
                    case 4 -> count("hostile cross-origin", post("text/plain", "中文 text", "https://evil.example"));
                    default -> count("hostile short body", shortBody());
                }
            } catch (Exception e) {
                count("hostile " + e.getClass().getSimpleName(), 0);
            }
        }
    }

    private void normal(String seed) {
        while (running.get()) {
            long s = System.nanoTime();
            try {
                int status = post("text/plain; charset=utf-8", seed, null);
                count("normal", status);
                if (!warmPhase.get()) {
                    (hostilePhase.get() ? normalDuringLoad : normalAfterLoad).add(System.nanoTime() - s);
                }
            } catch (Exception e) {
                count("normal " + e.getClass().getSimpleName(), 0);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private int post(String type, String body, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("v1/analyze")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A body that ends before its declared length: the client half-closes. */
    private int shortBody() throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n"
                    + "Connection: close\r\n\r\nshort").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        }
    }

    private String get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "";
        }
    }

    private static int find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The resident set size of process {@code pid}, from /proc (0 where there is none). */
    static long rss(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int i = Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return sorted.get(i) / 1e6;
    }
}
