package io.mixdoc.seams;

import java.util.Locale;
import java.util.Set;

/** English closed-class words: they cannot end a clause, and they glue onto neighbours when a space is lost. */
public final class FunctionWords {
    private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "into", "onto", "as", "is", "are", "was", "were", "be", "been",
            "being", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "has", "have", "had",
            "do", "does", "did", "it", "its", "this", "that", "these", "those", "their", "his", "her", "our", "my",
            "your", "they", "we", "he", "she", "you", "not", "other", "some", "all", "also", "than", "then", "which",
            "who", "whom", "whose", "if", "so", "about", "over", "under", "after", "before", "between", "during");
    /** Units and ordinal endings written right after digits: {@code 3km}, {@code 4th}. */
    private static final Set<String> AFTER_DIGITS = Set.of("st", "nd", "rd", "th", "km", "kg", "cm", "mm", "m", "g",
            "mg", "ml", "l", "s", "h", "min", "am", "pm", "x", "k", "mb", "gb", "tb", "kb", "hz", "ghz", "mhz", "kw",
            "kwh", "mw", "gw", "nm", "bn", "mn", "t", "ft", "lb", "lbs", "oz", "mph", "kmh", "sec", "hrs", "yo",
            // the units of screens, type, media and networks in technical writing: 72dpi, 12pt, 16px, 60fps, 100Mbps, 5ms
            "dpi", "ppi", "px", "pt", "em", "fps", "bit", "bits", "bps", "kbps", "mbps", "gbps", "ms", "us", "ns",
            "kib", "mib", "gib", "tib", "v", "w", "mah", "db", "rpm", "ppm");

    private FunctionWords() {
    }

    /** The longest function word: a longer word is none, and is not lower-cased (a copy) to find that out. */
    private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

    public static boolean is(String word) {
        return word.length() <= LONGEST && WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@link #is} of a word already lower-cased ({@code Locale.ROOT}). */
    static boolean isLowerCased(String lower) {
        return WORDS.contains(lower);
    }

    static boolean isUnitOrOrdinal(String word) {
        return AFTER_DIGITS.contains(word.toLowerCase(Locale.ROOT));
    }
}
