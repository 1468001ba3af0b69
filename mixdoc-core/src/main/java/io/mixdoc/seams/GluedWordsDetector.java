package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two words whose space was lost: {@code andCentral}, {@code documentannouncement}. A token that
 * neither the lexicon nor the rest of the document knows is split where both halves are common
 * words (by SUBTLEX frequency), or at a lower-to-upper case change after a common word.
 */
public final class GluedWordsDetector implements SeamDetector {
    /** Minimum Zipf frequency of each half (3 = once per million words). */
    static final double MIN_ZIPF = 3.0;
    /** Capitalised tokens are often names (Newcastle): both halves must be more common. */
    static final double MIN_ZIPF_CAPITALISED = 4.0;
    private static final Set<String> NAME_PREFIXES = Set.of("mc", "mac", "o", "de", "di", "la", "le", "van", "von", "du", "da");

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        for (LatinToken t : ctx.tokens) {
            String w = t.text();
            if (w.length() < 4 || t.isAllCaps() || ctx.touchesCjkBefore(t) || ctx.touchesCjkAfter(t) || ctx.touchesDigit(t)) {
                continue;
            }
            if (ctx.lexicon.contains(w) || ctx.vocabularyCount(w) > 1 || nextToApostrophe(ctx, t)) {
                continue;
            }
            Seam s = t.hasInnerCapital() ? camel(ctx, t) : lowerSplit(ctx, t);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Words with an apostrophe or hyphen next to them are often names or contractions (O'Neill, Xi'an). */
    private static boolean nextToApostrophe(SeamContext ctx, LatinToken t) {
        int a = ctx.cpBefore(t.start());
        int b = ctx.cpAt(t.end());
        return a == '\'' || a == '’' || b == '\'' || b == '’' || a == '-' || b == '-';
    }

    private static Seam camel(SeamContext ctx, LatinToken t) {
        String w = t.text();
        int cut = -1;
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                if (cut >= 0) {
                    return null; // more than one inner capital: a brand or an acronym mix
                }
                cut = i;
            }
        }
        String left = w.substring(0, cut);
        String right = w.substring(cut);
        if (!Character.isLowerCase(left.charAt(0)) || NAME_PREFIXES.contains(left.toLowerCase()) || right.length() < 2) {
            return null; // YouTube, McDonald, iPhone
        }
        if (left.length() < 2 && !left.equals("a")) {
            return null;
        }
        if (!ctx.lexicon.isWord(left) || ctx.lexicon.zipf(left) < MIN_ZIPF) {
            return null;
        }
        return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, 0.85, "common word glued to a capitalised word")
                .withRepair(left + " " + right, 0.85);
    }

    private static Seam lowerSplit(SeamContext ctx, LatinToken t) {
        String w = t.text();
        boolean capitalised = t.isCapitalised();
        double minZipf = capitalised ? MIN_ZIPF_CAPITALISED : MIN_ZIPF;
        String bestLeft = null;
        String bestRight = null;
        double bestScore = 0;
        for (int i = 2; i <= w.length() - 2; i++) {
            String left = w.substring(0, i);
            String right = w.substring(i);
            if (!ctx.lexicon.isWord(left) || !ctx.lexicon.isWord(right)) {
                continue;
            }
            double score = Math.min(ctx.lexicon.zipf(left), ctx.lexicon.zipf(right));
            if (score >= minZipf && score > bestScore) {
                bestScore = score;
                bestLeft = left;
                bestRight = right;
            }
        }
        if (bestLeft == null) {
            return null;
        }
        double conf = Math.min(0.9, 0.45 + bestScore / 12);
        return Seam.of(t.start(), t.end(), SeamType.GLUED_WORDS, conf, "unknown token splits into two common words")
                .withRepair(bestLeft + " " + bestRight, conf);
    }
}
