package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Latin word with a short chunk of Chinese pushed into it: {@code s的两个头tate}. The two halves
 * join into a word the lexicon or the document knows; when neither half is a word and the chunk is
 * short, they are joined anyway (names such as {@code Kve新华社萨sic}), with less confidence.
 */
public final class SplitWordDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.SPLIT_WORD);
    }

    static final int MAX_INSERT = 8;

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        List<LatinToken> tokens = ctx.tokens;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            ctx.deadline.checkEvery(k);
            LatinToken a = tokens.get(k);
            LatinToken b = tokens.get(k + 1);
            int gap = b.start() - a.end();
            if (gap < 1 || gap > MAX_INSERT || !allChinese(ctx.text, a.end(), b.start())) {
                continue;
            }
            if (!Character.isLowerCase(b.text().charAt(0)) || a.isAllCaps() && a.text().length() > 1) {
                continue;
            }
            if (ctx.inTermPhrase(a) || ctx.inTermPhrase(b)) {
                continue; // useState和useEffect, seeked代替canplay: terms around Chinese, not one word split
            }
            String joined = a.text() + b.text();
            boolean aWord = ctx.isKnownWord(a);
            boolean bWord = ctx.isKnownWord(b);
            String inserted = ctx.text.substring(a.end(), b.start());
            if (ctx.isKnownWord(joined)) {
                // Two words around Chinese (aptitude或apt) may just be two words: deleting the Chinese
                // between them is then only proposed.
                double conf = aWord && bWord ? 0.6 : 0.92;
                double repair = aWord && bWord ? CutSite.PROPOSAL : conf;
                out.add(Seam.of(a.start(), b.end(), SeamType.SPLIT_WORD, conf, "halves join into a word; inserted " + inserted)
                        .withRepair(joined, repair));
            } else if (!aWord && !bWord && gap <= 5 && joined.length() >= 4 && !hasCjkPunct(inserted)
                    && !a.text().equalsIgnoreCase(b.text()) // uri没有自己的uri: one term named twice, no word cut in two
                    && !b.hasInnerCapital()) { // popup新增iOS风格: iOS, eBay, iPhone are names of their own; a cut leaves a lower-case tail
                // Two unknown tokens around Chinese may be two names or terms: found, but only proposed.
                out.add(Seam.of(a.start(), b.end(), SeamType.SPLIT_WORD, 0.6, "neither half is a word; inserted " + inserted)
                        .withRepair(joined, CutSite.PROPOSAL));
            }
        }
        return out;
    }

    private static boolean hasCjkPunct(String s) {
        return s.codePoints().anyMatch(Chars::isCjkPunct);
    }

    private static boolean allChinese(String text, int from, int to) {
        boolean han = false;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Chars.isHan(cp)) {
                han = true;
            } else if (!Chars.isCjkPunct(cp) && cp != '“' && cp != '”') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return han;
    }
}
