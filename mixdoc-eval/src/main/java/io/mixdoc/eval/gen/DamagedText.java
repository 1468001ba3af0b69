package io.mixdoc.eval.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text being written with damage spliced in, and the gold seams that record it (UTF-16 offsets while
 * writing; code points in the gold file, as every mixdoc gold file).
 */
final class DamagedText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Gold(int start, int end, String type, String repair, String difficulty) {
        Gold(int start, int end, String type, String repair) {
            this(start, end, type, repair, "core");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Gold> seams = new ArrayList<>();
    private final List<Gold> notSeams = new ArrayList<>();
    private final List<Gold> languages = new ArrayList<>();

    DamagedText append(CharSequence s) {
        text.append(s);
        return this;
    }

    DamagedText append(char c) {
        text.append(c);
        return this;
    }

    /** Appends {@code damage} and records it as a seam of {@code type} whose repair is {@code repair}. */
    DamagedText damage(String damage, String type, String repair) {
        return damage(damage, type, repair, "core");
    }

    /**
     * As {@link #damage(String, String, String)}, of gold {@code difficulty}: {@code core}, or {@code hard} for
     * damage the text itself gives a reader no evidence of ({@code eval --core-only} leaves it out).
     */
    DamagedText damage(String damage, String type, String repair, String difficulty) {
        int start = text.length();
        text.append(damage);
        seams.add(new Gold(start, text.length(), type, repair, difficulty));
        return this;
    }

    /** Appends {@code text} and records it as a span that must not be flagged (a deliberate gloss, say). */
    DamagedText notDamage(String text, String label) {
        int start = this.text.length();
        this.text.append(text);
        notSeams.add(new Gold(start, this.text.length(), label, ""));
        return this;
    }

    /** Records {@code [start, end)} (UTF-16, already written) as gold text of language {@code lang}. */
    DamagedText language(int start, int end, String lang) {
        languages.add(new Gold(start, end, lang, ""));
        return this;
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    int seamCount() {
        return seams.size();
    }

    /** Writes {@code NAME.txt} and {@code NAME.gold.json} into {@code dir}. */
    void write(Path dir, String name, String generator, String source, boolean clean) throws IOException {
        String t = text.toString();
        StringBuilder json = new StringBuilder("{\n");
        json.append(" \"generator\": ").append(JSON.writeValueAsString(generator)).append(",\n");
        json.append(" \"source\": ").append(JSON.writeValueAsString(source)).append(",\n");
        json.append(" \"clean\": ").append(clean).append(",\n");
        json.append(" \"not_seams\": [");
        String nsep = "\n  ";
        for (Gold g : notSeams) {
            ObjectNode s = JSON.createObjectNode();
            s.put("start", t.codePointCount(0, g.start()));
            s.put("end", t.codePointCount(0, g.end()));
            s.put("surface", t.substring(g.start(), g.end()));
            s.put("why", g.type());
            json.append(nsep).append(JSON.writeValueAsString(s));
            nsep = ",\n  ";
        }
        json.append(notSeams.isEmpty() ? "],\n" : "\n ],\n");
        if (!languages.isEmpty()) {
            json.append(" \"spans\": [");
            String lsep = "\n  ";
            for (Gold g : languages) {
                ObjectNode s = JSON.createObjectNode();
                s.put("start", t.codePointCount(0, g.start()));
                s.put("end", t.codePointCount(0, g.end()));
                s.put("lang", g.type());
                json.append(lsep).append(JSON.writeValueAsString(s));
                lsep = ",\n  ";
            }
            json.append("\n ],\n");
        }
        json.append(" \"seams\": [");
        String sep = "\n  ";
        for (Gold g : seams) { // one seam a line: the files stay small and diff well
            ObjectNode s = JSON.createObjectNode();
            s.put("start", t.codePointCount(0, g.start()));
            s.put("end", t.codePointCount(0, g.end()));
            s.put("surface", t.substring(g.start(), g.end()));
            s.put("type", g.type());
            s.put("repair", g.repair());
            s.put("difficulty", g.difficulty());
            json.append(sep).append(JSON.writeValueAsString(s));
            sep = ",\n  ";
        }
        json.append("\n ]\n}\n");
        Files.writeString(dir.resolve(name + ".txt"), t, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".gold.json"), json, StandardCharsets.UTF_8);
    }
}
