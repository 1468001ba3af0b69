package io.mixdoc.stage;

import io.mixdoc.CodeRegion;
import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Script;
import io.mixdoc.ScriptRun;
import io.mixdoc.Scores;
import io.mixdoc.Stage;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.text.LatinLanguages;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Gives every script run a language code. Han is {@code zh}, or {@code ja} when kana stands next
 * to it; kana {@code ja}; Hangul {@code ko}. Code regions and protected tokens (identifiers, URLs,
 * paths, handles...) are {@code zxx}, no linguistic content; pinyin with tone marks is {@code zh-Latn}.
 * Latin and Cyrillic runs are told apart by Lingua ({@link LatinLanguages}): long runs on their own,
 * short ones take the document's language for that script. In a document written mostly in another
 * script (Chinese, Korean, Russian...) that language is English: its short Latin runs are terms,
 * names and code, and one misjudged run must not decide the language of all the others. Tone-marked
 * pinyin is {@code zh-Latn} only where pinyin can be: beside Chinese, or in English text; in a
 * Portuguese or Vietnamese document {@code é} and {@code lá} are words of that language. Adjacent
 * spans of one language are merged.
 */
public final class LanguageTagger implements Stage {
    public static final String NO_LANGUAGE = Scores.NO_LANGUAGE;
    public static final String PINYIN = "zh-Latn";

