package io.mixdoc.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Renders an evaluation as a table (mixdoc beside the baseline) or as JSON, and lists errors. */
public final class EvalReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvalReport() {
    }

    public static ObjectNode toJson(Evaluator.Result r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("mixdoc", r.mixdoc().toJson(MAPPER));
        if (r.baseline() != null) {
            o.set("baseline", r.baseline().toJson(MAPPER));
        }
        return o;
    }

    public static String table(Evaluator.Result r) {
        Tally m = r.mixdoc();
        Tally b = r.baseline();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d documents, %d gold seams%n%n", m.documents, m.gold));
        s.append(String.format(Locale.ROOT, "%-40s %10s %10s%n", "figure", "mixdoc", b == null ? "" : "baseline"));
        row(s, "seam precision", m.precision(), b == null ? null : b.precision());
        row(s, "seam recall", m.recall(), b == null ? null : b.recall());
        row(s, "seam F1", m.f1(), b == null ? null : b.f1());
        row(s, "type accuracy (matched seams)", m.typeAccuracy(), b == null ? null : b.typeAccuracy());
        row(s, "repair exact-match (" + m.repairGold + " scored)", m.repairExactMatch(), b == null ? null : b.repairExactMatch());
        row(s, "precision of applied edits (" + m.editsApplied() + ")", m.editPrecision(), b == null ? null : b.editPrecision());
        row(s, "false seams / 10k chars (clean docs)", m.falseSeamsPer10k(), b == null ? null : b.falseSeamsPer10k());
        row(s, "not_seams flagged (of " + m.notSeams + ")", m.notSeamsFlagged, b == null ? null : (double) b.notSeamsFlagged);
        if (m.letters > 0) {
            row(s, "letter-level language accuracy", m.letterAccuracy(), b == null ? null : b.letterAccuracy());
            row(s, "language-switch boundary F1", m.switchBoundaryF1(), b == null ? null : b.switchBoundaryF1());
        }
        s.append(String.format(Locale.ROOT, "%nper seam type (mixdoc%s): precision / recall / F1  (gold, predicted)%n",
                b == null ? "" : " | baseline"));
        TreeSet<String> types = new TreeSet<>(m.perType().keySet());
        if (b != null) {
            types.addAll(b.perType().keySet());
        }
        for (String type : types) {
            double[] v = m.perType().getOrDefault(type, new double[5]);
            s.append(String.format(Locale.ROOT, "  %-22s %.3f / %.3f / %.3f  (%d, %d)", type, v[0], v[1], v[2], (int) v[3], (int) v[4]));
            if (b != null) {
                double[] w = b.perType().getOrDefault(type, new double[5]);
                s.append(String.format(Locale.ROOT, "  | %.3f / %.3f / %.3f  (%d, %d)", w[0], w[1], w[2], (int) w[3], (int) w[4]));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String name, double mine, Double base) {
        s.append(String.format(Locale.ROOT, "%-40s %10.4f %10s%n", name, mine,
                base == null ? "" : String.format(Locale.ROOT, "%.4f", base)));
    }

    public static String errors(Evaluator.Result r, int n) {
        List<Tally.Error> all = new ArrayList<>(r.mixdoc().errors());
        all.sort(Comparator.comparingDouble(Tally.Error::weight).reversed()
                .thenComparing(Tally.Error::document).thenComparingInt(Tally.Error::start));
        StringBuilder s = new StringBuilder("\nworst errors:\n");
        Map<String, Integer> shown = new java.util.HashMap<>();
        for (Tally.Error e : all) {
            if (shown.merge(e.kind(), 1, Integer::sum) > n) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "  %-12s %s@%d  %s  — %s%n", e.kind(), e.document(), e.start(), e.context(), e.detail()));
        }
        return s.toString();
    }
}
