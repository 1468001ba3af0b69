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
 * {@code /v1/health}) and the server's RSS over time.
 *
 * <p>Phases: warm (normal traffic, and each pathological kind once at 16 KB, so the server has loaded
 * what it loads once and served ordinary requests), idle (counted from when the server reports no analysis
 * running or waiting), hostile (hostile and normal), cool (normal only), idle. RSS start and end are measured
 * the same way, at the end of an idle phase after normal traffic: the state of a server that has served
 * ordinary requests and has had the same time to give memory back. "Memory returns" means the end is back
 * at the start: the hostile load left nothing behind. RSS under normal traffic just before each idle phase is
 * reported beside them, since it depends on how far G1 has grown its young generation for that traffic.
 *
 * <p>Options: {@code --url URL} (default {@code http://127.0.0.1:8080/}), {@code --pid PID} the
 * server's process id (for RSS), {@code --seconds N} hostile phase (default 180), {@code --cool N}
 * normal traffic after it (default 60), {@code --warm N} normal traffic only before the load (default 20),
 * {@code --idle N} each idle phase (default 15), {@code --hostile N} hostile clients (default 3).
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
    private volatile Phase phase = Phase.WARM;
    private final AtomicBoolean running = new AtomicBoolean(true);

    /** The phases in order; the normal client sends only in those with traffic. */
    private enum Phase {
        WARM(true), IDLE_BEFORE(false), HOSTILE(true), COOL(true), IDLE_AFTER(false);

        final boolean traffic;

        Phase(boolean traffic) {
            this.traffic = traffic;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private Soak(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create("http://127.0.0.1:8080/");
        long pid = -1;
        int seconds = 180;
        int cool = 60;
        int warm = 20;
        int idle = 15;
        int hostile = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = URI.create(args[++i]);
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--cool" -> cool = Integer.parseInt(args[++i]);
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--idle" -> idle = Integer.parseInt(args[++i]);
                case "--hostile" -> hostile = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --url --pid --seconds --cool --warm --idle --hostile)");
            }
        }
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
            throw new IllegalArgumentException("the soak runs against loopback only");
        }
        new Soak(url).run(pid, warm, idle, seconds, cool, hostile);
    }

    private void run(long pid, int warm, int idle, int seconds, int cool, int hostileClients) throws Exception {
        String seed = Files.readString(Throughput.repositoryRoot().resolve("data/seed/000_dc618c4d89af0b6a.txt"));
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < hostileClients; c++) {
            final int client = c;
            threads.add(daemon(() -> hostile(client)));
        }
        threads.add(daemon(() -> normal(seed)));
        List<String> samples = new ArrayList<>();
        Map<Integer, Integer> occupancy = new TreeMap<>();
        // Each phase ends at this many seconds from the start.
        Map<Phase, Integer> ends = new java.util.EnumMap<>(Phase.class);
        ends.put(Phase.WARM, warm);
        ends.put(Phase.IDLE_BEFORE, warm + idle);
        ends.put(Phase.HOSTILE, warm + idle + seconds);
        ends.put(Phase.COOL, warm + idle + seconds + cool);
        ends.put(Phase.IDLE_AFTER, warm + idle + seconds + cool + idle);
        Map<Phase, Long> rssAtEnd = new java.util.EnumMap<>(Phase.class);
        long t0 = System.nanoTime();
        long rssLaunch = rss(pid);
        long rssPeak = rssLaunch;
        double shift = 0; // how much later than planned the phases run: an idle phase waits for the server to be idle
        double idleSince = -1;
        int busy = -1;
        int queued = -1;
        for (int tick = 0; ; tick++) {
            Thread.sleep(1000);
            double t = (System.nanoTime() - t0) / 1e9;
            boolean serverIdle = busy == 0 && queued == 0;
            idleSince = !serverIdle ? -1 : idleSince < 0 ? t : idleSince;
            boolean due = t >= ends.get(phase) + shift;
            if (due && !phase.traffic && (idleSince < 0 || t - idleSince < idle)) {
                shift += 1; // requests sent before it still run: the idle time counts from when they end
            } else if (due) {
                rssAtEnd.put(phase, rss(pid));
                if (phase == Phase.IDLE_AFTER) {
                    break;
                }
                phase = Phase.values()[phase.ordinal() + 1];
            }
            String health = get("v1/health");
            busy = find(BUSY, health);
            queued = find(QUEUED, health);
            occupancy.merge(busy, 1, Integer::sum);
            long rss = rss(pid);
            rssPeak = Math.max(rssPeak, rss);
            if (tick % 10 == 0) {
                samples.add(String.format(Locale.ROOT, "| %.0f | %s | %d | %d | %d |", t, phase.label(),
                        busy, queued, rss >> 20));
            }
        }
        running.set(false);
        long rssStart = rssAtEnd.get(Phase.IDLE_BEFORE);
        long rssEnd = rssAtEnd.get(Phase.IDLE_AFTER);
        System.out.printf(Locale.ROOT, "# mixdoc soak: %d s warm, %d s idle, %d s hostile (%d hostile clients + 1 normal client every 0.5 s), %d s cool, %d s idle%n%n",
                warm, idle, seconds, hostileClients, cool, idle);
        System.out.println("| requests | count |\n|---|---:|");
        new TreeMap<>(statuses).forEach((k, v) -> System.out.printf("| %s | %d |%n", k, v.get()));
        System.out.printf(Locale.ROOT, "%nnormal requests while hostile load runs: %d, latency p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                normalDuringLoad.size(), pct(normalDuringLoad, 50), pct(normalDuringLoad, 99), pct(normalDuringLoad, 100));
        System.out.printf(Locale.ROOT, "normal requests after it: %d, latency p50 %.0f ms, p99 %.0f ms%n",
                normalAfterLoad.size(), pct(normalAfterLoad, 50), pct(normalAfterLoad, 99));
        System.out.println("\nworker occupancy (seconds with N busy workers): " + occupancy);
        System.out.printf(Locale.ROOT, "RSS: at launch %d MB; under normal traffic before the load %d MB, after it %d MB (%.2f×); peak %d MB%n",
                rssLaunch >> 20, rssAtEnd.get(Phase.WARM) >> 20, rssAtEnd.get(Phase.COOL) >> 20,
                ratio(rssAtEnd.get(Phase.COOL), rssAtEnd.get(Phase.WARM)), rssPeak >> 20);
        System.out.printf(Locale.ROOT, "RSS start (idle %d s after the warm traffic) %d MB, end (idle %d s after the cool traffic) %d MB: %.2f× the start%n%n",
                idle, rssStart >> 20, idle, rssEnd >> 20, ratio(rssEnd, rssStart));
        System.out.println("| t (s) | phase | busy workers | queued | RSS MB |\n|---:|---|---:|---:|---:|");
        samples.forEach(System.out::println);
        long bad5xx = statuses.entrySet().stream()
                .filter(e -> e.getKey().matches(".* 5\\d\\d.*") && !e.getKey().matches(".* 50[34].*"))
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.println("\n5xx other than 503/504: " + bad5xx);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
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
        if (client == 0) {
            // The warm phase sends each kind once at 16 KB: what a server loads once (dictionaries, the code
            // those inputs reach, bounded caches) is in the baseline, so the end shows what the load left behind.
            for (String n : names) {
                try {
                    count("warm 16KB " + n, post("text/plain; charset=utf-8", kinds.get(n).apply(16_000), null));
                } catch (Exception e) {
                    count("warm 16KB " + n + " " + e.getClass().getSimpleName(), 0);
                }
            }
        }
        while (phase.ordinal() < Phase.HOSTILE.ordinal() && running.get()) {
            pause(200);
        }
        for (int i = client; phase == Phase.HOSTILE && running.get(); i++) {
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
            Phase now = phase;
            if (!now.traffic) {
                pause(100);
                continue;
            }
            long s = System.nanoTime();
            try {
                int status = post("text/plain; charset=utf-8", seed, null);
                count("normal", status);
                if (now != Phase.WARM) {
                    (now == Phase.HOSTILE ? normalDuringLoad : normalAfterLoad).add(System.nanoTime() - s);
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
