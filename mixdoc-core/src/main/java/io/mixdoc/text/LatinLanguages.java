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
 *
 * <p>Lingua's confidence values are relative: the likeliest language scores 1.0 whatever the text.
 * What tells a real passage of another language from a list of names, a command line or a licence
 * list is how far the document's own language falls behind: real French, German, Spanish or Italian
 * sentences put English at about 0.6–0.7, while names, code and lists leave it within a few
 * hundredths of the top (see {@link #MAX_DOCUMENT_LANGUAGE_SCORE}); and text that is no prose at all
 * (names, lists, commands) is not asked (see {@link #looksLikeProse}).
 */
public final class LatinLanguages {
    /** Runs shorter than this (in letters) take the document's language for their script. */
    public static final int MIN_RUN_LETTERS = 40;
    /**
     * A run (or a document's Latin text) leaves the document's language (English, for the document)
     * only when Lingua scores that language at most this, relative to the likeliest one (1.0).
     * Lingua's values are ratios of log-probabilities, so they do not part with length. Measured: real
     * French, German, Spanish, Portuguese, Indonesian sentences score English 0.62–0.73, Italian with
     * English product names 0.79–0.87; code and lists 0.83–0.95 (those are kept out by
     * {@link #looksLikeProse}); Indonesian and Malay score each other 0.97–0.99, so one document's runs
     * no longer flip between the two.
     */
    static final double MAX_DOCUMENT_LANGUAGE_SCORE = 0.9;
    /**
     * Latin text is judged by Lingua only when it reads as prose: at least this many different lowercase
     * words standing alone between spaces and punctuation. Lists of names, channel names (MBC, SBS),
     * licence lists and command lines have few or none; a real sentence of any Latin-script language
     * has them (German capitalises its nouns, not its verbs, articles and prepositions).
     */
    static final int MIN_PROSE_WORDS = 6;
    /** ... and when letters are at least this share of its non-space characters (not a listing of numbers and marks). */
    private static final double MIN_PROSE_LETTER_SHARE = 0.75;
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

    /**
     * The language of all runs of {@code script} together; English / Russian when it can't be told. For
     * Latin, only lines that read as sentences count ({@link #isSentenceLine}): a Portuguese page with a
     * table of drivers' names, or an Italian one listing English product titles, is still Portuguese or
     * Italian, and an English page is not made Latin by its list of countries.
     */
    public static String documentLanguage(String text, List<ScriptRun> runs, Script script) {
        StringBuilder sample = new StringBuilder(sampleCapacity(runs, script));
        StringBuilder line = new StringBuilder();
        int scanned = 0;
        for (ScriptRun r : runs) {
            if (sample.length() >= SAMPLE_CHARS || scanned >= MAX_SCANNED_CHARS) {
                break; // full: a separator per further run would grow the sample with the document
            }
            if (r.script() == script) {
                for (int i = r.start(); i < r.end() && sample.length() < SAMPLE_CHARS && scanned < MAX_SCANNED_CHARS; i++) {
                    char c = text.charAt(i);
                    line.append(c);
                    scanned++;
                    if (c == '\n') {
                        addLine(sample, line, script);
                    }
                }
                line.append(' ');
            }
        }
        addLine(sample, line, script);
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < 20) {
            return fallback(script);
        }
        if (script == Script.LATIN && (englishCoverage(sample) >= ENGLISH_COVERAGE || !looksLikeProse(sample))) {
            return "en";
        }
        if (script == Script.CYRILLIC) {
            Language l = detector(script).detectLanguageOf(sample.toString());
            return l == Language.UNKNOWN ? fallback(script) : code(l);
        }
        return clearlyOther(detector(script).computeLanguageConfidenceValues(sample.toString()), fallback(script));
    }

    /**
     * What the sample can hold at most: {@link #SAMPLE_CHARS}, or fewer when the runs of {@code script} and a
     * space after each are shorter. Given at the start, the sample is not copied as it grows.
     */
    private static int sampleCapacity(List<ScriptRun> runs, Script script) {
        long chars = 0;
        for (ScriptRun r : runs) {
            if (r.script() == script) {
                chars += r.end() - r.start() + 1;
                if (chars >= SAMPLE_CHARS) {
                    return SAMPLE_CHARS;
                }
            }
        }
        return (int) chars;
    }

    /** Characters of a document's runs read at most when gathering its sample (a page of tables has few sentence lines). */
    private static final int MAX_SCANNED_CHARS = 100_000;

    /** Moves {@code line} into {@code sample} when it counts for the document's language, and empties it. */
    private static void addLine(StringBuilder sample, StringBuilder line, Script script) {
        if (script != Script.LATIN || isSentenceLine(line)) {
            sample.append(line, 0, Math.min(line.length(), SAMPLE_CHARS - Math.min(SAMPLE_CHARS, sample.length())));
        }
        line.setLength(0);
    }

    /**
     * A line that reads as (part of) a sentence: at least two lowercase words, and at least as many
     * lowercase words as capitalised ones. Table rows of names and numbers, title-case product names,
     * channel names and headings are not.
     */
    static boolean isSentenceLine(CharSequence line) {
        int lower = 0;
        int upper = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i - start >= 2) {
                if (Character.isLowerCase(c)) {
                    lower++;
                } else {
                    upper++;
                }
            }
        }
        return lower >= 2 && lower >= upper;
    }

    /**
     * Lingua's likeliest language for the values {@code conf} when it is {@code expected} or clearly
     * ahead of it ({@link #MAX_DOCUMENT_LANGUAGE_SCORE}); else {@code expected}.
     */
    private static String clearlyOther(SortedMap<Language, Double> conf, String expected) {
        Language best = null;
        double bestScore = -1;
        double expectedScore = 0;
        for (Map.Entry<Language, Double> e : conf.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
            if (code(e.getKey()).equals(expected)) {
                expectedScore = e.getValue();
            }
        }
        if (best == null || bestScore <= 0) {
            return expected;
        }
        return expectedScore <= MAX_DOCUMENT_LANGUAGE_SCORE * bestScore ? code(best) : expected;
    }

    /**
     * The language of one run: its own when long enough and clearly ahead of {@code documentDefault}
     * ({@link #MAX_DOCUMENT_LANGUAGE_SCORE}), else {@code documentDefault}.
     */
    public static String runLanguage(String run, String documentDefault) {
        return runLanguage((CharSequence) run, documentDefault);
    }

    /**
     * As {@link #runLanguage(String, String)}, for a run given as a view of the text (no copy unless Lingua
     * is asked).
     */
    public static String runLanguage(CharSequence run, String documentDefault) {
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
        // Most words are English words: no need to ask Lingua (and faster). To leave English, fewer still:
        // real French, Spanish, German or Indonesian sentences have 0.06–0.30, an English changelog line 0.5.
        double englishEnough = "en".equals(documentDefault) ? FOREIGN_MAX_ENGLISH : ENGLISH_COVERAGE;
        if (script == Script.LATIN && englishCoverage(run) >= englishEnough) {
            return "en";
        }
        if (script == Script.LATIN && !looksLikeProse(run)) {
            return documentDefault; // names, lists, commands: they take the language of the text around them
        }
        // Lingua's cost grows with its input and cannot be stopped: a long run is judged by its start.
        String sample = (run.length() <= RUN_SAMPLE_CHARS ? run : run.subSequence(0, wordEnd(run, RUN_SAMPLE_CHARS))).toString();
        return clearlyOther(detector(script).computeLanguageConfidenceValues(sample), documentDefault);
    }

    /** {@code limit}, moved back to the last space before it if there is one, so no word is cut. */
    private static int wordEnd(CharSequence s, int limit) {
        int space = limit;
        while (space >= 0 && s.charAt(space) != ' ') {
            space--;
        }
        int end = space > limit / 2 ? space : limit;
        return Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    /** Inside a document mostly in another script, a Latin run is taken for another language than English only when this long. */
    public static final int MIN_FOREIGN_RUN_LETTERS = 60;
    /** ... and when fewer of its words than this are English words. */
    private static final double FOREIGN_MAX_ENGLISH = 0.35;

    /**
     * The language of a Latin run inside a document mostly in another script (Chinese, Korean,
     * Russian...): English (terms, names, English
     * sentences) unless the run is long, few of its words are English, it is no list of capitalised
     * names, and Lingua is confident.
     */
    public static String runLanguageAmongOtherScript(String run) {
        return runLanguageAmongOtherScript((CharSequence) run);
    }

    /** As {@link #runLanguageAmongOtherScript(String)}, for a run given as a view of the text. */
    public static String runLanguageAmongOtherScript(CharSequence run) {
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

    /**
     * Does {@code s} read as prose in some Latin-script language: {@link #MIN_PROSE_WORDS} different
     * lowercase words of two letters or more, each standing alone (not part of {@code apt-get},
     * {@code a.b}, {@code x_y} or {@code 12ab}), and letters {@link #MIN_PROSE_LETTER_SHARE} of the
     * non-space characters. Judged on the first {@link #RUN_SAMPLE_CHARS} characters.
     */
    static boolean looksLikeProse(CharSequence s) {
        int n = Math.min(s.length(), RUN_SAMPLE_CHARS);
        int letters = 0;
        int visible = 0;
        java.util.Set<String> words = new java.util.HashSet<>();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                if (!Character.isWhitespace(c)) {
                    visible++;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            letters += i - start;
            visible += i - start;
            if (words.size() < MIN_PROSE_WORDS && i - start >= 2 && Character.isLowerCase(c)
                    && standsAlone(s, start, i, n)) {
                words.add(s.subSequence(start, i).toString());
            }
        }
        return words.size() >= MIN_PROSE_WORDS && letters >= MIN_PROSE_LETTER_SHARE * visible;
    }

    /** The word {@code [start, end)} is bounded by space or prose punctuation, not glued to code-like marks. */
    private static boolean standsAlone(CharSequence s, int start, int end, int n) {
        if (start > 0) {
            char b = s.charAt(start - 1);
            if (Character.isDigit(b) || "_/\\@#$%&=+*<>{}[]|~^`.:".indexOf(b) >= 0) {
                return false;
            }
        }
        if (end < n) {
            char a = s.charAt(end);
            if (Character.isDigit(a) || "_/\\@#$%&=+*<>{}[]|~^`(".indexOf(a) >= 0) {
                return false;
            }
            if ((a == '.' || a == ':' || a == '-') && end + 1 < n && Character.isLetterOrDigit(s.charAt(end + 1))) {
                return false;
            }
        }
        return true;
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
