package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Script;
import io.mixdoc.ScriptRun;
import io.mixdoc.Stage;
import io.mixdoc.internal.LatinLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives every script run a language code. Han is {@code zh}, or {@code ja} when kana stands next
 * to it; kana {@code ja}; Hangul {@code ko}; Latin and Cyrillic runs are told apart by Lingua
 * ({@link LatinLanguages}): long runs on their own, short ones take the language of all the
 * document's runs of that script together. Adjacent spans of one language are merged.
 */
public final class LanguageTagger implements Stage {
    @Override
    public String id() {
        return "languages";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SCRIPT);
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.LANG;
    }

    @Override
    public Document apply(Document doc) {
        List<ScriptRun> runs = doc.layer(Layers.SCRIPT).spans();
        String text = doc.text();
        String latinDefault = LatinLanguages.documentLanguage(text, runs, Script.LATIN);
        String cyrillicDefault = LatinLanguages.documentLanguage(text, runs, Script.CYRILLIC);
        List<LanguageSpan> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            doc.deadline().checkEvery(i);
            ScriptRun r = runs.get(i);
            String lang = switch (r.script()) {
                case HAN -> kanaNear(runs, i) ? "ja" : "zh";
                case KANA -> "ja";
                case HANGUL -> "ko";
                case LATIN -> LatinLanguages.runLanguage(text.substring(r.start(), r.end()), latinDefault);
                case CYRILLIC -> LatinLanguages.runLanguage(text.substring(r.start(), r.end()), cyrillicDefault);
                case GREEK -> "el";
                case ARABIC -> "ar";
                case HEBREW -> "he";
                case THAI -> "th";
                case DEVANAGARI -> "hi";
                case OTHER, NONE -> "und";
            };
            LanguageSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.lang().equals(lang) && last.end() == r.start()) {
                out.set(out.size() - 1, new LanguageSpan(last.start(), r.end(), lang));
            } else {
                out.add(new LanguageSpan(r.start(), r.end(), lang));
            }
        }
        return doc.with(Layers.LANG, out);
    }

    /** Japanese mixes Han with kana; a Han run touching a kana run is Japanese. */
    private static boolean kanaNear(List<ScriptRun> runs, int i) {
        return (i > 0 && runs.get(i - 1).script() == Script.KANA)
                || (i + 1 < runs.size() && runs.get(i + 1).script() == Script.KANA);
    }
}
