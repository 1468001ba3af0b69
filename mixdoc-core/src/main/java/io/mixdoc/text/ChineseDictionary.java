package io.mixdoc.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * CC-CEDICT headwords with their readings and senses (built by {@code tools/build_cedict.py}, with {@code zh-en.tsv.gz}, from one CC-CEDICT release), for
 * the reading aid. Loaded once per JVM, and only by the gloss stage, which runs when asked for.
 */
public final class ChineseDictionary {
    private static final String RESOURCE = "/io/mixdoc/lexicon/cedict-readings.tsv.gz";
    /** Between senses; compiled once: {@code String.split(" / ")} compiled it again for each of 120k lines. */
    private static final java.util.regex.Pattern SENSES = java.util.regex.Pattern.compile(" / ", java.util.regex.Pattern.LITERAL);

    /** One reading of a headword: numbered pinyin as in CC-CEDICT ({@code yin2 hang2}) and its senses. */
    public record Reading(String pinyin, List<String> senses) {
    }

    private final Map<String, List<Reading>> entries;
    private final int longest;

    private ChineseDictionary(Map<String, List<Reading>> entries, int longest) {
        this.entries = entries;
        this.longest = longest;
    }

    public static ChineseDictionary get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ChineseDictionary INSTANCE = load();
    }

    private static ChineseDictionary load() {
        Map<String, List<Reading>> m = new HashMap<>(150_000);
        int longest = 1;
        try (InputStream in = ChineseDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", 3);
                m.computeIfAbsent(f[0], k -> new ArrayList<>(1)).add(new Reading(f[1], List.of(SENSES.split(f[2]))));
                longest = Math.max(longest, f[0].length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new ChineseDictionary(java.util.Collections.unmodifiableMap(m), Math.min(longest, 12));
    }

    /** The readings of {@code word} in dictionary order, or an empty list. */
    public List<Reading> readings(String word) {
        return entries.getOrDefault(word, List.of());
    }

    /** Every headword with its readings, in no particular order (for resources derived from the dictionary). */
    public void forEach(java.util.function.BiConsumer<String, List<Reading>> action) {
        entries.forEach(action);
    }

    public boolean contains(String word) {
        return entries.containsKey(word);
    }

    /** The length (UTF-16 units) of the longest headword that starts {@code text} at {@code from}, at most {@code limit}; 0 if none. */
    public int longestMatch(String text, int from, int limit) {
        int max = Math.min(limit, Math.min(longest, text.length() - from));
        for (int len = max; len > 0; len--) {
            if (entries.containsKey(text.substring(from, from + len))) {
                return len;
            }
        }
        return 0;
    }
}
