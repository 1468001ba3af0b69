package io.mixdoc.server.internal;

/**
 * The errors the HTTP API answers with. The code is part of the API (stable, documented in
 * {@code openapi.json}); the message is for people and may change.
 */
public enum ApiError {
    E_BAD_REQUEST(400, "the request is malformed"),
    E_BAD_JSON(400, "the body is not valid JSON of the expected shape"),
    E_BAD_ENCODING(400, "the body is not valid text in its declared charset"),
    E_BINARY(400, "the body is binary data, not text"),
    E_EMPTY(400, "there is no text to analyse"),
    E_INCOMPLETE_BODY(400, "the request body ended before its declared length"),
    E_FORBIDDEN_HOST(403, "the Host header does not name this server"),
    E_FORBIDDEN_ORIGIN(403, "cross-origin requests are not allowed"),
    E_NOT_FOUND(404, "no such endpoint"),
    E_METHOD_NOT_ALLOWED(405, "method not allowed on this endpoint"),
    E_REQUEST_TIMEOUT(408, "the request did not arrive in time"),
    E_TOO_LARGE(413, "the request body is larger than the server accepts"),
    E_URI_TOO_LONG(414, "the request URI is too long"),
    E_UNSUPPORTED_MEDIA_TYPE(415, "unsupported content type"),
    E_HEADERS_TOO_LARGE(431, "the request headers are too large"),
    E_INTERNAL(500, "internal error"),
    E_TIMEOUT(503, "the analysis took longer than the server's time limit"),
    E_BUSY(503, "the server is busy; try again shortly");

    private final int status;
    private final String defaultMessage;

    ApiError(int status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * The error for an HTTP status produced outside our handlers (routing, Jetty). A status without
     * a code of its own maps to the generic code of its class; {@link ErrorJson#of(ApiError, int, String)}
     * still writes the real status.
     */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 404 -> E_NOT_FOUND;
            case 405 -> E_METHOD_NOT_ALLOWED;
            case 408 -> E_REQUEST_TIMEOUT;
            case 413 -> E_TOO_LARGE;
            case 414 -> E_URI_TOO_LONG;
            case 415 -> E_UNSUPPORTED_MEDIA_TYPE;
            case 431 -> E_HEADERS_TOO_LARGE;
            case 503 -> E_BUSY;
            default -> status >= 400 && status < 500 ? E_BAD_REQUEST : E_INTERNAL;
        };
    }
}
