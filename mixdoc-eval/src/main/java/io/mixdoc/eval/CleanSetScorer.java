package io.mixdoc.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Document;
import io.mixdoc.Edit;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layer;
import io.mixdoc.Layers;
import io.mixdoc.Pipeline;
import io.mixdoc.Seam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores mixdoc on clean (undamaged, unannotated) documents, such as the real-text corpus in
 * {@code data/real}: every seam found there is a false alarm and every edit applied is damage.
 * Figures: false seams per 10,000 characters (in all and by type), edits applied and documents with
 * at least one, and the share of Latin letters under each language tag. Documents are grouped by
 * their first folder below the root (the corpus's kinds: {@code zh-tech}, {@code en-zh}, {@code bilingual}).
 *
 * <p>Offsets in {@link Finding} are Unicode code points into the document, end exclusive.
 */
public final class CleanSetScorer {
    /** Language tags that may carry Latin letters in these documents; any other tag on a Latin letter is a mistake. */
    public static final Set<String> LATIN_TAGS = Set.of("en", "zxx", "zh-Latn");
    private static final int CONTEXT = 40;

    /** One false alarm ({@code seam}) or one edit applied ({@code edit}), in context. */
    public record Finding(String kind, String document, int start, int end, String type, String surface,
                          String detail, String context) {
    }

    /** Figures for a set of clean documents (all of them, or one kind). */
    public static final class Figures {
        private int documents;
        private long chars;
        private int seams;
        private int edits;
        private int documentsWithEdits;
        private final Map<String, Integer> seamsByType = new TreeMap<>();
        private final Map<String, Long> latinLettersByTag = new TreeMap<>();

        public int documents() {
            return documents;
        }

        /** Code points read. */
        public long chars() {
            return chars;
        }

        public int falseSeams() {
            return seams;
        }

        public int editsApplied() {
            return edits;
        }

        public int documentsWithEdits() {
            return documentsWithEdits;
        }

        public Map<String, Integer> falseSeamsByType() {
            return java.util.Collections.unmodifiableMap(seamsByType);
        }

        /** Latin letters by the language tag covering them ({@code none} when no span covers them). */
        public Map<String, Long> latinLettersByTag() {
            return java.util.Collections.unmodifiableMap(latinLettersByTag);
        }

        public double falseSeamsPer10k() {
            return chars == 0 ? 0 : seams * 10_000.0 / chars;
        }

        public long latinLetters() {
            return latinLettersByTag.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Share (0..1) of Latin letters tagged {@code tag}. */
        public double latinShare(String tag) {
            long all = latinLetters();
            return all == 0 ? 0 : latinLettersByTag.getOrDefault(tag, 0L) / (double) all;
        }

        /** Share (0..1) of Latin letters tagged anything but {@link #LATIN_TAGS} (untagged ones included). */
        public double otherLatinShare() {
            long all = latinLetters();
            long ok = LATIN_TAGS.stream().mapToLong(t -> latinLettersByTag.getOrDefault(t, 0L)).sum();
            return all == 0 ? 0 : (all - ok) / (double) all;
        }

        private void add(Document doc, List<Seam> seamList, List<Edit> editList, Map<String, Long> latin) {
            documents++;
            chars += doc.text().codePointCount(0, doc.text().length());
            seams += seamList.size();
            seamList.forEach(s -> seamsByType.merge(s.type().name(), 1, Integer::sum));
            edits += editList.size();
            if (!editList.isEmpty()) {
                documentsWithEdits++;
            }
            latin.forEach((tag, n) -> latinLettersByTag.merge(tag, n, Long::sum));
        }

        ObjectNode toJson(ObjectMapper m) {
            ObjectNode o = m.createObjectNode();
            o.put("documents", documents);
            o.put("chars", chars);
            o.put("false_seams", seams);
            o.put("false_seams_per_10k", round(falseSeamsPer10k()));
            ObjectNode byType = o.putObject("false_seams_by_type");
            seamsByType.forEach(byType::put);
            o.put("edits_applied", edits);
            o.put("documents_with_edits", documentsWithEdits);
            o.put("latin_letters", latinLetters());
            ObjectNode shares = o.putObject("latin_share_by_tag");
            latinLettersByTag.forEach((tag, n) -> shares.put(tag, round(latinShare(tag))));
            o.put("latin_share_other", round(otherLatinShare()));
            return o;
        }
    }

    private final Pipeline pipeline;
    private final Figures all = new Figures();
    private final Map<String, Figures> byGroup = new TreeMap<>();
    private final List<Finding> findings = new ArrayList<>();

    /** What each document's text is turned into before it is analysed (as read, or {@link AsTraditional#text}). */
    private final java.util.function.UnaryOperator<String> view;

    public CleanSetScorer(Pipeline pipeline) {
        this(pipeline, java.util.function.UnaryOperator.identity());
    }

    public CleanSetScorer(Pipeline pipeline, java.util.function.UnaryOperator<String> view) {
        this.pipeline = java.util.Objects.requireNonNull(pipeline);
        this.view = java.util.Objects.requireNonNull(view);
    }

    /** The {@code .txt} files under {@code root} (a file is taken as it is), sorted by path. */
    public static List<Path> documents(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no such file or directory: " + root);
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * Reads, analyses and scores every {@code .txt} document under each root. Documents are analysed in
     * parallel and added in path order, so the figures and the findings' order do not depend on threads.
     */
    public CleanSetScorer scoreAll(List<Path> roots) throws IOException {
        record Input(String name, String group, Path path) {
        }
        List<Input> inputs = new ArrayList<>();
        for (Path root : roots) {
            for (Path p : documents(root)) {
                String name = Files.isDirectory(root) ? root.relativize(p).toString().replace('\\', '/') : p.getFileName().toString();
                inputs.add(new Input(name, name.contains("/") ? name.substring(0, name.indexOf('/')) : "", p));
            }
        }
        List<Analysed> analysed = inputs.parallelStream().map(in -> {
            try {
                return analyse(in.name(), in.group(), view.apply(Files.readString(in.path(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + in.path() + " as UTF-8", e);
            }
        }).toList();
        analysed.forEach(this::add);
        return this;
    }

    /** Analyses one clean document and adds it to the figures (and to {@code group}'s, when not empty). */
    public void score(String name, String group, String text) {
        add(analyse(name, group, text));
    }

    private record Analysed(String group, Document doc, List<Seam> seams, List<Edit> edits, Map<String, Long> latin,
                            List<Finding> findings) {
    }

    private Analysed analyse(String name, String group, String text) {
        Document doc = pipeline.run(name, text);
        List<Seam> seams = doc.find(Layers.SEAM).map(Layer::spans).orElse(List.of());
        List<Edit> edits = doc.find(Layers.EDIT).map(Layer::spans).orElse(List.of());
        List<Finding> found = new ArrayList<>();
        for (Seam s : seams) {
            found.add(finding("seam", name, text, s.start(), s.end(), s.type().name(),
                    s.repair().map(r -> "→ " + r + "; ").orElse("") + s.evidence()));
        }
        for (Edit e : edits) {
            found.add(finding("edit", name, text, e.start(), e.end(), e.reason(), "→ " + e.replacement()));
        }
        return new Analysed(group, doc, seams, edits, latinLettersByTag(doc), found);
    }

    private void add(Analysed a) {
        all.add(a.doc(), a.seams(), a.edits(), a.latin());
        if (!a.group().isEmpty()) {
            byGroup.computeIfAbsent(a.group(), g -> new Figures()).add(a.doc(), a.seams(), a.edits(), a.latin());
        }
        findings.addAll(a.findings());
    }

    private static Map<String, Long> latinLettersByTag(Document doc) {
        String text = doc.text();
        String[] tag = new String[text.length()];
        for (LanguageSpan s : doc.layer(Layers.LANG).spans()) {
            java.util.Arrays.fill(tag, s.start(), s.end(), s.lang());
        }
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                counts.merge(tag[i] == null ? "none" : tag[i], 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Finding finding(String kind, String doc, String text, int start, int end, String type, String detail) {
        int a = Math.max(0, start - CONTEXT);
        int b = Math.min(text.length(), end + CONTEXT);
        String context = (text.substring(a, start) + "[" + text.substring(start, end) + "]" + text.substring(end, b))
                .replace('\n', '⏎');
        return new Finding(kind, doc, text.codePointCount(0, start), text.codePointCount(0, end), type,
                text.substring(start, end), detail, context);
    }

    public Figures all() {
        return all;
    }

    /** Figures per group (first folder below the root), sorted by group name. */
    public Map<String, Figures> byGroup() {
        return java.util.Collections.unmodifiableMap(byGroup);
    }

    /** Every false alarm and edit, in document order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** The figures as a table, then (when {@code errors > 0}) the first {@code errors} findings of each kind. */
    public String table(int errors) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d clean documents, %d characters (every seam is a false alarm, every edit is damage)%n%n",
                all.documents(), all.chars()));
        List<String> columns = new ArrayList<>(byGroup.keySet());
        s.append(String.format(Locale.ROOT, "%-34s %10s", "figure", "all"));
        columns.forEach(c -> s.append(String.format(Locale.ROOT, " %10s", c)));
        s.append('\n');
        row(s, "documents", Figures::documents, "%d");
        row(s, "false seams / 10k chars", Figures::falseSeamsPer10k, "%.3f");
        row(s, "false seams", Figures::falseSeams, "%d");
        for (String type : all.falseSeamsByType().keySet()) {
            row(s, "  " + type, f -> f.falseSeamsByType().getOrDefault(type, 0), "%d");
        }
        row(s, "edits applied", Figures::editsApplied, "%d");
        row(s, "documents with >= 1 edit", Figures::documentsWithEdits, "%d");
        row(s, "Latin letters", Figures::latinLetters, "%d");
        row(s, "Latin share other than en/zxx/zh-Latn", f -> 100 * f.otherLatinShare(), "%.2f %%");
        for (String tag : all.latinLettersByTag().keySet()) {
            row(s, "  Latin share " + tag, f -> 100 * f.latinShare(tag), "%.2f %%");
        }
        if (errors > 0) {
            appendFindings(s, errors);
        }
        return s.toString();
    }

    private void appendFindings(StringBuilder s, int n) {
        Map<String, Integer> shown = new TreeMap<>();
        s.append("\nfalse alarms and edits (kind document start-end type: context  detail):\n");
        for (Finding f : findings) {
            if (shown.merge(f.kind(), 1, Integer::sum) <= n) {
                s.append(String.format(Locale.ROOT, "  %-4s %s %d-%d %s: %s  %s%n", f.kind(), f.document(), f.start(), f.end(),
                        f.type(), f.context(), f.detail()));
            }
        }
    }

    private void row(StringBuilder s, String name, java.util.function.Function<Figures, Number> value, String format) {
        s.append(String.format(Locale.ROOT, "%-34s %10s", name, String.format(Locale.ROOT, format, value.apply(all))));
        for (Figures f : byGroup.values()) {
            s.append(String.format(Locale.ROOT, " %10s", String.format(Locale.ROOT, format, value.apply(f))));
        }
        s.append('\n');
    }

    /** The figures (in all and per group) and the first {@code errors} findings of each kind, as JSON. */
    public ObjectNode toJson(ObjectMapper m, int errors) {
        ObjectNode o = m.createObjectNode();
        o.set("all", all.toJson(m));
        ObjectNode groups = o.putObject("by_kind");
        byGroup.forEach((g, f) -> groups.set(g, f.toJson(m)));
        ArrayNode list = o.putArray("errors");
        Map<String, Integer> shown = new TreeMap<>();
        for (Finding f : findings) {
            if (shown.merge(f.kind(), 1, Integer::sum) <= errors) {
                list.add(m.valueToTree(f));
            }
        }
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
