package io.mixdoc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A layer written as an array of objects with {@code start} and {@code end} (code points) and the
 * span's own fields. Subclasses say what the fields are ({@link #fill}) and how to rebuild a span from
 * them ({@link #span}); offsets are converted here.
 */
public abstract class SpanArrayJson<T extends Span> implements LayerJson<T> {
    private final String field;
    private final boolean writtenWhenAbsent;

    protected SpanArrayJson(String field, boolean writtenWhenAbsent) {
        this.field = field;
        this.writtenWhenAbsent = writtenWhenAbsent;
    }

    @Override
    public final String field() {
        return field;
    }

    @Override
    public final boolean writtenWhenAbsent() {
        return writtenWhenAbsent;
    }

    /** Whether {@code span} is written at all (all are, unless a subclass says otherwise). */
    protected boolean written(T span) {
        return true;
    }

    /** Adds the span's own fields to {@code o}, which already has {@code start} and {@code end}. */
    protected abstract void fill(Document doc, T span, ObjectNode o);

    /** The span {@code o} describes, at UTF-16 offsets {@code [start, end)}. */
    protected abstract T span(JsonNode o, int start, int end);

    @Override
    public final void write(Document doc, List<T> spans, CodePoints offsets, ObjectNode result) {
        ArrayNode a = result.putArray(field);
        for (T s : spans) {
            if (written(s)) {
                fill(doc, s, ResultJson.span(a.addObject(), offsets, s.start(), s.end()));
            }
        }
    }

    @Override
    public final List<T> read(JsonNode result, String text, CodePoints offsets) {
        List<T> spans = new ArrayList<>();
        for (JsonNode o : result.get(field)) {
            spans.add(span(o, offsets.toUtf16(o.get("start").asInt()), offsets.toUtf16(o.get("end").asInt())));
        }
        return spans;
    }
}
