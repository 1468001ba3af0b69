package io.mixdoc.io;

/** Why one record could not be processed. {@code code} is stable (E_EMPTY, E_BINARY, E_TOO_LARGE, ...). */
public record RecordError(String code, String message) {
}
