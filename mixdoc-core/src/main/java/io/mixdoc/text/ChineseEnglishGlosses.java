package io.mixdoc.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * English gloss words of Chinese words, from CC-CEDICT (built by {@code tools/build_cedict.py}).
 * A page translator cuts a sentence and translates the rest, so the Chinese beside a cut often
 * says the very word that was cut: {@code We will en鼓励} - 鼓励 "encourage". Loaded once per JVM.
 */
public final class ChineseEnglishGlosses {
    private static final String RESOURCE = "/io/mixdoc/lexicon/zh-en.tsv.gz";
    public static final int MAX_WORD = 6;

    private final Map<String, List<String>> glosses;
    /** The same headwords as a trie (values: indexes into {@link #byIndex}), for walking along a text. */
    private final CharTrie trie;
    private final List<List<String>> byIndex;

    private ChineseEnglishGlosses(Map<String, List<String>> glosses) {
        this.glosses = glosses;
        String[] keys = glosses.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        this.trie = CharTrie.of(keys);
        List<List<String>> values = new java.util.ArrayList<>(keys.length);
        for (String k : keys) {
            values.add(glosses.get(k));
        }
        this.byIndex = List.copyOf(values);
    }

    public static ChineseEnglishGlosses get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ChineseEnglishGlosses INSTANCE = load();
    }

    private static ChineseEnglishGlosses load() {
        Map<String, List<String>> m = new HashMap<>(150_000);
        try (InputStream in = ChineseEnglishGlosses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                m.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChineseEnglishGlosses(m);
    }

    /**
     * The headwords as a trie: walk it along the text ({@link CharTrie#step}) and read the glosses of
     * each headword passed with {@link #glossesOf(int)}, one pass instead of a substring per length.
     */
    public CharTrie trie() {
        return trie;
    }

    /** The glosses of the headword ending at trie node {@code node}, or an empty list. */
    public List<String> glossesOf(int node) {
        int i = trie.value(node);
        return i == CharTrie.NONE ? List.of() : byIndex.get(i);
    }

    /** Every headword with its glosses, in no set order (for generators that work backwards from English). */
    public void forEach(java.util.function.BiConsumer<String, List<String>> action) {
        glosses.forEach(action);
    }

    /** English words glossing {@code chinese}, or an empty list. */
    public List<String> glosses(String chinese) {
        return glosses.getOrDefault(chinese, List.of());
    }
}
