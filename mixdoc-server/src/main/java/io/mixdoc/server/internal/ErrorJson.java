package io.mixdoc.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one error body the server sends: {@code {"error":{"code":"E_…","status":413,"message":"…"}}}. */
public final class ErrorJson {
    private ErrorJson() {
    }

    public static String of(ApiError error, String message) {
        return of(error, error.status(), message);
    }

    /** The body for an answer sent with HTTP {@code status}: the status field always equals it. */
    public static String of(ApiError error, int status, String message) {
        ObjectNode root = ServerJson.MAPPER.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", error.name());
        e.put("status", status);
        e.put("message", message == null || message.isBlank() ? error.defaultMessage() : message);
        try {
            return ServerJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
