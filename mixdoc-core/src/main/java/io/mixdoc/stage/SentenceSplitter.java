package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layer;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Sentence;
import io.mixdoc.Stage;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences of Chinese and English alike: ends at {@code 。！？；}, at {@code ! ?} and at a full
 * stop that is not a decimal point or an abbreviation's, with closing quotes and brackets kept
 * with the sentence; a line break always ends one. Leading and trailing spaces stay outside.
 * Each sentence takes the language of most of its letters.
 */
public final class SentenceSplitter implements Stage {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
            "gen", "sen", "rep", "gov", "rev", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "fig", "mt");

    @Override
    public String id() {
        return "sentences";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.LANG);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.SENTENCE;
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        Layer<LanguageSpan> langs = doc.layer(Layers.LANG);
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' || c == '\r') {
                end = i;
            } else if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == '…') {
                end = closeAfter(text, i + 1);
            } else if (c == '.' && isFullStop(text, i)) {
                end = closeAfter(text, i + 1);
            }
            if (end >= 0) {
                add(out, text, langs, start, end);
                start = Math.max(end, i + 1);
                i = start - 1;
            }
        }
        add(out, text, langs, start, n);
        return doc.with(Layers.SENTENCE, out);
    }

    /** Extends past closing quotes and brackets that belong to the sentence just ended. */
    private static int closeAfter(String text, int i) {
        while (i < text.length() && "”’\"')）」』】》".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isFullStop(String text, int i) {
        if (i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            if (Character.isDigit(next) || Character.isLowerCase(next) || next == '.' || next == ',') {
                return false; // 94.8, U.S.-based, "..."
            }
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.') && !Chars.isHan(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase();
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // A single capital letter before the stop is an initial ("John F. Kennedy").
        return !(word.length() == 1 && Character.isUpperCase(text.charAt(w)));
    }

    private static void add(List<Sentence> out, String text, Layer<LanguageSpan> langs, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, majorityLanguage(text, langs, start, end)));
        }
    }

    static String majorityLanguage(String text, Layer<LanguageSpan> langs, int start, int end) {
        List<LanguageSpan> overlapping = langs.overlapping(start, end);
        if (overlapping.size() == 1) {
            // Most sentences lie in one language span: its language if it has a letter here, as below, without a map.
            LanguageSpan s = overlapping.get(0);
            for (int i = Math.max(start, s.start()), b = Math.min(end, s.end()); i < b; i++) {
                if (Chars.isLetter(text.charAt(i))) {
                    return s.lang();
                }
            }
            return "und";
        }
        Map<String, Integer> letters = new HashMap<>();
        for (LanguageSpan s : overlapping) {
            int a = Math.max(start, s.start());
            int b = Math.min(end, s.end());
            int count = 0;
            for (int i = a; i < b; i++) {
                if (Chars.isLetter(text.charAt(i))) {
                    count++;
                }
            }
            letters.merge(s.lang(), count, Integer::sum);
        }
        String best = "und";
        int max = 0;
        for (Map.Entry<String, Integer> e : letters.entrySet()) {
            if (e.getValue() > max) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
