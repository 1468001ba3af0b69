package io.mixdoc.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link MixdocServer} listens and what it accepts. Checked when built: a bad value throws at
 * once rather than when the first request arrives.
 *
 * @param host         the address to bind; {@code 127.0.0.1} by default (loopback only)
 * @param port         the TCP port; 0 picks a free one ({@link MixdocServer#port()} tells which)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413 {@code E_TOO_LARGE}
 * @param timeLimit    the longest one analysis may take; slower ones get 503 {@code E_TIMEOUT}
 * @param workers      threads that run analyses (the pipeline is shared; each analysis uses one)
 * @param queue        analyses allowed to wait for a worker; beyond that 503 {@code E_BUSY}
 * @param allowedHosts names clients may use in {@code Host} besides loopback and the bound address
 *                     (for a server reached by a DNS name); others get 403 {@code E_FORBIDDEN_HOST}
 * @param allowedOrigins origins ({@code https://example.org}) whose pages may POST, or {@code *};
 *                     other cross-origin POSTs get 403 {@code E_FORBIDDEN_ORIGIN}
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Duration timeLimit, int workers, int queue,
                             Set<String> allowedHosts, Set<String> allowedOrigins) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);
    /** Bodies are held in memory; refuse settings that would let one request exhaust the heap. */
    public static final long MAX_BODY_CEILING = 256L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_CEILING) {
            throw new IllegalArgumentException("maxBodyBytes must be 1.." + MAX_BODY_CEILING + ", was " + maxBodyBytes);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be 1..256, was " + workers);
        }
        if (queue < 0 || queue > 100_000) {
            throw new IllegalArgumentException("queue must be 0..100000, was " + queue);
        }
        allowedHosts = Set.copyOf(allowedHosts);
        allowedOrigins = Set.copyOf(allowedOrigins);
        for (String h : allowedHosts) {
            if (h.isBlank() || h.contains("/") || h.contains(" ")) {
                throw new IllegalArgumentException("allowed host must be a bare name such as mixdoc.example.org, was '" + h + "'");
            }
        }
        for (String o : allowedOrigins) {
            if (!o.equals("*") && !o.matches("(?i)https?://[^/\\s]+")) {
                throw new IllegalArgumentException("allowed origin must be * or scheme://host[:port], was '" + o + "'");
            }
        }
    }

    /** Loopback, port 8080, 4 MB bodies, 20 s per analysis, one worker per core, 64 waiting. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_LIMIT,
                Math.max(1, Runtime.getRuntime().availableProcessors()), 64, Set.of(), Set.of());
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxBodyBytes, timeLimit, workers, queue, allowedHosts, allowedOrigins);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxBodyBytes, timeLimit, workers, queue, allowedHosts, allowedOrigins);
    }

    public ServerSettings withMaxBodyBytes(long n) {
        return new ServerSettings(host, port, n, timeLimit, workers, queue, allowedHosts, allowedOrigins);
    }

    public ServerSettings withTimeLimit(Duration d) {
        return new ServerSettings(host, port, maxBodyBytes, d, workers, queue, allowedHosts, allowedOrigins);
    }

    public ServerSettings withWorkers(int n) {
        return new ServerSettings(host, port, maxBodyBytes, timeLimit, n, queue, allowedHosts, allowedOrigins);
    }

    public ServerSettings withQueue(int n) {
        return new ServerSettings(host, port, maxBodyBytes, timeLimit, workers, n, allowedHosts, allowedOrigins);
    }

    public ServerSettings withAllowedHosts(Set<String> names) {
        return new ServerSettings(host, port, maxBodyBytes, timeLimit, workers, queue, names, allowedOrigins);
    }

    public ServerSettings withAllowedOrigins(Set<String> origins) {
        return new ServerSettings(host, port, maxBodyBytes, timeLimit, workers, queue, allowedHosts, origins);
    }
}
