package io.mixdoc;

import java.util.Objects;

/**
 * The typed name of a standoff layer, e.g. {@code lang} holding {@link LanguageSpan}s.
 * Stages declare the keys they require and produce; {@link Layers} lists the built-in ones.
 */
public final class LayerKey<T extends Span> {
    private final String name;
    private final Class<T> type;

    private LayerKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T extends Span> LayerKey<T> of(String name, Class<T> type) {
        if (!name.matches("[a-z][a-z_]*")) {
            throw new IllegalArgumentException("layer names are lower_snake_case: " + name);
        }
        return new LayerKey<>(name, type);
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