    @Override
    public String id() {
        return "languages";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SCRIPT, Layers.TOKEN, Layers.CODE);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.LANG;
    }

    @Override
    public Document apply(Document doc) {
        List<ScriptRun> runs = doc.layer(Layers.SCRIPT).spans();
        String text = doc.text();
        List<LanguageSpan> overrides = overrides(doc);
        List<ScriptRun> pieces = pieces(runs, overrides);
        String[] fixed = new String[pieces.size()];
        List<ScriptRun> prose = new ArrayList<>();
        int o = 0;
        for (int i = 0; i < pieces.size(); i++) {
            ScriptRun r = pieces.get(i);
            while (o < overrides.size() && overrides.get(o).end() <= r.start()) {
                o++;
            }
            if (o < overrides.size() && overrides.get(o).start() <= r.start() && r.end() <= overrides.get(o).end()) {
                fixed[i] = overrides.get(o).lang();
            } else {
                prose.add(r);
            }
        }
        boolean mostlyOtherScript = mostlyOtherScript(text, prose);
        String latinDefault = mostlyOtherScript ? "en" : LatinLanguages.documentLanguage(text, prose, Script.LATIN);
        String cyrillicDefault = LatinLanguages.documentLanguage(text, prose, Script.CYRILLIC);
        if (!latinDefault.equals("en") && !hasHan(runs)) {
            unfixPinyin(fixed);
        }
        List<LanguageSpan> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            doc.deadline().checkEvery(i);
            ScriptRun r = pieces.get(i);
            String lang;
            if (fixed[i] != null) {
                lang = fixed[i];
            } else if (r.script() == Script.LATIN && !mostlyOtherScript && hasLineBreak(text, r)) {
                addLines(text, r, latinDefault, out);
                continue;
            } else {
                lang = switch (r.script()) {
                    case HAN -> kanaNear(pieces, i) ? "ja" : "zh";
                    case KANA -> "ja";
                    case HANGUL -> "ko";
                    case LATIN -> mostlyOtherScript
                            ? amongOtherScript(text, r)
                            : runLanguage(text, r, latinDefault);
                    case CYRILLIC -> runLanguage(text, r, cyrillicDefault);
                    case GREEK -> "el";
                    case ARABIC -> "ar";
                    case HEBREW -> "he";
                    case THAI -> "th";
                    case DEVANAGARI -> "hi";
                    case OTHER, NONE -> "und";
                };
            }
            add(out, r.start(), r.end(), lang);
        }
        return doc.with(Layers.LANG, out);
    }

    /** Appends a span, merged into the last one when it continues it in the same language. */
    private static void add(List<LanguageSpan> out, int start, int end, String lang) {
        LanguageSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.lang().equals(lang) && last.end() == start) {
            out.set(out.size() - 1, new LanguageSpan(last.start(), end, lang));
        } else {
            out.add(new LanguageSpan(start, end, lang));
        }
    }

    private static boolean hasLineBreak(String text, ScriptRun r) {
        return r.end() - r.start() >= LatinLanguages.MIN_RUN_LETTERS && text.indexOf('\n', r.start()) >= 0
                && text.indexOf('\n', r.start()) < r.end() - 1;
    }

    /**
     * A Latin run over several lines is judged line by line: a French quotation in its own paragraph
     * of an English article is French, and the article's other lines stay English. Each line keeps its
     * line break; short lines take the document's language.
     */
    private static void addLines(String text, ScriptRun r, String latinDefault, List<LanguageSpan> out) {
        int at = r.start();
        while (at < r.end()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 || nl >= r.end() ? r.end() : nl + 1;
            add(out, at, end, runLanguage(text, new ScriptRun(at, end, Script.LATIN), latinDefault));
            at = end;
        }
    }

    /** Spans whose language comes from what they are, not how they read: code ({@code zxx}) and pinyin ({@code zh-Latn}). */
    private static List<LanguageSpan> overrides(Document doc) {
        List<LanguageSpan> raw = new ArrayList<>();
        for (CodeRegion c : doc.layer(Layers.CODE).spans()) {
            raw.add(new LanguageSpan(c.start(), c.end(), NO_LANGUAGE));
        }
        for (Token t : doc.layer(Layers.TOKEN).spans()) {
            if (t.kind() == TokenKind.PINYIN) {
                raw.add(new LanguageSpan(t.start(), t.end(), PINYIN));
            } else if (t.isProtected()) {
                raw.add(new LanguageSpan(t.start(), t.end(), NO_LANGUAGE));
            }
        }
        raw.sort(Comparator.comparingInt(LanguageSpan::start).thenComparing(Comparator.comparingInt(LanguageSpan::end).reversed()));
        List<LanguageSpan> out = new ArrayList<>();
        for (LanguageSpan s : raw) {
            LanguageSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                if (s.end() > last.end()) {
                    out.set(out.size() - 1, new LanguageSpan(last.start(), s.end(), last.lang()));
                }
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The script runs cut at the edges of the overrides, so that each piece is inside one or outside all. */
    private static List<ScriptRun> pieces(List<ScriptRun> runs, List<LanguageSpan> overrides) {
        if (overrides.isEmpty()) {
            return runs;
        }
        List<ScriptRun> out = new ArrayList<>();
        int o = 0;
        for (ScriptRun r : runs) {
            int at = r.start();
            while (o > 0 && overrides.get(o - 1).end() > r.start()) {
                o--;
            }
            while (o < overrides.size() && overrides.get(o).end() <= r.start()) {
                o++;
            }
            for (int k = o; k < overrides.size() && overrides.get(k).start() < r.end(); k++) {
                LanguageSpan v = overrides.get(k);
                int s = Math.max(v.start(), r.start());
                int e = Math.min(v.end(), r.end());
                if (s > at) {
                    out.add(new ScriptRun(at, s, r.script()));
                }
                out.add(new ScriptRun(s, e, r.script()));
                at = e;
            }
            if (at < r.end()) {
                out.add(new ScriptRun(at, r.end(), r.script()));
            }
        }
        return out;
    }

    /**
     * Is there enough text in a script other than Latin (outside code) that Latin runs are read as terms
     * and names in that text: at least a fifth of the letters. A Chinese page with many English terms
     * has more Latin letters than Chinese ones, and still its Latin terms are English; so are the
     * channel names (MBC, SBS) of a Korean page and the console commands of a Russian one.
     */
    private static boolean mostlyOtherScript(String text, List<ScriptRun> pieces) {
        int other = 0;
        int latin = 0;
        for (ScriptRun r : pieces) {
            if (r.script() != Script.NONE && r.script() != Script.OTHER) {
                int letters = 0;
                for (int i = r.start(); i < r.end(); i++) {
                    if (Character.isLetter(text.charAt(i))) {
                        letters++;
                    }
                }
                if (r.script() == Script.LATIN) {
                    latin += letters;
                } else {
                    other += letters;
                }
            }
        }
        return other > 0 && other * 5 >= other + latin;
    }

    private static boolean hasHan(List<ScriptRun> runs) {
        for (ScriptRun r : runs) {
            if (r.script() == Script.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Drops the pinyin overrides, so that those words take the language of the text around them. */
    private static void unfixPinyin(String[] fixed) {
        for (int i = 0; i < fixed.length; i++) {
            if (PINYIN.equals(fixed[i])) {
                fixed[i] = null;
            }
        }
    }

    /**
     * {@link LatinLanguages#runLanguageAmongOtherScript} of the run, read in place (copied only if Lingua is
     * asked); a run shorter than its letter minimum is English without looking (most runs: terms and names).
     */
    private static String amongOtherScript(String text, ScriptRun r) {
        return r.end() - r.start() < LatinLanguages.MIN_FOREIGN_RUN_LETTERS
                ? "en" : LatinLanguages.runLanguageAmongOtherScript(CharBuffer.wrap(text, r.start(), r.end()));
    }

    /** {@link LatinLanguages#runLanguage} of the run, read in place; a run shorter than its letter minimum takes the default. */
    private static String runLanguage(String text, ScriptRun r, String documentDefault) {
        return r.end() - r.start() < LatinLanguages.MIN_RUN_LETTERS
                ? documentDefault : LatinLanguages.runLanguage(CharBuffer.wrap(text, r.start(), r.end()), documentDefault);
    }

    /** Japanese mixes Han with kana; a Han run touching a kana run is Japanese. */
    private static boolean kanaNear(List<ScriptRun> runs, int i) {
        return (i > 0 && runs.get(i - 1).script() == Script.KANA)
                || (i + 1 < runs.size() && runs.get(i + 1).script() == Script.KANA);
    }
}
