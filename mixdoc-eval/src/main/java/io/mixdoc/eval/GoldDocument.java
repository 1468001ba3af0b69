package io.mixdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.json.CodePoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold annotation file ({@code NAME.gold.json}) with the text it annotates ({@code NAME.txt} beside
 * it). Gold offsets are code points; this class converts them to UTF-16 for comparison.
 */
public final class GoldDocument {
    /** A gold seam (UTF-16 offsets). */
    public record GoldSeam(int start, int end, String type, String repair, String difficulty) {
    }

    /** A span that must not be flagged, or a gold language span (UTF-16 offsets). */
    public record GoldSpan(int start, int end, String label) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final String text;
    private final JsonNode json;
    private final List<GoldSeam> seams = new ArrayList<>();
    private final List<GoldSpan> notSeams = new ArrayList<>();
    private final List<GoldSpan> spans = new ArrayList<>();
    private final boolean clean;

    private GoldDocument(String name, String text, JsonNode json) {
        this.name = name;
        this.text = text;
        this.json = json;
        CodePoints cp = new CodePoints(text);
        for (JsonNode s : json.path("seams")) {
            seams.add(new GoldSeam(cp.toUtf16(s.get("start").asInt()), cp.toUtf16(s.get("end").asInt()),
                    s.get("type").asText(), s.hasNonNull("repair") ? s.get("repair").asText() : null,
                    s.path("difficulty").asText("core")));
        }
        for (JsonNode s : json.path("not_seams")) {
            notSeams.add(new GoldSpan(cp.toUtf16(s.get("start").asInt()), cp.toUtf16(s.get("end").asInt()),
                    s.path("surface").asText()));
        }
        for (JsonNode s : json.path("spans")) {
            spans.add(new GoldSpan(cp.toUtf16(s.get("start").asInt()), cp.toUtf16(s.get("end").asInt()),
                    s.get("lang").asText()));
        }
        this.clean = json.path("clean").asBoolean(false);
    }

    /** Loads {@code gold} and the text file it names (or NAME.txt beside it). */
    public static GoldDocument load(Path gold) throws IOException {
        JsonNode json = MAPPER.readTree(gold.toFile());
        Path dir = gold.toAbsolutePath().getParent();
        String fileName = gold.getFileName().toString();
        String base = fileName.substring(0, fileName.length() - ".gold.json".length());
        Path txt = json.hasNonNull("document") ? dir.resolve(json.get("document").asText()) : dir.resolve(base + ".txt");
        if (!Files.exists(txt)) {
            txt = dir.resolve(base + ".txt");
        }
        return new GoldDocument(base, Files.readString(txt, StandardCharsets.UTF_8), json);
    }

    /** Every {@code *.gold.json} under a path (a file or a directory), sorted by name. */
    public static List<Path> find(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (var s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public JsonNode json() {
        return json;
    }

    public List<GoldSeam> seams() {
        return seams;
    }

    public List<GoldSpan> notSeams() {
        return notSeams;
    }

    public List<GoldSpan> spans() {
        return spans;
    }

    public boolean clean() {
        return clean;
    }
}
