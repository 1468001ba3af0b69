package io.mixdoc.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An English word list with frequencies: SCOWL (which words exist, by commonness) joined with
 * SUBTLEX-US counts (how often they are used). Built by {@code tools/build_lexicon.py}; loaded once
 * per JVM ({@link #get()}), read-only afterwards and so safe to share between threads.
 */
public final class EnglishLexicon {
    private static final String RESOURCE = "/io/mixdoc/lexicon/en.tsv.gz";
    /** Words SUBTLEX counts per million; used to turn counts into Zipf values. */
    private static final double SUBTLEX_MILLIONS = 51.0;

    private final Map<String, Entry> entries;
    private final String[] sorted;
    private final String[] reversedSorted;
    /*
     * Per position in sorted / reversedSorted: the word's count(), scowl size and isWord(), computed
     * once at load so that ranking completions does no lower-casing or hashing (the hot path of
     * Completer). Values are exactly what the per-word methods return.
     */
    private final int[] sortedCount;
    private final int[] sortedScowl;
    private final boolean[] sortedIsWord;
    private final int[] reversedCount;
    private final int[] reversedScowl;
    private final boolean[] reversedIsWord;
    /** The words (lower case) in a hash table whose values index {@link #sorted}: every ASCII question looks a word up there. */
    private final AsciiWordTable table;

    private record Entry(int count, int scowlSize) {
    }

    private EnglishLexicon(Map<String, Entry> entries) {
        this.entries = entries;
        this.sorted = entries.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        this.reversedSorted = entries.keySet().stream().map(EnglishLexicon::reverse).sorted().toArray(String[]::new);
        this.sortedCount = new int[sorted.length];
        this.sortedScowl = new int[sorted.length];
        this.sortedIsWord = new boolean[sorted.length];
        fill(sorted, false, sortedCount, sortedScowl, sortedIsWord);
        this.reversedCount = new int[reversedSorted.length];
        this.reversedScowl = new int[reversedSorted.length];
        this.reversedIsWord = new boolean[reversedSorted.length];
        fill(reversedSorted, true, reversedCount, reversedScowl, reversedIsWord);
        this.table = new AsciiWordTable(sorted);
    }

    private void fill(String[] keys, boolean reversed, int[] count, int[] scowl, boolean[] isWord) {
        for (int i = 0; i < keys.length; i++) {
            String w = reversed ? reverse(keys[i]) : keys[i];
            Entry lower = entries.get(w.toLowerCase());
            count[i] = lower == null ? 0 : lower.count; // what count(w) answers; the arrays it reads are being filled
            scowl[i] = entries.get(w).scowlSize;
            isWord[i] = isWordLowerCasing(w);
        }
    }

    public static EnglishLexicon get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EnglishLexicon INSTANCE = load();
    }

    private static EnglishLexicon load() {
        Map<String, Entry> m = new HashMap<>(200_000);
        try (InputStream in = EnglishLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                m.put(line.substring(0, a), new Entry(Integer.parseInt(line.substring(a + 1, b)),
                        Integer.parseInt(line.substring(b + 1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EnglishLexicon(m);
    }

    /** Occurrences in SUBTLEX-US (0 when unknown there). */
    public int count(String word) {
        int i = asciiIndex(word);
        if (i != NOT_ASCII) {
            return i == CharTrie.NONE ? 0 : sortedCount[i];
        }
        Entry e = entries.get(word.toLowerCase());
        return e == null ? 0 : e.count;
    }

    /**
     * The smallest SCOWL list size that holds {@code word} lower-cased (10: the most common words, 70 and above:
     * rare ones); 99 when SCOWL lacks it. Tells a first name that is also an everyday word ("bill", "grant": 10)
     * from one that is a rare word or none ("mike": 35, "patrick": not listed).
     */
    public int scowlSize(String word) {
        int i = asciiIndex(word);
        if (i != NOT_ASCII) {
            return i == CharTrie.NONE ? 99 : sortedScowl[i];
        }
        Entry e = entries.get(word.toLowerCase());
        return e == null ? 99 : e.scowlSize;
    }

    private static final int NOT_ASCII = -2;

    /**
     * The position in {@link #sorted} of {@code s[start, end)} lower-cased, {@link CharTrie#NONE} when
     * the lexicon lacks it, or {@link #NOT_ASCII} when it has a non-ASCII character (lower-casing
     * those is left to {@link String#toLowerCase()}). One hash look-up: no copy.
     */
    private int asciiIndex(CharSequence s, int start, int end) {
        int i = table.indexOf(s, start, end);
        return i == AsciiWordTable.NOT_ASCII ? NOT_ASCII : i;
    }

    private int asciiIndex(String word) {
        return asciiIndex(word, 0, word.length());
    }

    /** Zipf frequency (log10 of occurrences per billion words); 0 for unseen words. */
    public double zipf(String word) {
        return zipfOf(count(word));
    }

    /**
     * {@link #zipf(String)} of {@code s[start, end)}, read in place: an ASCII word is looked up in place; a word with other
     * letters takes the general path, so the answer is always that of {@link #zipf(String)}.
     */
    public double zipf(CharSequence s, int start, int end) {
        int i = asciiIndex(s, start, end);
        if (i != NOT_ASCII) {
            return zipfOf(i == CharTrie.NONE ? 0 : sortedCount[i]);
        }
        return zipf(s.subSequence(start, end).toString());
    }

    public boolean contains(String word) {
        int i = asciiIndex(word);
        if (i != NOT_ASCII) {
            return i != CharTrie.NONE;
        }
        return entries.containsKey(word.toLowerCase());
    }

    /**
     * {@link #contains(String)} of {@code s[start, end)}, read in place: an ASCII word is looked up in place; a word with
     * other letters takes the general path, so the answer is always that of {@link #contains(String)}.
     */
    public boolean contains(CharSequence s, int start, int end) {
        int i = asciiIndex(s, start, end);
        if (i != NOT_ASCII) {
            return i != CharTrie.NONE;
        }
        return contains(s.subSequence(start, end).toString());
    }

    /**
     * A real, reasonably common word: in SCOWL's lists up to size 70, or used often in SUBTLEX.
     * One-letter words are only "a" and "I"; two-letter ones must be common, since SCOWL also lists
     * abbreviations such as "en" or "th".
     */
    public boolean isWord(String word) {
        int i = asciiIndex(word);
        if (i != NOT_ASCII) {
            return i != CharTrie.NONE && sortedIsWord[i];
        }
        return isWordLowerCasing(word);
    }

    /** {@link #isWord}, the general way: lower-case, then look up. */
    private boolean isWordLowerCasing(String word) {
        String w = word.toLowerCase();
        Entry e = entries.get(w);
        if (e == null) {
            return false;
        }
        if (w.length() == 1) {
            return w.equals("a") || w.equals("i");
        }
        if (w.length() == 2) {
            return e.scowlSize <= 35 && e.count >= 1000;
        }
        return e.scowlSize <= 70 || e.count >= 200;
    }

    /**
     * {@link #isWord(String)} of {@code s[start, end)}, read in place: an ASCII word is looked up
     * lower-casing as it goes (no substring, no lower-cased copy); a word with other
     * letters takes the general path, so the answer is always that of {@link #isWord(String)}.
     */
    public boolean isWord(CharSequence s, int start, int end) {
        int i = asciiIndex(s, start, end);
        if (i != NOT_ASCII) {
            return i != CharTrie.NONE && sortedIsWord[i];
        }
        return isWord(s.subSequence(start, end).toString());
    }

    /**
     * A word common enough that, standing whole at a cut, it is more likely a whole word than the
     * remains of a longer one: {@link #isWord} and either attested in SUBTLEX or in SCOWL's common lists.
     */
    public boolean isCommonWord(String word) {
        int i = asciiIndex(word);
        if (i != NOT_ASCII) {
            return i != CharTrie.NONE && sortedIsWord[i] && (sortedCount[i] >= 5 || sortedScowl[i] <= 50);
        }
        if (!isWord(word)) {
            return false;
        }
        Entry e = entries.get(word.toLowerCase());
        return e.count >= 5 || e.scowlSize <= 50;
    }

    /**
     * How many words start with {@code prefix}, are longer than it and occur at least {@code minCount} times,
     * counting up to {@code atMost}: what {@link #withPrefix} would list above that count, without sorting or
     * copying the words.
     */
    public int countWithPrefix(String prefix, int minCount, int atMost) {
        return countFrequent(sorted, frequentBefore(minCount)[0], prefix.toLowerCase(), atMost);
    }

    /** {@link #countWithPrefix} for words that end with {@code suffix}. */
    public int countWithSuffix(String suffix, int minCount, int atMost) {
        return countFrequent(reversedSorted, frequentBefore(minCount)[1], reverse(suffix.toLowerCase()), atMost);
    }

    /**
     * The words with {@code prefix} are one run of the sorted keys: a binary search finds its start, a galloping
     * search its end, and the running counts say how many of them are frequent words, however long the run (a
     * short piece such as {@code ges} starts thousands of words, which were walked one by one). Most runs are a
     * few words or none ({@code nginx}, {@code redis}): galloping from the start ends them in a compare or two, where
     * a binary search over all the keys after it took some seventeen.
     */
    static int countFrequent(String[] keys, int[] frequentBefore, String prefix, int atMost) {
        int from = Arrays.binarySearch(keys, prefix);
        from = from < 0 ? -from - 1 : from + 1; // as in best(): longer words only
        int lo = from; // every key in [from, lo) starts with the prefix
        int hi = from;
        for (int step = 1; hi < keys.length && keys[hi].startsWith(prefix); step *= 2) {
            lo = hi + 1;
            hi = from + step;
        }
        hi = Math.min(hi, keys.length); // keys[hi], when there is one, does not start with the prefix
        while (lo < hi) { // the first key from there on that does not start with the prefix
            int mid = (lo + hi) >>> 1;
            if (keys[mid].startsWith(prefix)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(atMost, frequentBefore[lo] - frequentBefore[from]);
    }

    /**
     * For {@code minCount}, over {@link #sorted} and over {@link #reversedSorted}: how many keys before each
     * position are words ({@link #isWord}) seen at least {@code minCount} times. Callers pass constants, so
     * the cache holds a handful of entries.
     */
    private int[][] frequentBefore(int minCount) {
        return frequentBefore.computeIfAbsent(minCount, m -> new int[][] {
                runningCounts(sortedCount, sortedIsWord, m), runningCounts(reversedCount, reversedIsWord, m)});
    }

    private static int[] runningCounts(int[] count, boolean[] isWord, int minCount) {
        int[] before = new int[count.length + 1];
        for (int i = 0; i < count.length; i++) {
            before[i + 1] = before[i] + (isWord[i] && count[i] >= minCount ? 1 : 0);
        }
        return before;
    }

    private final java.util.concurrent.ConcurrentHashMap<Integer, int[][]> frequentBefore = new java.util.concurrent.ConcurrentHashMap<>();

    /** The least SUBTLEX count whose {@link #zipf} is at least {@code zipf}. */
    public static int countForZipf(double zipf) {
        int c = (int) Math.floor(Math.pow(10, zipf) / 1000.0 * SUBTLEX_MILLIONS);
        while (c > 1 && zipfOf(c - 1) >= zipf) {
            c--;
        }
        while (zipfOf(c) < zipf) {
            c++;
        }
        return Math.max(c, 1);
    }

    private static double zipfOf(int count) {
        return count == 0 ? 0 : Math.log10(count / SUBTLEX_MILLIONS * 1000.0);
    }

    /** Words that start with {@code prefix} and are longer than it, most frequent first. */
    public List<String> withPrefix(String prefix, int limit) {
        String p = prefix.toLowerCase();
        if (p.length() <= CACHED_AFFIX && limit <= CACHED_LIMIT) {
            List<String> all = prefixCache.computeIfAbsent(p,
                    k -> best(sorted, sortedCount, sortedScowl, sortedIsWord, k, false, CACHED_LIMIT));
            return all.subList(0, Math.min(limit, all.size()));
        }
        return best(sorted, sortedCount, sortedScowl, sortedIsWord, p, false, limit);
    }

    /** Words that end with {@code suffix} and are longer than it, most frequent first. */
    public List<String> withSuffix(String suffix, int limit) {
        String r = reverse(suffix.toLowerCase());
        if (r.length() <= CACHED_AFFIX && limit <= CACHED_LIMIT) {
            List<String> all = suffixCache.computeIfAbsent(r,
                    k -> best(reversedSorted, reversedCount, reversedScowl, reversedIsWord, k, true, CACHED_LIMIT));
            return all.subList(0, Math.min(limit, all.size()));
        }
        return best(reversedSorted, reversedCount, reversedScowl, reversedIsWord, r, true, limit);
    }

    /**
     * The uses of the words {@link #withPrefix} lists: the sum of {@link #count} over them, an unseen word counting 1.
     * What a completion's share of its candidates is measured against; kept with the list for a short prefix, where the
     * same fragment ({@code a}, {@code th}) is completed again and again.
     */
    public long usesWithPrefix(String prefix, int limit) {
        String p = prefix.toLowerCase();
        if (p.length() <= CACHED_AFFIX && limit == CACHED_LIMIT) {
            return prefixUses.computeIfAbsent(p, k -> uses(withPrefix(k, CACHED_LIMIT)));
        }
        return uses(withPrefix(p, limit));
    }

    /** {@link #usesWithPrefix} for the words {@link #withSuffix} lists. */
    public long usesWithSuffix(String suffix, int limit) {
        String s = suffix.toLowerCase();
        if (s.length() <= CACHED_AFFIX && limit == CACHED_LIMIT) {
            return suffixUses.computeIfAbsent(s, k -> uses(withSuffix(k, CACHED_LIMIT)));
        }
        return uses(withSuffix(s, limit));
    }

    private long uses(List<String> words) {
        long total = 0;
        for (String w : words) {
            total += Math.max(1, count(w));
        }
        return total;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Long> prefixUses = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Long> suffixUses = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Short affixes match thousands of words, so their ranked lists are kept once computed; at most
     * 27^3 of them exist, so the caches stay bounded.
     */
    private static final int CACHED_AFFIX = 3;
    private static final int CACHED_LIMIT = 30;
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> prefixCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> suffixCache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The words among the keys that start with {@code prefix} (longer than it), most frequent first,
     * then smaller SCOWL size, then key order (the sort is stable).
     */
    static List<String> best(String[] keys, int[] count, int[] scowl, boolean[] isWord, String prefix,
                             boolean reversed, int limit) {
        int from = Arrays.binarySearch(keys, prefix);
        if (from < 0) {
            from = -from - 1;
        } else {
            from++; // skip the prefix itself: we want longer words
        }
        int to = from;
        while (to < keys.length && keys[to].startsWith(prefix)) {
            to++;
        }
        // the best `limit` kept in rank order as the keys are met (a short prefix matches thousands of words):
        // no boxed index per word and no sort of them all; a later key goes after an equal one, as a stable sort
        int[] top = new int[Math.max(0, Math.min(limit, to - from))];
        int n = 0;
        for (int i = from; i < to && top.length > 0; i++) {
            if (!isWord[i] || n == top.length && !ranksBefore(i, top[n - 1], count, scowl)) {
                continue;
            }
            int at = n < top.length ? n++ : n - 1;
            while (at > 0 && ranksBefore(i, top[at - 1], count, scowl)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        List<String> words = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String key = keys[top[k]];
            words.add(reversed ? reverse(key) : key);
        }
        return List.copyOf(words);
    }

    /** Key {@code x} ranks before key {@code y}: more frequent, or as frequent and in a smaller SCOWL list. */
    private static boolean ranksBefore(int x, int y, int[] count, int[] scowl) {
        return count[x] > count[y] || count[x] == count[y] && scowl[x] < scowl[y];
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
