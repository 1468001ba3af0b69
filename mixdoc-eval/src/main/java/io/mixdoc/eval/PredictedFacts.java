package io.mixdoc.eval;

import io.mixdoc.Document;
import io.mixdoc.Layer;
import io.mixdoc.LayerKey;
import io.mixdoc.Span;
import io.mixdoc.facts.DateMention;
import io.mixdoc.facts.EntityMention;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.Quantity;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.json.CodePoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts layers of an analysed document as the scorers compare them with gold: read from the layers
 * ({@link FactsLayers}), never from the result JSON, with offsets converted to code points (the gold's
 * convention, and the JSON's). A single structure part the document lacks is {@code null}; when a layer
 * holds two of one single part, the later counts, as in the result.
 */
final class PredictedFacts {
    /** A span in code points with its text. */
    record At(int start, int end, String text) {
    }

    record Number(At at, BigDecimal value, String unit) {
    }

    record Date(At at, String value) {
    }

    /** One linked entity: its type, its names per language and its mentions, in the layer's order. */
    record Entity(String type, Set<String> zh, Set<String> en, List<At> mentions) {
    }

    /** A structure part: where it is and the span itself (attributes, names). */
    record Part(At at, StructureSpan span) {
        String attribute(String key) {
            return span.attribute(key);
        }
    }

    final List<Number> quantities = new ArrayList<>();
    final List<Date> dates = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Part> captions = new ArrayList<>();
    final List<Part> turns = new ArrayList<>();
    final List<Part> boilerplate = new ArrayList<>();
    Part dateline;
    Part byline;
    Part endMark;
    Part publicationDate;

    private final Document doc;
    private final CodePoints cp;

    private PredictedFacts(Document doc) {
        this.doc = doc;
        this.cp = new CodePoints(doc.text());
    }

    static PredictedFacts of(Document doc) {
        PredictedFacts p = new PredictedFacts(doc);
        for (Quantity q : spans(doc, FactsLayers.QUANTITY)) {
            p.quantities.add(new Number(p.at(q), q.value(), q.unit()));
        }
        for (DateMention d : spans(doc, FactsLayers.DATE)) {
            p.dates.add(new Date(p.at(d), d.value()));
        }
        p.entities(spans(doc, FactsLayers.ENTITY));
        for (StructureSpan s : spans(doc, FactsLayers.STRUCTURE)) {
            p.structure(s);
        }
        return p;
    }

    private static <T extends Span> List<T> spans(Document doc, LayerKey<T> key) {
        return doc.find(key).map(Layer::spans).orElse(List.of());
    }

    private void entities(List<EntityMention> mentions) {
        Map<Integer, List<EntityMention>> byEntity = new TreeMap<>();
        for (EntityMention m : mentions) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        for (List<EntityMention> group : byEntity.values()) {
            Set<String> zh = new LinkedHashSet<>();
            Set<String> en = new LinkedHashSet<>();
            List<At> at = new ArrayList<>();
            for (EntityMention m : group) {
                if (m.lang().equals("zh")) {
                    zh.add(doc.cover(m));
                } else if (m.lang().equals("en")) {
                    en.add(doc.cover(m));
                }
                at.add(at(m));
            }
            entities.add(new Entity(group.get(0).type().name(), zh, en, at));
        }
    }

    private void structure(StructureSpan s) {
        Part part = new Part(at(s), s);
        if (s.kind() == StructureKind.DATELINE) {
            dateline = part;
        } else if (s.kind() == StructureKind.BYLINE) {
            byline = part;
        } else if (s.kind() == StructureKind.END_MARK) {
            endMark = part;
        } else if (s.kind() == StructureKind.PUBLICATION_DATE) {
            publicationDate = part;
        } else if (s.kind() == StructureKind.CAPTION) {
            captions.add(part);
        } else if (s.kind() == StructureKind.TURN) {
            turns.add(part);
        } else if (s.kind() == StructureKind.BOILERPLATE) {
            boilerplate.add(part);
        }
    }

    private At at(Span s) {
        return new At(cp.toCodePoint(s.start()), cp.toCodePoint(s.end()), doc.cover(s));
    }
}
