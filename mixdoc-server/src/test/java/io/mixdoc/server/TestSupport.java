package io.mixdoc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Shared by the server tests: the repository root, the seed, and a plain HTTP client. */
final class TestSupport {
    static final String SEED = "data/seed/000_dc618c4d89af0b6a.txt";
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private TestSupport() {
    }

    /** The repository root, found by the core test kit. */
    static Path root() {
        return io.mixdoc.testkit.TestData.root();
    }

    static String seed() {
        try {
            return Files.readString(root().resolve(SEED), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loopback, a free port, otherwise the defaults. */
    static ServerSettings loopback() {
        return ServerSettings.defaults().withPort(0).withWorkers(2);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(MixdocServer server, String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build());
    }

    static HttpResponse<String> post(MixdocServer server, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    static HttpResponse<String> post(MixdocServer server, String path, String contentType, String body) {
        return post(server, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
