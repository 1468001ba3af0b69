package io.mixdoc.stage;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Document;
import io.mixdoc.Gloss;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Stage;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.text.ChineseDictionary;
import io.mixdoc.text.ChineseDictionary.Reading;
import io.mixdoc.internal.ToneMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reading aid: every Chinese word gets its pinyin (tone marks) and CC-CEDICT senses. Words are
 * HanLP's segmentation of each run of Han characters; where HanLP's word is not a dictionary headword
 * (names, rare compounds) it is split by longest dictionary match instead, so each piece has a gloss.
 * The reading is HanLP's (it resolves polyphones such as 长 from the word); the CC-CEDICT reading that
 * matches it supplies the first senses, other readings follow.
 *
 * <p>Not part of the standard pipeline: add it when glosses are wanted ({@link io.mixdoc.Mixdoc.Builder#withGloss()}).
 */
public final class GlossTagger implements Stage {
    /** Senses kept per word: enough to read, short enough for a popup. */
    static final int MAX_GLOSSES = 8;

    @Override
    public String id() {
        return "gloss";
    }

    /**
     * The longest stretch of Han characters handed to HanLP at once: its lattice grows faster than the text,
     * and a run without punctuation can be megabytes long in hostile input. A word cut at a window's edge is
     * glossed in two pieces; real runs are far shorter.
     */
    static final int SEGMENT_WINDOW = 500;

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKEN);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.GLOSS;
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Gloss> out = new ArrayList<>();
        for (Token t : doc.layer(Layers.TOKEN).spans()) {
            if (t.kind() != TokenKind.HAN) {
                continue;
            }
            for (int from = t.start(); from < t.end(); ) {
                doc.deadline().check();
                int to = Math.min(t.end(), from + SEGMENT_WINDOW);
                if (to < t.end() && Character.isLowSurrogate(text.charAt(to))) {
                    to--;
                }
                glossRun(text, from, to, out);
                from = to;
            }
        }
        return doc.with(Layers.GLOSS, out);
    }

    private static void glossRun(String text, int start, int end, List<Gloss> out) {
        ChineseDictionary dict = ChineseDictionary.get();
        for (int[] word : hanlpWords(text, start, end)) {
            String w = text.substring(word[0], word[1]);
            if (dict.contains(w)) {
                add(text, word[0], word[1], out);
                continue;
            }
            // HanLP and CC-CEDICT disagree: cover the word with the longest dictionary matches.
            int p = word[0];
            while (p < word[1]) {
                int len = dict.longestMatch(text, p, word[1] - p);
                int q = len > 0 ? p + len : p + Character.charCount(text.codePointAt(p));
                add(text, p, q, out);
                p = q;
            }
        }
    }

    /** HanLP's words of {@code text[start, end)} as [start, end) pairs; one word for the whole run if they do not tile it. */
    private static List<int[]> hanlpWords(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int p = start;
        for (Term t : HanLP.segment(text.substring(start, end))) {
            int q = p + t.word.length();
            // A word must match the text and not cut a surrogate pair (𠮷 is two UTF-16 units).
            if (q > end || !text.startsWith(t.word, p) || q < end && Character.isLowSurrogate(text.charAt(q))) {
                return List.<int[]>of(new int[] {start, end});
            }
            if (q > p) {
                words.add(new int[] {p, q});
            }
            p = q;
        }
        return p == end ? words : List.<int[]>of(new int[] {start, end});
    }

    private static void add(String text, int start, int end, List<Gloss> out) {
        String word = text.substring(start, end);
        List<Reading> readings = ChineseDictionary.get().readings(word);
        String hanlp = hanlpNumbered(word);
        Reading first = null;
        for (Reading r : readings) {
            if (hanlp != null && normalise(r.pinyin()).equals(hanlp)) {
                first = r;
                break;
            }
        }
        String pinyin;
        if (first != null) {
            pinyin = ToneMarks.of(first.pinyin());
        } else if (hanlp != null) {
            pinyin = ToneMarks.of(hanlp);
        } else if (!readings.isEmpty()) {
            pinyin = ToneMarks.of(readings.get(0).pinyin());
        } else {
            pinyin = "";
        }
        List<String> glosses = new ArrayList<>();
        if (first != null) {
            addSenses(first, glosses);
        }
        for (Reading r : readings) {
            if (r != first) {
                addSenses(r, glosses);
            }
        }
        if (!pinyin.isEmpty() || !glosses.isEmpty()) {
            out.add(new Gloss(start, end, pinyin, glosses));
        }
    }

    private static void addSenses(Reading r, List<String> into) {
        for (String s : r.senses()) {
            if (into.size() < MAX_GLOSSES && !into.contains(s)) {
                into.add(s);
            }
        }
    }

    /** HanLP's numbered pinyin of the word ({@code yin2 hang2}), or null when a character has none. */
    private static String hanlpNumbered(String word) {
        List<com.hankcs.hanlp.dictionary.py.Pinyin> list = HanLP.convertToPinyinList(word);
        if (list.size() != word.codePointCount(0, word.length())) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : list) {
            String s = p.toString();
            if (s.startsWith("none")) {
                return null;
            }
            b.append(b.isEmpty() ? "" : " ").append(s.replace("v", "u:"));
        }
        return b.toString();
    }

    private static String normalise(String cedict) {
        return cedict.toLowerCase(Locale.ROOT).trim();
    }
}
