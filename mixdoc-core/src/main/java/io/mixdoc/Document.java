package io.mixdoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text and its standoff annotation layers. The text is verbatim and never changes; stages add
 * layers by returning a new document ({@link #with(Layer)}), so a document can be shared freely
 * between threads.
 *
 * <p>Offset contract: every span in every layer indexes {@link #text()} in UTF-16 units,
 * half-open. Use {@link io.mixdoc.json.ResultJson} for code-point offsets.
 */
public final class Document {
    private final String id;
    private final String text;
    private final Map<String, Layer<?>> layers;
    private final Map<String, String> metadata;
    private final Deadline deadline;
    /** Views computed from the text alone, shared by every document made from this one (same text). */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> derived;

    private Document(String id, String text, Map<String, Layer<?>> layers, Map<String, String> metadata,
                     Deadline deadline, java.util.concurrent.ConcurrentHashMap<String, Object> derived) {
        this.id = id;
        this.text = text;
        this.layers = layers;
        this.metadata = metadata;
        this.deadline = deadline;
        this.derived = derived;
    }

    public static Document of(String id, String text) {
        return new Document(Objects.requireNonNull(id), Objects.requireNonNull(text), Map.of(), Map.of(), Deadline.none(),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * A view of the text that several stages read (e.g. the text in simplified characters), computed once
     * per document by {@code compute} and then shared by this document and every one made from it: stages
     * return new documents, the text stays the same, so the view stays valid. {@code name} must say
     * everything the view depends on besides the text. Not part of the result (never written to JSON).
     */
    public <V> V derived(String name, Class<V> type, java.util.function.Function<Document, V> compute) {
        Object v = derived.get(name);
        if (v == null) {
            v = Objects.requireNonNull(compute.apply(this)); // outside the map's lock: a deadline may stop it
            Object raced = derived.putIfAbsent(name, v);
            v = raced == null ? v : raced;
        }
        return type.cast(v);
    }

    /**
     * When the run analysing this document must stop; stages call {@code doc.deadline().check()} in
     * loops that grow with the text. Set by {@link Pipeline#run(Document, Deadline)}; not part of the
     * result (never written to JSON).
     */
    public Deadline deadline() {
        return deadline;
    }

    /** The same document, analysed under {@code d}. */
    public Document withDeadline(Deadline d) {
        return new Document(id, text, layers, metadata, Objects.requireNonNull(d), derived);
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    /**
     * Free-form facts about the source (charset, URL, reader). Only dates are used as evidence: a reader's
     * {@code page_date} (the page's own publication date) and {@code warc_date} (capture date) anchor the
     * publication date and relative dates; nothing else here changes the analysis.
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    public Document withMetadata(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return new Document(id, text, layers, Collections.unmodifiableMap(m), deadline, derived);
    }

    /** A new document with {@code layer} added (or replacing one of the same name). */
    public Document with(Layer<?> layer) {
        for (Span s : layer.spans()) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(layer.key() + " span " + s + " runs past the text");
            }
        }
        Map<String, Layer<?>> m = new LinkedHashMap<>(layers);
        m.put(layer.key().name(), layer);
        return new Document(id, text, Collections.unmodifiableMap(m), metadata, deadline, derived);
    }

    public <T extends Span> Document with(LayerKey<T> key, java.util.List<? extends T> spans) {
        return with(Layer.of(key, spans));
    }

    public boolean has(LayerKey<?> key) {
        Layer<?> l = layers.get(key.name());
        return l != null && l.key().equals(key);
    }

    /** The layer for {@code key}; throws when no stage produced it (a pipeline bug, not bad input). */
    public <T extends Span> Layer<T> layer(LayerKey<T> key) {
        return find(key).orElseThrow(() -> new IllegalStateException("no layer '" + key + "' on " + id));
    }

    @SuppressWarnings("unchecked")
    public <T extends Span> Optional<Layer<T>> find(LayerKey<T> key) {
        Layer<?> l = layers.get(key.name());
        if (l == null || !l.key().equals(key)) {
            return Optional.empty();
        }
        return Optional.of((Layer<T>) l);
    }

    public Map<String, Layer<?>> layers() {
        return layers;
    }

    /** The text a span covers. */
    public String cover(Span s) {
        return text.substring(s.start(), s.end());
    }
}
