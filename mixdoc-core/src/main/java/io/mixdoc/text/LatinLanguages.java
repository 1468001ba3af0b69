package io.mixdoc.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.mixdoc.Script;
import io.mixdoc.ScriptRun;
import io.mixdoc.token.LatinWords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells apart languages that share a script (English from French, Russian from Ukrainian) with
 * Lingua. Detectors are built once per JVM, restricted to the languages of each script so that
 * model loading and memory stay small, in Lingua's low-accuracy (trigram) mode, which is accurate
 * on the long runs they are given.
 */
public final class LatinLanguages {
    /** Runs shorter than this (in letters) take the document's language for their script. */
    public static final int MIN_RUN_LETTERS = 40;
    /** A run is given a language other than the document's only with this much confidence. */
    private static final double MIN_CONFIDENCE = 0.75;
    private static final int SAMPLE_CHARS = 3000;
    /**
     * Runs longer than this are judged by their start: Lingua's cost grows with its input and cannot
     * be stopped. Long enough that real documents' runs are read whole (3,000 moved 0.2% of the real
     * corpus's Latin letters away from English).
     */
    private static final int RUN_SAMPLE_CHARS = 20_000;
    /** Share of tokens that must be common English words for a Latin run to be English outright. */
    private static final double ENGLISH_COVERAGE = 0.6;
    /** Coverage is judged on a run's first words: enough to tell, and it bounds the cost of long runs. */
    private static final int COVERAGE_SAMPLE_WORDS = 40;

    private LatinLanguages() {
    }

    private static final class Latin {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
                Language.ITALIAN, Language.DUTCH, Language.INDONESIAN, Language.MALAY, Language.VIETNAMESE,
                Language.TAGALOG, Language.TURKISH, Language.POLISH, Language.SWEDISH, Language.DANISH,
                Language.BOKMAL, Language.FINNISH, Language.CZECH, Language.ROMANIAN, Language.HUNGARIAN,
                Language.LATIN, Language.WELSH, Language.CATALAN, Language.CROATIAN)
                .withLowAccuracyMode().build();
    }

    private static final class Cyrillic {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Language.RUSSIAN, Language.UKRAINIAN, Language.BULGARIAN, Language.SERBIAN,
                Language.MACEDONIAN, Language.BELARUSIAN, Language.KAZAKH, Language.MONGOLIAN)
                .withLowAccuracyMode().build();
    }

    private static String fallback(Script script) {
        return script == Script.CYRILLIC ? "ru" : "en";
    }

    private static LanguageDetector detector(Script script) {
        return script == Script.CYRILLIC ? Cyrillic.DETECTOR : Latin.DETECTOR;
    }

    /** The language of all runs of {@code script} together; English / Russian when it can't be told. */
    public static String documentLanguage(String text, List<ScriptRun> runs, Script script) {
        StringBuilder sample = new StringBuilder();
        int letters = 0;
        for (ScriptRun r : runs) {
            if (sample.length() >= SAMPLE_CHARS) {
                break; // full: a separator per further run would grow the sample with the document
            }
            if (r.script() == script) {
                for (int i = r.start(); i < r.end() && sample.length() < SAMPLE_CHARS; i++) {
                    char c = text.charAt(i);
                    if (Character.isLetter(c)) {
                        letters++;
                    }
                    sample.append(c);
                }
                sample.append(' ');
            }
        }
        if (letters < 20) {
            return fallback(script);
        }
        if (script == Script.LATIN && englishCoverage(sample) >= ENGLISH_COVERAGE) {
            return "en";
        }
        Language l = detector(script).detectLanguageOf(sample.toString());
        return l == Language.UNKNOWN ? fallback(script) : code(l);
    }

    /** The language of one run: its own when long and clear enough, else {@code documentDefault}. */
    public static String runLanguage(String run, String documentDefault) {
        int letters = 0;
        Script script = null;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (script == null) {
                    script = Chars.script(c);
                }
            }
        }
        if (letters < MIN_RUN_LETTERS || script == null) {
            return documentDefault;
        }
        if (script == Script.LATIN && englishCoverage(run) >= ENGLISH_COVERAGE) {
            return "en"; // most words are English words: no need to ask Lingua (and faster)
        }
        // Lingua's cost grows with its input and cannot be stopped: a long run is judged by its start.
        String sample = run.length() <= RUN_SAMPLE_CHARS ? run : run.substring(0, wordEnd(run, RUN_SAMPLE_CHARS));
        SortedMap<Language, Double> conf = detector(script).computeLanguageConfidenceValues(sample);
        if (conf.isEmpty()) {
            return documentDefault;
        }
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : conf.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        String lang = code(best.getKey());
        if (lang.equals(documentDefault) || best.getValue() >= MIN_CONFIDENCE) {
            return lang;
        }
        return documentDefault;
    }

    /** {@code limit}, moved back to the last space before it if there is one, so no word is cut. */
    private static int wordEnd(String s, int limit) {
        int space = s.lastIndexOf(' ', limit);
        int end = space > limit / 2 ? space : limit;
        return Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    /** Inside a mostly Chinese document, a Latin run is taken for another language than English only when this long. */
    public static final int MIN_FOREIGN_RUN_LETTERS = 60;
    /** ... and when fewer of its words than this are English words. */
    private static final double FOREIGN_MAX_ENGLISH = 0.35;

    /**
     * The language of a Latin run inside a mostly Chinese document: English (terms, names, English
     * sentences) unless the run is long, few of its words are English, it is no list of capitalised
     * names, and Lingua is confident.
     */
    public static String runLanguageAmongChinese(String run) {
        int letters = 0;
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter) {
                letters++;
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        capitalised++;
                    }
                }
            }
            inWord = letter;
        }
        if (letters < MIN_FOREIGN_RUN_LETTERS || capitalised * 2 >= words || englishCoverage(run) >= FOREIGN_MAX_ENGLISH) {
            return "en";
        }
        return runLanguage(run, "en");
    }

    /** Share of the Latin words of {@code s} that the English lexicon knows. */
    static double englishCoverage(CharSequence s) {
        EnglishLexicon lex = EnglishLexicon.get();
        int words = 0;
        int english = 0;
        int i = 0;
        int n = s.length();
        // The run being judged has no token layer yet (languages are tagged from runs of the text): its words
        // are the tokenizer's, found by its shared iterator.
        while (words < COVERAGE_SAMPLE_WORDS && (i = LatinWords.next(s, i, n)) < n) {
            int start = i;
            i = LatinWords.end(s, i, n);
            words++;
            if (lex.isWord(s, start, i)) {
                english++;
            }
        }
        return words == 0 ? 0 : (double) english / words;
    }

    public static String code(Language l) {
        if (l == Language.BOKMAL) {
            return "nb";
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
