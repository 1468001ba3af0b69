package io.mixdoc.seams;

import java.util.List;
import java.util.Map;

/**
 * Completes a word fragment: first from the document's own clean vocabulary (a text that says
 * "Kyrgyzstan" completes "Kyr" to it), then from the lexicon by frequency.
 */
final class Completer {
    record Completion(String word, double confidence) {
    }

    private Completer() {
    }

    /**
     * @param isHead true when the fragment is the start of the lost word ("Kyr"), false when it is the end ("tinues")
     */
    static Completion complete(SeamContext ctx, String fragment, boolean isHead) {
        String f = fragment.toLowerCase();
        String bestDoc = null;
        int bestDocCount = 0;
        int docTotal = 0;
        for (Map.Entry<String, Integer> e : ctx.vocabulary().entrySet()) {
            String w = e.getKey();
            if (w.length() > f.length() && (isHead ? w.startsWith(f) : w.endsWith(f))) {
                docTotal += e.getValue();
                if (e.getValue() > bestDocCount || (e.getValue() == bestDocCount && bestDoc != null && w.compareTo(bestDoc) < 0)) {
                    bestDoc = w;
                    bestDocCount = e.getValue();
                }
            }
        }
        // One-letter fragments are too ambiguous for the document's handful of words.
        if (bestDoc != null && f.length() >= 2) {
            double share = (double) bestDocCount / docTotal;
            return new Completion(withCase(fragment, ctx.documentSpelling(bestDoc), isHead), 0.5 + 0.4 * share);
        }
        List<String> candidates = isHead ? ctx.lexicon.withPrefix(f, 30) : ctx.lexicon.withSuffix(f, 30);
        if (candidates.isEmpty()) {
            return null;
        }
        long total = 0;
        for (String c : candidates) {
            total += Math.max(1, ctx.lexicon.count(c));
        }
        String best = candidates.get(0);
        double share = (double) Math.max(1, ctx.lexicon.count(best)) / total;
        return new Completion(withCase(fragment, best, isHead), 0.8 * share);
    }

    private static String withCase(String fragment, String word, boolean isHead) {
        if (isHead && Character.isUpperCase(fragment.charAt(0)) && Character.isLowerCase(word.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
