package io.mixdoc.facts.internal;

import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.facts.EntityType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foreign name written in Chinese characters with its original in brackets right after it:
 * {@code 狄奥根尼(Diogenes)}, {@code 密尔(John S.Mill)}, {@code 哈里斯(Sydney J.Harris)}, {@code 王尔德(Oscar Wilde)}.
 * The two are one referent named in both scripts. The Chinese name is read back from the bracket over name
 * characters (one line break allowed, as hard-wrapped text cuts a name: {@code 狄奥⏎根尼}) to the start whose
 * reading is closest to the Latin name, whatever the segmenter cut; CC-CEDICT giving the Chinese word that English
 * name ({@code 王尔德} → Oscar Wilde) also pairs them. Used where the segmenter's nouns gave no name that reads
 * like the Latin one.
 */
public final class BracketedForeignName {
    /** How close the reading must be: an unrelated Chinese word before an English aside reads far from it. */
    private static final double CLOSE = 0.6;
    /** Two characters carry less evidence ("密尔" / Mill): they must read closer. */
    private static final double CLOSE_SHORT = 0.75;
    private static final int MAX_CHARS = 6;
    private static final String NAME_DOTS = "·•・‧";
    /** "Diogenes of Sinope": the name ends before the first lower-case word. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\s+[a-z]");
    /** A given name or an initial before a surname: "Oscar Wilde", "John S.Mill", "Sydney J.Harris", "J. Harris". */
    private static final Pattern PERSON_SHAPED = Pattern.compile(
            "[A-Z][a-z]+(?:\\s+[A-Z]\\.\\s*|\\s+)(?:[A-Z]\\.\\s*)?[A-Z][a-z]+|[A-Z]\\.\\s*[A-Z][a-z]+");

    /** A surname after an initial, perhaps after a given name: "Sydney J.Harris", "J. Harris". */
    private static final Pattern WITH_INITIAL = Pattern.compile("(?:[A-Z][a-z]+\\s+)?[A-Z]\\.\\s*[A-Z][a-z]+");

    private BracketedForeignName() {
    }

    /** "Sydney J.Harris", "J. Harris": an initial before a surname names a person, whatever the Chinese was tagged. */
    public static boolean withInitial(String latin) {
        return WITH_INITIAL.matcher(latin).matches();
    }

    /** "Oscar Wilde", "John S.Mill", "J. Harris": a given name or an initial, then a surname. */
    public static boolean personShaped(String latin) {
        return PERSON_SHAPED.matcher(latin).matches();
    }

    /**
     * The Chinese name ending at {@code open} (the bracket) and the Latin name in {@code text[latinStart, latinEnd)},
     * as candidates of one type, or nothing when no Chinese name before the bracket reads like the Latin one, or
     * when the type cannot be told (a known Latin name's type, else the segmenter's person or place tag, else a
     * person when the Latin name is a given name or initial and a surname). {@code personOnly}: a name already
     * ends at the bracket, and only a person's full Latin name may retype it ("哈里斯" read as a place).
     */
    public static List<Candidate> read(String text, int open, int latinStart, int latinEnd, boolean personOnly,
                                       Map<Integer, Candidate> foundByStart, Map<Integer, Term> termByEnd,
                                       IntPredicate nameChar) {
        String latin = text.substring(latinStart, latinEnd);
        Matcher lower = LOWER_WORD.matcher(latin);
        Matcher origin = OF_PLACE.matcher(latin);
        int originStart = origin.find() ? latinStart + origin.start(1) : -1;
        if (lower.find()) {
            latinEnd = latinStart + lower.start();
            latin = latin.substring(0, lower.start());
        }
        if (latin.chars().noneMatch(Character::isLowerCase)) {
            return List.of(); // an initialism (ASCO, U.S.): its letters are not its sounds
        }
        boolean personShaped = PERSON_SHAPED.matcher(latin).matches();
        if (personOnly && !personShaped) {
            return List.of();
        }
        String name = latin;
        String[] words = latin.split("[\\s.]+");
        String surname = words[words.length - 1];
        int best = -1;
        double bestScore = 0;
        boolean lineBreak = false;
        for (int k = open - 1; k >= 0 && open - k <= MAX_CHARS + (lineBreak ? 1 : 0); k--) {
            char c = text.charAt(k);
            if (c == '\n' && !lineBreak && k > 0 && k + 1 < open && Chars.isHan(text.charAt(k - 1))) {
                lineBreak = true;
                continue;
            }
            if (!(Chars.isHan(c) && nameChar.test(c)) && NAME_DOTS.indexOf(c) < 0) {
                break;
            }
            String han = text.substring(k, open).replace("\n", "");
            if (han.length() < 2 || NAME_DOTS.indexOf(c) >= 0) {
                continue;
            }
            double score = Math.max(Transliteration.similarity(han, latin), Transliteration.similarity(han, surname));
            if (ProperNouns.get().zh(han).map(n -> squeezed(n.english()).startsWith(squeezed(name))).orElse(false)) {
                score = 1; // CC-CEDICT: 王尔德 is Oscar Wilde
            }
            if (score >= (han.length() == 2 ? CLOSE_SHORT : CLOSE) && score >= bestScore) {
                bestScore = score;
                best = k;
            }
        }
        if (best < 0) {
            return List.of();
        }
        // an initial before a surname ("Sydney J.Harris") is a person whatever the segmenter tagged the Chinese
        EntityType type = WITH_INITIAL.matcher(latin).matches() ? EntityType.PERSON
                : type(best, open, latinStart, latinEnd, personShaped, foundByStart, termByEnd);
        if (type == null || personOnly && type != EntityType.PERSON) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(List.of(new Candidate(best, open, type, "gloss:bracketed", 4),
                new Candidate(latinStart, latinEnd, type, "gloss:bracketed", 4)));
        if (type == EntityType.PERSON && originStart >= 0) {
            out.addAll(origin(text, best, originStart, originStart + origin.group(1).length(), nameChar));
        }
        return out;
    }

