package io.mixdoc.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers on every response. The documents shown by the viewer are hostile input, so the page may
 * run only the server's own script file ({@code script-src 'self'}: no inline script, no handlers in
 * attributes, no eval), load nothing from elsewhere and never be framed.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    private static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        m.put("X-Content-Type-Options", "nosniff");
        m.put("X-Frame-Options", "DENY");
        m.put("Referrer-Policy", "no-referrer");
        m.put("Cross-Origin-Opener-Policy", "same-origin");
        m.put("Cross-Origin-Resource-Policy", "same-origin");
        return Map.copyOf(m);
    }

    public static void apply(BiConsumer<String, String> setHeader) {
        HEADERS.forEach(setHeader);
    }
}
