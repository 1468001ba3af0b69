package io.mixdoc.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server's own JSON mapper: it writes the answers (results as {@code ResultJson.toTree} built them, the
 * health and error bodies) and parses request bodies. No other module's mapper is shared.
 */
public final class ServerJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ServerJson() {
    }
}
