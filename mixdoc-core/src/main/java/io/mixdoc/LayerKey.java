package io.mixdoc;

import io.mixdoc.json.LayerJson;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed name of a standoff layer, e.g. {@code lang} holding {@link LanguageSpan}s.
 * Stages declare the keys they require and produce; {@link Layers} lists the built-in ones. A key that
 * appears in the result JSON carries its writer and reader ({@link #json()}).
 */
public final class LayerKey<T extends Span> {
    private final String name;
    private final Class<T> type;
    private final LayerJson<T> json;

    private LayerKey(String name, Class<T> type, LayerJson<T> json) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.json = json;
    }

    /** A layer that stays inside the Java API (never written to the result JSON). */
    public static <T extends Span> LayerKey<T> of(String name, Class<T> type) {
        return checked(name, type, null);
    }

    /** A layer written to the result JSON by {@code json} (and read back by it). */
    public static <T extends Span> LayerKey<T> of(String name, Class<T> type, LayerJson<T> json) {
        return checked(name, type, Objects.requireNonNull(json));
    }

    private static <T extends Span> LayerKey<T> checked(String name, Class<T> type, LayerJson<T> json) {
        if (!name.matches("[a-z][a-z_]*")) {
            throw new IllegalArgumentException("layer names are lower_snake_case: " + name);
        }
        return new LayerKey<>(name, type, json);
    }

    /** How this layer is written to the result JSON; empty for layers the JSON does not carry. */
    public Optional<LayerJson<T>> json() {
        return Optional.ofNullable(json);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerKey<?> k && k.name.equals(name) && k.type.equals(type);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