    /** "Diogenes of Sinope", "Thales of Miletus": a person named by where he came from. */
    public static final Pattern OF_PLACE = Pattern.compile("^[A-Z][a-z]+ of ([A-Z][a-z]+)$");
    /**
     * How close the place's two names must read: less than {@link #CLOSE}, as the two sentences' shapes
     * ("Y的X" and "X of Y", X already matched) are evidence too; "西诺普" / Sinope reads 0.5 (x for s).
     */
    private static final double CLOSE_ORIGIN = 0.5;
    /** The most characters of the place's Chinese name before "的". */
    private static final int MAX_PLACE_CHARS = 5;

    /**
     * "西诺普的狄奥根尼(Diogenes of Sinope)": the Chinese writes the person's place of origin before him with 的,
     * as the English writes it after "of". Where the Chinese before 的 reads like the English place, both are
     * the place's name.
     */
    public static List<Candidate> origin(String text, int person, int placeStart, int placeEnd, IntPredicate nameChar) {
        int de = person - 1;
        if (de < 2 || text.charAt(de) != '的') {
            return List.of();
        }
        String place = text.substring(placeStart, placeEnd);
        for (int k = Math.max(0, de - MAX_PLACE_CHARS); k <= de - 2; k++) {
            boolean names = true;
            for (int i = k; i < de && names; i++) {
                names = Chars.isHan(text.charAt(i)) && nameChar.test(text.charAt(i));
            }
            if (names && Transliteration.similarity(text.substring(k, de), place) >= CLOSE_ORIGIN) {
                return List.of(new Candidate(k, de, EntityType.PLACE, "gloss:origin", 4),
                        new Candidate(placeStart, placeEnd, EntityType.PLACE, "gloss:origin", 4));
            }
        }
        return List.of();
    }

    private static EntityType type(int start, int open, int latinStart, int latinEnd, boolean personShaped,
                                   Map<Integer, Candidate> foundByStart, Map<Integer, Term> termByEnd) {
        Candidate known = foundByStart.get(latinStart);
        if (known != null && known.end() == latinEnd) {
            return known.type();
        }
        for (int end = open; end > start; end--) {
            Term t = termByEnd.get(end);
            if (t != null && t.offset >= start - 1) {
                String n = t.nature.toString();
                if (n.startsWith("nr")) {
                    return EntityType.PERSON;
                }
                if (n.startsWith("ns")) {
                    return EntityType.PLACE;
                }
            }
        }
        return personShaped ? EntityType.PERSON : null;
    }

    private static String squeezed(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
