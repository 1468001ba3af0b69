package io.mixdoc.eval;

import io.mixdoc.Document;
import io.mixdoc.Edit;
import io.mixdoc.LanguageSpan;
import io.mixdoc.Layer;
import io.mixdoc.Layers;
import io.mixdoc.Seam;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one analysed document against its gold: seams by overlap matching (one-to-one, largest
 * overlap first), types, repairs, false alarms on clean documents and on {@code not_seams},
 * letter-level language accuracy and language-switch boundaries.
 */
public final class SeamScorer {
    private final boolean coreOnly;

    /** @param coreOnly score only gold seams of difficulty "core"; predictions matching "hard" ones are ignored */
    public SeamScorer(boolean coreOnly) {
        this.coreOnly = coreOnly;
    }

    public void score(GoldDocument gold, Document doc, Tally t) {
        t.documents++;
        String text = doc.text();
        List<Seam> predicted = doc.find(Layers.SEAM).map(Layer::spans).orElse(List.of());
        List<GoldDocument.GoldSeam> golds = gold.seams();
        int[] goldMatch = new int[golds.size()];
        int[] predMatch = new int[predicted.size()];
        java.util.Arrays.fill(goldMatch, -1);
        java.util.Arrays.fill(predMatch, -1);
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int ov = Math.min(golds.get(g).end(), predicted.get(p).end()) - Math.max(golds.get(g).start(), predicted.get(p).start());
                if (ov > 0) {
                    pairs.add(new int[] {ov, g, p});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? b[0] - a[0] : a[1] != b[1] ? a[1] - b[1] : a[2] - b[2]);
        for (int[] pr : pairs) {
            if (goldMatch[pr[1]] < 0 && predMatch[pr[2]] < 0) {
                goldMatch[pr[1]] = pr[2];
                predMatch[pr[2]] = pr[1];
            }
        }
        for (int g = 0; g < golds.size(); g++) {
            GoldDocument.GoldSeam gs = golds.get(g);
            if (coreOnly && !gs.difficulty().equals("core")) {
                continue;
            }
            t.gold++;
            t.type(gs.type())[0]++;
            int p = goldMatch[g];
            if (gs.repair() != null) {
                t.repairGold++;
            }
            if (p < 0) {
                t.errors.add(new Tally.Error("miss", gold.name(), gs.start(), context(text, gs.start(), gs.end()),
                        gs.type() + (gs.repair() != null ? " → " + gs.repair() : ""), 1));
                continue;
            }
            Seam ps = predicted.get(p);
            t.matched++;
            if (ps.type().name().equals(gs.type())) {
                t.typeCorrect++;
                t.type(gs.type())[2]++; // per-type figures count a match only when the type is right too
            }
            if (gs.repair() != null) {
                if (ps.repair().isPresent() && ps.repair().get().equals(gs.repair())) {
                    t.repairExact++;
                } else {
                    t.errors.add(new Tally.Error("wrong repair", gold.name(), gs.start(), context(text, gs.start(), gs.end()),
                            "gold " + gs.repair() + ", got " + ps.repair().orElse("none"), 0.5));
                }
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            Seam ps = predicted.get(p);
            int g = predMatch[p];
            if (g >= 0 && coreOnly && !golds.get(g).difficulty().equals("core")) {
                continue;
            }
            t.predicted++;
            t.type(ps.type().name())[1]++;
            if (g < 0) {
                t.errors.add(new Tally.Error("false alarm", gold.name(), ps.start(), context(text, ps.start(), ps.end()),
                        ps.type() + " " + ps.evidence(), ps.confidence()));
            }
            for (GoldDocument.GoldSpan ns : gold.notSeams()) {
                if (ps.overlaps(ns.start(), ns.end())) {
                    t.notSeamsFlagged++;
                }
            }
        }
        t.notSeams += gold.notSeams().size();
        if (gold.clean()) {
            t.cleanChars += text.codePointCount(0, text.length());
            t.cleanFalseSeams += predicted.size();
        }
        if (!gold.spans().isEmpty()) {
            scoreLanguages(gold, doc, t);
        }
        scoreEdits(gold, doc, t);
    }

    /**
     * Precision of applied edits: an edit is right when it lies inside a gold seam that has a repair and the
     * edits inside that seam, applied to its surface, give exactly the gold repair. Any other edit (outside
     * every seam, inside a seam without a repair, or giving another text) is damage.
     */
    private static void scoreEdits(GoldDocument gold, Document doc, Tally t) {
        String text = doc.text();
        List<Edit> edits = doc.find(Layers.EDIT).map(Layer::spans).orElse(List.of());
        boolean[] right = new boolean[edits.size()];
        for (GoldDocument.GoldSeam gs : gold.seams()) {
            if (gs.repair() == null) {
                continue;
            }
            StringBuilder repaired = new StringBuilder();
            int at = gs.start();
            List<Integer> inside = new ArrayList<>();
            boolean contained = true;
            for (int i = 0; i < edits.size(); i++) {
                Edit e = edits.get(i);
                if (e.end() <= gs.start() || e.start() >= gs.end()) {
                    continue;
                }
                contained &= e.start() >= gs.start() && e.end() <= gs.end() && e.start() >= at;
                if (contained) {
                    repaired.append(text, at, e.start()).append(e.replacement());
                    at = e.end();
                }
                inside.add(i);
            }
            if (contained && !inside.isEmpty() && repaired.append(text, at, gs.end()).toString().equals(gs.repair())) {
                inside.forEach(i -> right[i] = true);
            }
        }
        for (int i = 0; i < edits.size(); i++) {
            t.editsApplied++;
            if (right[i]) {
                t.editsRight++;
            } else {
                Edit e = edits.get(i);
                t.errors.add(new Tally.Error("wrong edit", gold.name(), e.start(), context(text, e.start(), e.end()),
                        e.reason() + " → " + e.replacement(), 0.75));
            }
        }
    }

    private static void scoreLanguages(GoldDocument gold, Document doc, Tally t) {
        String text = doc.text();
        String[] predicted = new String[text.length()];
        for (LanguageSpan s : doc.layer(Layers.LANG).spans()) {
            for (int i = s.start(); i < s.end(); i++) {
                predicted[i] = s.lang();
            }
        }
        String[] expected = new String[text.length()];
        for (GoldDocument.GoldSpan s : gold.spans()) {
            for (int i = s.start(); i < Math.min(s.end(), text.length()); i++) {
                expected[i] = s.label();
            }
        }
        // Letters only: where spaces and punctuation attach is a convention, not a fact.
        List<Integer> letterPos = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (expected[i] != null && Chars.isLetter(text.charAt(i))) {
                letterPos.add(i);
                t.letters++;
                if (expected[i].equals(predicted[i])) {
                    t.lettersCorrect++;
                }
            }
        }
        // A switch boundary lies between two consecutive letters of different languages.
        for (int k = 1; k < letterPos.size(); k++) {
            int a = letterPos.get(k - 1);
            int b = letterPos.get(k);
            boolean g = !expected[a].equals(expected[b]);
            boolean p = predicted[a] != null && predicted[b] != null && !predicted[a].equals(predicted[b]);
            if (g) {
                t.goldBoundaries++;
            }
            if (p) {
                t.predictedBoundaries++;
            }
            if (g && p) {
                t.matchedBoundaries++;
            }
        }
    }

    static String context(String text, int start, int end) {
        int a = Math.max(0, start - 20);
        int b = Math.min(text.length(), end + 20);
        return (text.substring(a, start) + "[" + text.substring(start, end) + "]" + text.substring(end, b)).replace('\n', '⏎');
    }
}
