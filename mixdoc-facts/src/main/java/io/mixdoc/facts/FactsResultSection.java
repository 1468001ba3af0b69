package io.mixdoc.facts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.internal.CodePoints;
import io.mixdoc.json.ResultJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code structure}, {@code quantities}, {@code dates} and {@code entities} into the result JSON.
 * Offsets written are Unicode code points, half-open (converted from the layers' UTF-16).
 */
public final class FactsResultSection implements io.mixdoc.json.ResultSection {
    @Override
    public void write(Document doc, CodePoints cp, ObjectNode result) {
        doc.find(FactsLayers.STRUCTURE).ifPresent(l -> {
            structure(doc, cp, l.spans(), result.putObject("structure"));
            if (result.get("scores") instanceof ObjectNode scores) {
                scores.put("boilerplate_share", boilerplateShare(doc, l.spans()));
            }
        });
        doc.find(FactsLayers.QUANTITY).ifPresent(l -> {
            ArrayNode a = result.putArray("quantities");
            for (Quantity q : l.spans()) {
                ObjectNode o = ResultJson.span(a.addObject(), cp, q.start(), q.end());
                o.put("text", doc.cover(q));
                putNumber(o, "value", q.value());
                if (q.unit().isEmpty()) {
                    o.putNull("unit");
                } else {
                    o.put("unit", q.unit());
                }
                o.put("approx", q.approx().json());
            }
        });
        doc.find(FactsLayers.DATE).ifPresent(l -> {
            ArrayNode a = result.putArray("dates");
            for (DateMention d : l.spans()) {
                ObjectNode o = ResultJson.span(a.addObject(), cp, d.start(), d.end());
                o.put("text", doc.cover(d));
                o.put("value", d.value());
                o.put("relative", d.relative());
            }
        });
        doc.find(FactsLayers.ENTITY).ifPresent(l -> entities(doc, cp, l.spans(), result.putArray("entities")));
    }

    static void putNumber(ObjectNode o, String key, BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            o.put(key, s.longValueExact());
        } else {
            o.put(key, s.doubleValue());
        }
    }

    private static void structure(Document doc, CodePoints cp, List<StructureSpan> spans, ObjectNode s) {
        s.putNull("headline");
        s.putNull("dateline");
        s.putNull("byline");
        s.putNull("end_mark");
        s.putNull("publication_date");
        ArrayNode paragraphs = s.putArray("paragraphs");
        ArrayNode captions = s.putArray("captions");
        ArrayNode turns = s.putArray("turns");
        ArrayNode boilerplate = s.putArray("boilerplate");
        for (StructureSpan x : spans) {
            switch (x.kind()) {
                case HEADLINE -> ResultJson.span(s.putObject("headline"), cp, x.start(), x.end()).put("text", doc.cover(x));
                case DATELINE -> {
                    ObjectNode o = ResultJson.span(s.putObject("dateline"), cp, x.start(), x.end());
                    o.put("text", doc.cover(x));
                    o.put("agency", x.attribute("agency"));
                    o.put("place", x.attribute("place"));
                    putInt(o, "year", x.attribute("year"));
                    putInt(o, "month", x.attribute("month"));
                    putInt(o, "day", x.attribute("day"));
                }
                case BYLINE -> {
                    ObjectNode o = ResultJson.span(s.putObject("byline"), cp, x.start(), x.end());
                    ArrayNode authors = o.putArray("authors");
                    x.names().forEach(authors::add);
                }
                case PARAGRAPH -> ResultJson.span(paragraphs.addObject(), cp, x.start(), x.end());
                case CAPTION -> ResultJson.span(captions.addObject(), cp, x.start(), x.end()).put("text", doc.cover(x));
                case TURN -> {
                    ObjectNode o = ResultJson.span(turns.addObject(), cp, x.start(), x.end());
                    o.put("role", x.attribute("role"));
                    o.put("speaker", x.attribute("speaker"));
                    o.put("speaker_key", x.attribute("speaker_key"));
                    // the same speaker's label in either language, from the interview's other turns
                    String zh = speakerIn(spans, x.attribute("speaker_key"), true);
                    String en = speakerIn(spans, x.attribute("speaker_key"), false);
                    if (zh != null) {
                        o.put("speaker_zh", zh);
                    }
                    if (en != null) {
                        o.put("speaker_en", en);
                    }
                }
                case END_MARK -> ResultJson.span(s.putObject("end_mark"), cp, x.start(), x.end()).put("text", doc.cover(x));
                case BOILERPLATE -> ResultJson.span(boilerplate.addObject(), cp, x.start(), x.end()).put("kind", x.attribute("kind"));
                case PUBLICATION_DATE -> {
                    ObjectNode o = s.putObject("publication_date");
                    o.put("value", x.attribute("value"));
                    o.put("evidence", x.attribute("evidence"));
                }
                default -> throw new IllegalStateException("unhandled structure kind " + x.kind());
            }
        }
    }

    private static String speakerIn(List<StructureSpan> spans, String key, boolean han) {
        for (StructureSpan t : spans) {
            if (t.kind() == StructureKind.TURN && t.attribute("speaker_key").equals(key)
                    && io.mixdoc.facts.internal.NameKeys.hasHan(t.attribute("speaker")) == han) {
                return t.attribute("speaker");
            }
        }
        return null;
    }

    private static void putInt(ObjectNode o, String key, String v) {
        if (v.isEmpty()) {
            o.putNull(key);
        } else {
            o.put(key, Integer.parseInt(v));
        }
    }

    private static void entities(Document doc, CodePoints cp, List<EntityMention> mentions, ArrayNode out) {
        Map<Integer, List<EntityMention>> byEntity = new TreeMap<>();
        for (EntityMention m : mentions) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Integer, List<EntityMention>> e : byEntity.entrySet()) {
            ObjectNode o = out.addObject();
            o.put("id", e.getKey());
            o.put("type", e.getValue().get(0).type().name());
            Set<String> zh = new LinkedHashSet<>();
            Set<String> en = new LinkedHashSet<>();
            for (EntityMention m : e.getValue()) {
                if (m.lang().equals("zh")) {
                    zh.add(doc.cover(m));
                } else if (m.lang().equals("en")) {
                    en.add(doc.cover(m));
                }
            }
            ObjectNode names = o.putObject("names");
            zh.forEach(names.putArray("zh")::add);
            ArrayNode enNames = names.putArray("en");
            en.forEach(enNames::add);
            ArrayNode ms = o.putArray("mentions");
            for (EntityMention m : e.getValue()) {
                ObjectNode x = ResultJson.span(ms.addObject(), cp, m.start(), m.end());
                x.put("text", doc.cover(m));
                x.put("lang", m.lang());
            }
        }
    }

    /** Share of the text's characters that lie in boilerplate (related headlines, share lines, ...). */
    static double boilerplateShare(Document doc, List<StructureSpan> spans) {
        if (doc.text().isEmpty()) {
            return 0;
        }
        long chars = 0;
        for (StructureSpan s : spans) {
            if (s.kind() == StructureKind.BOILERPLATE) {
                chars += s.length();
            }
        }
        return Math.round(chars * 10000.0 / doc.text().length()) / 10000.0;
    }
}
