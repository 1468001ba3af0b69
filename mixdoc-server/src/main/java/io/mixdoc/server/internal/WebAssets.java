package io.mixdoc.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The viewer's files, a fixed list read from the class path once at start-up. Requests are matched
 * against this list by exact path, so no client-supplied name ever reaches a file or resource lookup.
 */
public final class WebAssets {
    /** One served file. */
    public record Asset(byte[] bytes, String contentType) {
    }

    private static final String BASE = "/io/mixdoc/server/web/";
    private final Map<String, Asset> byPath;

    private WebAssets(Map<String, Asset> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static WebAssets load() {
        Map<String, Asset> m = new LinkedHashMap<>();
        m.put("/", read("index.html", "text/html; charset=utf-8"));
        m.put("/assets/viewer.js", read("viewer.js", "text/javascript; charset=utf-8"));
        m.put("/assets/viewer.css", read("viewer.css", "text/css; charset=utf-8"));
        m.put("/v1/openapi.json", read("openapi.json", "application/json; charset=utf-8"));
        return new WebAssets(m);
    }

    public Optional<Asset> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Iterable<String> paths() {
        return byPath.keySet();
    }

    private static Asset read(String name, String contentType) {
        try (InputStream in = WebAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
