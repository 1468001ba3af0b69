package io.mixdoc.server.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the server. The {@code Host} header must name loopback ({@code localhost},
 * {@code 127.0.0.1}, {@code [::1]}), the bound address, or a configured name: a web page that
 * rebinds its own DNS name to 127.0.0.1 sends its own name and is refused. A request that can
 * cost work ({@code POST}) with an {@code Origin} header must come from the server's own origin or
 * from an origin the operator allowed ({@code *} allows any): a page elsewhere cannot make the
 * operator's browser fire analyses, even with a {@code text/plain} body that needs no preflight.
 * Requests without {@code Origin} (curl, scripts) are not cross-origin and pass.
 */
public final class AccessCheck {
    private final Set<String> hosts = new HashSet<>();
    private final Set<String> origins = new HashSet<>();
    private final boolean anyOrigin;

    /**
     * @param boundHost      the address the server listens on
     * @param allowedHosts   further names clients may use in {@code Host} (lower-cased, no port)
     * @param allowedOrigins origins ({@code scheme://host[:port]}) allowed to POST, or {@code *}
     */
    public AccessCheck(String boundHost, Set<String> allowedHosts, Set<String> allowedOrigins) {
        hosts.add("localhost");
        hosts.add("127.0.0.1");
        hosts.add("::1");
        String bound = bare(boundHost);
        if (!bound.equals("0.0.0.0") && !bound.equals("::")) {
            hosts.add(bound);
        }
        for (String h : allowedHosts) {
            hosts.add(bare(h));
        }
        for (String o : allowedOrigins) {
            origins.add(o.toLowerCase(Locale.ROOT).replaceAll("/+$", ""));
        }
        anyOrigin = origins.contains("*");
    }

    /** Throws {@link ApiException} ({@code 403}) when the request may not be served. */
    public void check(String method, String hostHeader, String originHeader, int port) {
        if (hostHeader != null && !hosts.contains(bare(hostName(hostHeader)))) {
            throw new ApiException(ApiError.E_FORBIDDEN_HOST, "requests must name this server as localhost, 127.0.0.1, [::1]"
                    + " or a name allowed with --allow-host");
        }
        boolean costly = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (costly && originHeader != null && !anyOrigin && !sameServer(originHeader, port)
                && !origins.contains(originHeader.toLowerCase(Locale.ROOT))) {
            throw new ApiException(ApiError.E_FORBIDDEN_ORIGIN, "cross-origin requests are refused unless the origin is"
                    + " allowed with --allow-origin");
        }
    }

    /** The Origin is this server: http, an allowed host name, the port it listens on. */
    private boolean sameServer(String origin, int port) {
        try {
            URI u = new URI(origin);
            int p = u.getPort() < 0 ? 80 : u.getPort();
            return "http".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && hosts.contains(bare(u.getHost())) && p == port;
        } catch (URISyntaxException e) {
            return false; // "null" (sandboxed frames, files) and garbage are not this server
        }
    }

    /** The host part of a Host header: {@code [::1]:8080} -> {@code [::1]}, {@code a.b:80} -> {@code a.b}. */
    static String hostName(String header) {
        String h = header.trim();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 || h.indexOf(':', colon + 1) >= 0 ? h : h.substring(0, colon);
    }

    private static String bare(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
