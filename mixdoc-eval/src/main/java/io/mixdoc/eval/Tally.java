package io.mixdoc.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts gathered over documents by {@link SeamScorer}; figures are computed from them. */
public final class Tally {
    /** A miss, a false alarm or a wrong repair, with context, for the error listing. */
    public record Error(String kind, String document, int start, String context, String detail, double weight) {
    }

    int documents;
    int gold;
    int predicted;
    int matched;
    int typeCorrect;
    int repairGold;
    int repairExact;
    long cleanChars;
    int cleanFalseSeams;
    int notSeams;
    int notSeamsFlagged;
    long letters;
    long lettersCorrect;
    int goldBoundaries;
    int predictedBoundaries;
    int matchedBoundaries;
    int editsApplied;
    int editsRight;
    final Map<String, int[]> byType = new TreeMap<>(); // gold, predicted, matched with the right type
    final List<Error> errors = new ArrayList<>();

    int[] type(String t) {
        return byType.computeIfAbsent(t, k -> new int[4]);
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, matched);
    }

    public double repairExactMatch() {
        return ratio(repairExact, repairGold);
    }

    public double falseSeamsPer10k() {
        return cleanChars == 0 ? 0 : cleanFalseSeams * 10000.0 / cleanChars;
    }

    /** Edits applied that give a gold seam's repair, over all edits applied (1 when none was applied). */
    public double editPrecision() {
        return ratio(editsRight, editsApplied);
    }

    public int editsApplied() {
        return editsApplied;
    }

    public int notSeamsFlagged() {
        return notSeamsFlagged;
    }

    public double letterAccuracy() {
        return ratio(lettersCorrect, letters);
    }

    public double switchBoundaryF1() {
        return f1(ratio(matchedBoundaries, predictedBoundaries), ratio(matchedBoundaries, goldBoundaries));
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int matched() {
        return matched;
    }

    public List<Error> errors() {
        return errors;
    }

    /**
     * Per seam type: precision, recall and F1 counting a match only when the predicted type is the
     * gold one; a type never predicted has precision 0 (nothing of it was found), then gold and
     * predicted counts.
     */
    public Map<String, double[]> perType() {
        Map<String, double[]> out = new TreeMap<>();
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] c = e.getValue();
            double p = c[1] == 0 ? (c[0] == 0 ? 1 : 0) : (double) c[2] / c[1];
            double r = ratio(c[2], c[0]);
            out.put(e.getKey(), new double[] {p, r, f1(p, r), c[0], c[1]});
        }
        return out;
    }

    public ObjectNode toJson(ObjectMapper m) {
        ObjectNode o = m.createObjectNode();
        o.put("documents", documents);
        o.put("gold_seams", gold);
        o.put("predicted_seams", predicted);
        o.put("matched_seams", matched);
        o.put("precision", round(precision()));
        o.put("recall", round(recall()));
        o.put("f1", round(f1()));
        o.put("type_accuracy", round(typeAccuracy()));
        o.put("repair_exact_match", round(repairExactMatch()));
        o.put("repairs_scored", repairGold);
        o.put("edits_applied", editsApplied);
        o.put("edit_precision", round(editPrecision()));
        o.put("false_seams_per_10k_chars_clean", round(falseSeamsPer10k()));
        o.put("not_seams", notSeams);
        o.put("not_seams_flagged", notSeamsFlagged);
        o.put("letter_language_accuracy", round(letterAccuracy()));
        o.put("switch_boundary_f1", round(switchBoundaryF1()));
        ObjectNode types = o.putObject("per_type");
        for (Map.Entry<String, double[]> e : perType().entrySet()) {
            double[] v = e.getValue();
            types.putObject(e.getKey()).put("precision", round(v[0])).put("recall", round(v[1]))
                    .put("f1", round(v[2])).put("gold", (int) v[3]).put("predicted", (int) v[4]);
        }
        return o;
    }

    static double ratio(double a, double b) {
        return b == 0 ? (a == 0 ? 1.0 : 0.0) : a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
