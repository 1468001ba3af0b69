package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each word of a text written in ASCII letters and digits starts, looked up by the word: built once per text,
 * so that finding every occurrence of a name costs its occurrences, not a pass over the whole text per name. The
 * longer a document, the more people and companies it names: one search per name grew with the square of its length.
 *
 * <p>A word here is a maximal run of {@code [A-Za-z0-9]}. A name is looked up by its leading run ("O" of
 * "O’Brien", "Smith" of "Smith"); a name that opens with any other character has none, and is searched for along
 * the whole text as before.
 */
public final class WordStarts {
    /**
     * The last text's index, per thread: the English name rules of one document all ask for the same text. Softly
     * held, so that an idle thread keeps no document alive when memory is wanted.
     */
    private static final ThreadLocal<java.lang.ref.SoftReference<WordStarts>> LAST = new ThreadLocal<>();

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** The next word with the same hash, later in the text; -1 at the end of a chain. */
    private final int[] next;
    private final int[] heads;

    private WordStarts(String text) {
        this.text = text;
        int[] s = new int[16];
        int[] e = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && wordChar(text.charAt(end))) {
                end++;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = i;
            e[n++] = end;
            i = end;
        }
        starts = s;
        ends = e;
        heads = new int[Integer.highestOneBit(Math.max(1, n)) * 2];
        Arrays.fill(heads, -1);
        next = new int[n];
        int[] tails = new int[heads.length];
        for (int k = 0; k < n; k++) {
            int b = hash(text, starts[k], ends[k]) & (heads.length - 1);
            next[k] = -1;
            if (heads[b] < 0) {
                heads[b] = k;
            } else {
                next[tails[b]] = k;
            }
            tails[b] = k;
        }
    }

    /** The index of {@code text}; the same object for the same text asked again on this thread. */
    public static WordStarts of(String text) {
        java.lang.ref.SoftReference<WordStarts> ref = LAST.get();
        WordStarts last = ref == null ? null : ref.get();
        if (last != null && last.text == text) {
            return last;
        }
        WordStarts w = new WordStarts(text);
        LAST.set(new java.lang.ref.SoftReference<>(w));
        return w;
    }

    /**
     * Where {@code name} stands in the text, in text order, at the start of a word and with its leading run a whole
     * word there ("Smith" is not found in "Smithson", nor "Lee" in "Klee"); null when the name opens with no letter
     * or digit and has no leading run to look up.
     */
    public int[] occurrences(String name) {
        int lead = 0;
        while (lead < name.length() && wordChar(name.charAt(lead))) {
            lead++;
        }
        if (lead == 0) {
            return null;
        }
        int[] out = new int[4];
        int n = 0;
        for (int k = heads[hash(name, 0, lead) & (heads.length - 1)]; k >= 0; k = next[k]) {
            if (ends[k] - starts[k] == lead && text.startsWith(name, starts[k])) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = starts[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The matches of {@code pattern}, as {@code find()} over the whole text gives them, for a pattern whose every
     * match begins with {@code name} where no ASCII letter or digit stands right before it, and (when the name
     * ends in one) right after it: {@code \bSmith\b}, {@code (?<![\w.&-])NSC(?![\w&-])}.
     */
    public List<MatchResult> matches(Pattern pattern, String name) {
        int[] at = occurrences(name);
        if (at == null) {
            List<MatchResult> out = new ArrayList<>();
            for (Matcher m = pattern.matcher(text); m.find(); ) {
                out.add(m.toMatchResult());
            }
            return out;
        }
        return matchesAt(pattern, at);
    }

    /**
     * {@link #matches} for a pattern whose every match opens with {@code before} characters of its own ("the ") and
     * then the name, bounded as there: {@code \bthe Wild(?:[.,]| are)}.
     */
    public List<MatchResult> matchesAfter(Pattern pattern, int before, String name) {
        int[] at = occurrences(name);
        if (at == null) {
            return matches(pattern, name);
        }
        int[] starts = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            starts[i] = at[i] - before; // ascending still; those before the text's start are skipped
        }
        return matchesAt(pattern, starts);
    }

    /**
     * The matches of {@code pattern}, as {@code find()} over the whole text gives them, when every match starts at
     * one of {@code candidates} (ascending; duplicates and positions outside the text are skipped): the pattern is
     * tried only there, as {@link AnchoredScan} does.
     */
    public List<MatchResult> matchesAt(Pattern pattern, int[] candidates) {
        List<MatchResult> out = new ArrayList<>();
        if (candidates.length == 0) {
            return out;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int s : candidates) {
            if (s < from || s < 0 || s > text.length()) {
                continue;
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = m.end() > s ? m.end() : s + 1; // find() goes on after an empty match too
            }
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ h >>> 16;
    }
}
