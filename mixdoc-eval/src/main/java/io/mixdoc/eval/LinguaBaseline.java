package io.mixdoc.eval;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.mixdoc.Document;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layers;
import io.mixdoc.Script;
import io.mixdoc.ScriptRun;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import io.mixdoc.text.LatinLanguages;
import io.mixdoc.stage.ScriptRunTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Java user can assemble today without mixdoc: split the text into script runs, label each
 * run with Lingua's {@code detectLanguageOf} (the JVM Lingua has no multi-language detection), and
 * flag every script change inside a word (a letter of one script touching a letter of another) as a
 * seam. Used by {@code mixdoc eval --baseline} and the benchmarks, so improvements are measured
 * ratios. Thread-safe.
 */
public final class LinguaBaseline {
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.RUSSIAN,
                Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN,
                Language.DUTCH, Language.INDONESIAN, Language.VIETNAMESE, Language.TURKISH).build();
    }

    private final ScriptRunTagger scripts = new ScriptRunTagger();

    /** Runs the baseline; the result carries {@code lang} and {@code seam} layers like mixdoc's. */
    public Document run(String id, String text) {
        Document doc = scripts.apply(Document.of(id, text));
        List<LanguageSpan> spans = new ArrayList<>();
        for (ScriptRun r : doc.layer(Layers.SCRIPT).spans()) {
            String lang = "und";
            if (r.script() != Script.NONE) {
                Language l = Holder.DETECTOR.detectLanguageOf(text.substring(r.start(), r.end()));
                lang = l == Language.UNKNOWN ? "und" : LatinLanguages.code(l);
            }
            spans.add(new LanguageSpan(r.start(), r.end(), lang));
        }
        List<Seam> seams = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            int a = text.codePointBefore(i);
            int b = text.codePointAt(i);
            if (Character.isLowSurrogate(text.charAt(i))) {
                continue;
            }
            if (Chars.isLetter(a) && Chars.isLetter(b) && Chars.script(a) != Chars.script(b)) {
                seams.add(Seam.of(i - Character.charCount(a), i + Character.charCount(b),
                        SeamType.INTRA_SENTENCE_SWITCH, 1.0, "script change inside a word"));
            }
        }
        return doc.with(Layers.LANG, spans).with(Layers.SEAM, seams);
    }
}
