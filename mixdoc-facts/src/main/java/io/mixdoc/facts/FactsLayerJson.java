package io.mixdoc.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.json.CodePoints;
import io.mixdoc.json.LayerJson;
import io.mixdoc.json.ResultJson;
import io.mixdoc.json.SpanArrayJson;
import io.mixdoc.facts.internal.NameKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON of this module's layers, {@code structure}, {@code quantities}, {@code dates} and
 * {@code entities} ({@link FactsLayers} attaches each to its key). Each writer sits beside its reader.
 * Offsets written are Unicode code points, half-open (converted from the layers' UTF-16).
 */
final class FactsLayerJson {
    private FactsLayerJson() {
    }

    static final LayerJson<Quantity> QUANTITY = new SpanArrayJson<>("quantities", false) {
        @Override
        protected void fill(Document doc, Quantity q, ObjectNode o) {
            o.put("text", doc.cover(q));
            putNumber(o, "value", q.value());
            if (q.unit().isEmpty()) {
                o.putNull("unit");
            } else {
                o.put("unit", q.unit());
            }
            o.put("approx", q.approx().json());
        }

        @Override
        protected Quantity span(JsonNode o, int start, int end) {
            JsonNode unit = o.get("unit");
            return new Quantity(start, end, o.get("value").decimalValue(), unit.isNull() ? "" : unit.asText(),
                    Approx.valueOf(o.get("approx").asText().toUpperCase(Locale.ROOT)));
        }
    };

    static final LayerJson<DateMention> DATE = new SpanArrayJson<>("dates", false) {
        @Override
        protected void fill(Document doc, DateMention d, ObjectNode o) {
            o.put("text", doc.cover(d));
            o.put("value", d.value());
            o.put("relative", d.relative());
        }

        @Override
        protected DateMention span(JsonNode o, int start, int end) {
            return new DateMention(start, end, o.get("value").asText(), o.get("relative").asBoolean());
        }
    };

    static final LayerJson<StructureSpan> STRUCTURE = new StructureJson();

    static final LayerJson<EntityMention> ENTITY = new EntityJson();

    static void putNumber(ObjectNode o, String key, BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            o.put(key, s.longValueExact());
        } else {
            o.put(key, s.doubleValue());
        }
    }

    /** One {@code structure} object: single parts as objects (or null), repeated parts as arrays. */
    private static final class StructureJson implements LayerJson<StructureSpan> {
        @Override
        public String field() {
            return "structure";
        }

        @Override
        public boolean writtenWhenAbsent() {
            return false;
        }

        @Override
        public void write(Document doc, List<StructureSpan> spans, CodePoints cp, ObjectNode result) {
            ObjectNode s = result.putObject("structure");
            if (result.get("scores") instanceof ObjectNode scores) {
                scores.put("boilerplate_share", boilerplateShare(doc, spans));
            }
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

        /**
         * The publication date carries no offsets in the JSON: it comes back as an empty span at 0.
         * Derived fields ({@code text}, {@code speaker_zh}/{@code speaker_en}) are not read.
         */
        @Override
        public List<StructureSpan> read(JsonNode result, String text, CodePoints cp) {
            JsonNode s = result.get("structure");
            List<StructureSpan> spans = new ArrayList<>();
            single(s, "headline", StructureKind.HEADLINE, cp, spans, o -> Map.of());
            single(s, "dateline", StructureKind.DATELINE, cp, spans,
                    o -> attributes(o, "agency", "place", "year", "month", "day"));
            JsonNode byline = s.path("byline");
            if (byline.isObject()) {
                List<String> authors = new ArrayList<>();
                byline.get("authors").forEach(a -> authors.add(a.asText()));
                spans.add(new StructureSpan(start(byline, cp), end(byline, cp), StructureKind.BYLINE, Map.of(), authors));
            }
            single(s, "end_mark", StructureKind.END_MARK, cp, spans, o -> Map.of());
            JsonNode date = s.path("publication_date");
            if (date.isObject()) {
                spans.add(new StructureSpan(0, 0, StructureKind.PUBLICATION_DATE, attributes(date, "value", "evidence"), List.of()));
            }
            repeated(s, "paragraphs", StructureKind.PARAGRAPH, cp, spans, o -> Map.of());
            repeated(s, "captions", StructureKind.CAPTION, cp, spans, o -> Map.of());
            repeated(s, "turns", StructureKind.TURN, cp, spans, o -> attributes(o, "role", "speaker", "speaker_key"));
            repeated(s, "boilerplate", StructureKind.BOILERPLATE, cp, spans, o -> attributes(o, "kind"));
            return spans;
        }

        private static void single(JsonNode s, String field, StructureKind kind, CodePoints cp, List<StructureSpan> out,
                                   java.util.function.Function<JsonNode, Map<String, String>> attributes) {
            JsonNode o = s.path(field);
            if (o.isObject()) {
                out.add(new StructureSpan(start(o, cp), end(o, cp), kind, attributes.apply(o), List.of()));
            }
        }

        private static void repeated(JsonNode s, String field, StructureKind kind, CodePoints cp, List<StructureSpan> out,
                                     java.util.function.Function<JsonNode, Map<String, String>> attributes) {
            for (JsonNode o : s.path(field)) {
                out.add(new StructureSpan(start(o, cp), end(o, cp), kind, attributes.apply(o), List.of()));
            }
        }

        /** The named fields that are present and not null, as the strings {@link StructureSpan#attribute} returns. */
        private static Map<String, String> attributes(JsonNode o, String... names) {
            Map<String, String> a = new HashMap<>();
            for (String n : names) {
                JsonNode v = o.get(n);
                if (v != null && !v.isNull()) {
                    a.put(n, v.asText());
                }
            }
            return a;
        }

        private static String speakerIn(List<StructureSpan> spans, String key, boolean han) {
            for (StructureSpan t : spans) {
                if (t.kind() == StructureKind.TURN && t.attribute("speaker_key").equals(key)
                        && NameKeys.hasHan(t.attribute("speaker")) == han) {
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
    }

    /** Mentions grouped by the entity they name: {@code id}, {@code type}, names per language, mentions. */
    private static final class EntityJson implements LayerJson<EntityMention> {
        /** What a mention read back from JSON gives as its {@link EntityMention#source()} (not written). */
        static final String READ_SOURCE = "result";

        @Override
        public String field() {
            return "entities";
        }

        @Override
        public boolean writtenWhenAbsent() {
            return false;
        }

        @Override
        public void write(Document doc, List<EntityMention> mentions, CodePoints cp, ObjectNode result) {
            ArrayNode out = result.putArray("entities");
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

        @Override
        public List<EntityMention> read(JsonNode result, String text, CodePoints cp) {
            List<EntityMention> mentions = new ArrayList<>();
            for (JsonNode entity : result.get("entities")) {
                EntityType type = EntityType.valueOf(entity.get("type").asText());
                int id = entity.get("id").asInt();
                for (JsonNode m : entity.get("mentions")) {
                    mentions.add(new EntityMention(start(m, cp), end(m, cp), type, m.get("lang").asText(), id, READ_SOURCE));
                }
            }
            return mentions;
        }
    }

    private static int start(JsonNode o, CodePoints cp) {
        return cp.toUtf16(o.get("start").asInt());
    }

    private static int end(JsonNode o, CodePoints cp) {
        return cp.toUtf16(o.get("end").asInt());
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
