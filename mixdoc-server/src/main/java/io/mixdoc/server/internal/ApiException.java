package io.mixdoc.server.internal;

import java.util.Objects;

/** A request the API refuses: carries the stable {@link ApiError} and a message safe to show the client. */
public final class ApiException extends RuntimeException {
    private final ApiError error;

    public ApiException(ApiError error, String message) {
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error);
    }

    public ApiException(ApiError error) {
        this(error, error.defaultMessage());
    }

    public ApiError error() {
        return error;
    }
}
