package io.mixdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Document;
import io.mixdoc.io.html.HtmlDecoder;
import io.mixdoc.io.html.PageDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A facts gold file ({@code KEY.facts.json}, format in {@code ../shared/eval/facts-gold-format.md}) with
 * the text it annotates, read from the evaluation set it names ({@code source}): the {@code articleBody}
 * of {@code ground-truth.json} under key {@code document}, checked against {@code text_sha256}. The page
 * itself ({@code html/KEY*.html.gz}) gives the document its page date, as the HTML reader would.
 *
 * <p>Gold whose {@code source} is {@code parallel} names a document of the parallel set
 * ({@code ../shared/data/parallel/zh-en.tsv}, {@code document} as {@code wmt22/xinhua-zh-01.104266}): its text
 * is that document's {@code zh} sentences in the order of their numbers, joined by {@code \n}; it has no page,
 * so no page date.
 *
 * <p>The texts are never copied into the repository: the sets are found beside it ({@code ../shared},
 * or the directory given by {@code -Dmixdoc.shared} / {@code MIXDOC_SHARED}).
 */
public final class NewsGold {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** ground-truth.json files already read, by path: each is read once per run. */
    private static final Map<Path, JsonNode> SETS = new HashMap<>();
    /** The {@code source} of gold that names a document of the parallel set. */
    static final String PARALLEL = "parallel";
    /** Parallel sets already read, by path: document id to its Chinese text. */
    private static final Map<Path, Map<String, String>> PARALLEL_SETS = new HashMap<>();

    private final String key;
    private final JsonNode json;
    private final String text;
    private final Optional<PageDate.Found> pageDate;

    private NewsGold(String key, JsonNode json, String text, Optional<PageDate.Found> pageDate) {
        this.key = key;
        this.json = json;
        this.text = text;
        this.pageDate = pageDate;
    }

    /** Every {@code *.facts.json} under a path (a file or a directory), sorted by name. */
    public static List<Path> find(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return path.getFileName().toString().endsWith(".facts.json") ? List.of(path) : List.of();
        }
        try (var s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".facts.json")).sorted().toList();
        }
    }

    /**
     * The evaluation data directory ({@code .../shared/eval}): {@code -Dmixdoc.shared}, {@code MIXDOC_SHARED},
     * else a {@code shared} directory beside the repository holding {@code from} (found walking up from it).
     */
    public static Optional<Path> sharedEval(Path from) {
        String configured = System.getProperty("mixdoc.shared", System.getenv("MIXDOC_SHARED"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured, "eval");
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("eval");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Loads a gold file and its text; throws when the text is missing or is not the one annotated. */
    public static NewsGold load(Path gold, Path sharedEval) throws IOException {
        JsonNode json = MAPPER.readTree(gold.toFile());
        String key = json.path("document").asText();
        if (PARALLEL.equals(json.path("source").asText())) {
            Path tsv = sharedEval.resolveSibling("data").resolve("parallel").resolve("zh-en.tsv");
            String text = parallelTexts(tsv).get(key);
            if (text == null) {
                throw new IOException(gold + ": no document " + key + " in " + tsv);
            }
            checkSha(gold, key, json, text);
            return new NewsGold(key, json, text, Optional.empty());
        }
        Path set = sharedEval.resolve(json.path("source").asText());
        JsonNode page = groundTruth(set.resolve("ground-truth.json")).path(key);
        if (page.isMissingNode()) {
            throw new IOException(gold + ": no page " + key + " in " + set);
        }
        String text = page.path("articleBody").asText();
        checkSha(gold, key, json, text);
        return new NewsGold(key, json, text, pageDate(set.resolve("html"), key, page.path("url").asText("")));
    }

    private static void checkSha(Path gold, String key, JsonNode json, String text) throws IOException {
        String sha = sha256(text);
        if (!sha.equals(json.path("text_sha256").asText())) {
            throw new IOException(gold + ": the text of " + key + " has changed (sha256 " + sha + ")");
        }
    }

    /**
     * The Chinese text of every document of a parallel set ({@code id\tzh\ten} lines after a header, id
     * {@code SET/DOC:N}): the {@code zh} sentences ordered by N, joined by {@code \n}.
     */
    static synchronized Map<String, String> parallelTexts(Path tsv) throws IOException {
        Map<String, String> cached = PARALLEL_SETS.get(tsv);
        if (cached == null) {
            Map<String, TreeMap<Integer, String>> sentences = new HashMap<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] cols = line.split("\t", -1);
                int colon = cols[0].lastIndexOf(':');
                if (cols.length < 2 || colon < 0) {
                    throw new IOException(tsv + ": not an id\tzh\ten line: " + line);
                }
                sentences.computeIfAbsent(cols[0].substring(0, colon), d -> new TreeMap<>())
                        .put(Integer.parseInt(cols[0].substring(colon + 1)), cols[1]);
            }
            cached = new HashMap<>();
            for (var e : sentences.entrySet()) {
                cached.put(e.getKey(), String.join("\n", e.getValue().values()));
            }
            PARALLEL_SETS.put(tsv, cached);
        }
        return cached;
    }

    private static synchronized JsonNode groundTruth(Path file) throws IOException {
        JsonNode cached = SETS.get(file);
        if (cached == null) {
            cached = MAPPER.readTree(file.toFile());
            SETS.put(file, cached);
        }
        return cached;
    }

    private static Optional<PageDate.Found> pageDate(Path htmlDir, String key, String url) throws IOException {
        Path page = htmlDir.resolve(key + ".html.gz");
        if (!Files.exists(page)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            bytes = in.readAllBytes();
        }
        return PageDate.find(HtmlDecoder.decode(bytes), url);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String key() {
        return key;
    }

    public JsonNode json() {
        return json;
    }

    public String text() {
        return text;
    }

    /**
     * The same gold with its text in traditional characters ({@link AsTraditional}): offsets, page date and
     * annotations as they are, written forms read again from the converted text.
     */
    public NewsGold inTraditional(AsTraditional.Variant variant) {
        String traditional = AsTraditional.text(text, variant);
        return new NewsGold(key, AsTraditional.gold(json, traditional, variant), traditional, pageDate);
    }

    /** The document to analyse: the text, with the page date as the HTML reader would pass it. */
    public Document document() {
        Document d = Document.of(key, text);
        if (pageDate.isPresent()) {
            d = d.withMetadata(PageDate.METADATA_KEY, pageDate.get().value())
                    .withMetadata(PageDate.METADATA_EVIDENCE_KEY, pageDate.get().evidence());
        }
        return d;
    }
}
