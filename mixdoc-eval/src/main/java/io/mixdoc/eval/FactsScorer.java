package io.mixdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a result JSON tree (schema mixdoc/1, as written by {@code ResultJson}) against a gold file's
 * {@code structure}, {@code quantities}, {@code dates} and {@code entities} fields. Both sides use
 * code-point offsets. Gold fields that are absent are scored as 0 of 0. Used by the seed test and by
 * {@code mixdoc eval}. It scores the JSON rather than the layers because an entity's names in both
 * languages are put together by the {@code entities} writer, which the gold's entities are compared with.
 */
public final class FactsScorer {
    /** Offsets may differ by this many code points and still match (a trimmed space, a colon). */
    private static final int SLACK = 2;

    /** The figures; {@code *Gold} are denominators. */
    public record Report(
            int turnsRight, int turnsGold, int turnsExtra,
            boolean datelineFound, boolean bylineAuthorsFound, int captionsFound, int captionsGold,
            boolean endMarkFound, boolean boilerplateFound, boolean publicationDateRight, String publicationDate,
            int quantitiesRight, int quantityUnitsRight, int quantitiesGold, int quantitiesPredicted,
            int datesRight, int datesGold, int datesPredicted,
            int entitiesFound, int entitiesTypedRight, int entitiesGold, int linksRight, int linksGold,
            int entitiesPredicted, int overMerged, List<String> misses) {

        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "turns %d/%d right (%d extra)%n", turnsRight, turnsGold, turnsExtra));
            b.append(String.format(Locale.ROOT, "dateline %s, byline authors %s, captions %d/%d, end mark %s, boilerplate tail %s%n",
                    yes(datelineFound), yes(bylineAuthorsFound), captionsFound, captionsGold, yes(endMarkFound), yes(boilerplateFound)));
            b.append(String.format(Locale.ROOT, "publication date %s (%s)%n", publicationDate, publicationDateRight ? "right" : "wrong"));
            b.append(String.format(Locale.ROOT, "quantities %d/%d right values (%d with the gold unit), %d predicted%n",
                    quantitiesRight, quantitiesGold, quantityUnitsRight, quantitiesPredicted));
            b.append(String.format(Locale.ROOT, "dates %d/%d right values, %d predicted%n", datesRight, datesGold, datesPredicted));
            b.append(String.format(Locale.ROOT, "entities %d/%d found (%d with the gold type), cross-language links %d/%d, "
                    + "%d predicted, %d predicted entities merge two gold ones%n",
                    entitiesFound, entitiesGold, entitiesTypedRight, linksRight, linksGold, entitiesPredicted, overMerged));
            for (String m : misses) {
                b.append("  miss: ").append(m).append('\n');
            }
            return b.toString();
        }

        private static String yes(boolean b) {
            return b ? "found" : "MISSED";
        }
    }

    private FactsScorer() {
    }

    public static Report score(JsonNode gold, JsonNode result) {
        List<String> misses = new ArrayList<>();
        JsonNode gs = gold.path("structure");
        JsonNode rs = result.path("structure");

        // turns
        int turnsRight = 0;
        List<JsonNode> predictedTurns = list(rs.path("turns"));
        Set<JsonNode> usedTurns = new HashSet<>();
        for (JsonNode gt : gs.path("turns")) {
            JsonNode match = null;
            for (JsonNode pt : predictedTurns) {
                if (!usedTurns.contains(pt) && near(gt.path("start").asInt(), pt.path("start").asInt())
                        && gt.path("role").asText().equals(pt.path("role").asText())) {
                    match = pt;
                    break;
                }
            }
            if (match != null) {
                usedTurns.add(match);
                turnsRight++;
            } else {
                misses.add("turn " + gt.path("surface").asText() + " at " + gt.path("start").asInt());
            }
        }
        int turnsExtra = predictedTurns.size() - usedTurns.size();

        boolean dateline = false;
        JsonNode gd = gs.path("dateline");
        JsonNode pd = rs.path("dateline");
        if (!gd.isMissingNode() && pd.isObject()) {
            dateline = overlap(gd, pd) && gd.path("agency").asText().equals(pd.path("agency").asText())
                    && gd.path("place").asText().equals(pd.path("place").asText())
                    && gd.path("month").asInt() == pd.path("month").asInt() && gd.path("day").asInt() == pd.path("day").asInt();
        }
        if (!dateline && !gd.isMissingNode()) {
            misses.add("dateline " + gd.path("surface").asText());
        }
        boolean byline = false;
        if (gs.path("byline").isObject() && rs.path("byline").isObject()) {
            byline = strings(gs.path("byline").path("authors")).equals(strings(rs.path("byline").path("authors")));
        }
        if (!byline && gs.path("byline").isObject()) {
            misses.add("byline " + gs.path("byline").path("surface").asText());
        }
        int captions = 0;
        int captionsGold = 0;
        for (JsonNode gc : gs.path("captions")) {
            captionsGold++;
            boolean found = false;
            for (JsonNode pc : rs.path("captions")) {
                found |= jaccard(gc, pc) >= 0.8;
            }
            if (found) {
                captions++;
            } else {
                misses.add("caption at " + gc.path("start").asInt());
            }
        }
        boolean endMark = gs.path("end_mark").isObject() && rs.path("end_mark").isObject()
                && near(gs.path("end_mark").path("start").asInt(), rs.path("end_mark").path("start").asInt())
                && near(gs.path("end_mark").path("end").asInt(), rs.path("end_mark").path("end").asInt());
        boolean boilerplate = false;
        if (gs.path("boilerplate_from").isObject()) {
            for (JsonNode pb : rs.path("boilerplate")) {
                boilerplate |= near(gs.path("boilerplate_from").path("start").asInt(), pb.path("start").asInt());
            }
        }
        String pubGold = gs.path("publication_date").path("value").asText("");
        String pubPredicted = rs.path("publication_date").path("value").asText("");
        boolean pubRight = !pubGold.isEmpty() && pubGold.equals(pubPredicted);

        // quantities
        int qRight = 0;
        int qUnits = 0;
        for (JsonNode gq : gold.path("quantities")) {
            boolean right = false;
            boolean unit = false;
            for (JsonNode pq : result.path("quantities")) {
                if (overlap(gq, pq) && gq.path("value").decimalValue().compareTo(pq.path("value").decimalValue()) == 0) {
                    right = true;
                    unit |= gq.path("unit").asText().equals(pq.path("unit").asText());
                }
            }
            qRight += right ? 1 : 0;
            qUnits += unit ? 1 : 0;
            if (!right) {
                misses.add("quantity " + gq.path("surface").asText() + " = " + gq.path("value").asText());
            }
        }
        // dates
        int dRight = 0;
        for (JsonNode gdate : gold.path("dates")) {
            boolean right = false;
            for (JsonNode p : result.path("dates")) {
                right |= overlap(gdate, p) && gdate.path("value").asText().equals(p.path("value").asText());
            }
            dRight += right ? 1 : 0;
            if (!right) {
                misses.add("date " + gdate.path("surface").asText() + " = " + gdate.path("value").asText());
            }
        }
        // entities
        List<JsonNode> predicted = list(result.path("entities"));
        List<Set<String>> predictedNames = new ArrayList<>();
        for (JsonNode p : predicted) {
            Set<String> names = new HashSet<>();
            p.path("names").path("zh").forEach(n -> names.add(n.asText()));
            p.path("names").path("en").forEach(n -> names.add(key(n.asText())));
            p.path("mentions").forEach(m -> names.add(key(m.path("text").asText())));
            predictedNames.add(names);
        }
        int found = 0;
        int typed = 0;
        int links = 0;
        int linksGold = 0;
        int goldCount = 0;
        int[] goldHits = new int[predicted.size()];
        for (JsonNode ge : gold.path("entities")) {
            goldCount++;
            Set<String> zh = strings(ge.path("zh"));
            Set<String> en = new HashSet<>();
            ge.path("en").forEach(n -> en.add(key(n.asText())));
            boolean isFound = false;
            boolean isTyped = false;
            boolean isLinked = false;
            for (int i = 0; i < predicted.size(); i++) {
                Set<String> names = predictedNames.get(i);
                boolean anyZh = zh.stream().anyMatch(names::contains);
                boolean anyEn = en.stream().anyMatch(names::contains);
                if (anyZh || anyEn) {
                    isFound = true;
                    goldHits[i]++;
                    isTyped |= ge.path("type").asText().equals(predicted.get(i).path("type").asText());
                }
                isLinked |= anyZh && anyEn;
            }
            found += isFound ? 1 : 0;
            typed += isTyped ? 1 : 0;
            if (!zh.isEmpty() && !en.isEmpty()) {
                linksGold++;
                links += isLinked ? 1 : 0;
                if (!isLinked) {
                    misses.add("link " + zh + " ~ " + ge.path("en"));
                }
            }
            if (!isFound) {
                misses.add("entity " + ge.path("type").asText() + " " + zh + " " + ge.path("en"));
            }
        }
        int overMerged = 0;
        for (int h : goldHits) {
            overMerged += h >= 2 ? 1 : 0;
        }
        return new Report(turnsRight, gs.path("turns").size(), turnsExtra, dateline, byline, captions, captionsGold,
                endMark, boilerplate, pubRight, pubPredicted, qRight, qUnits, gold.path("quantities").size(),
                result.path("quantities").size(), dRight, gold.path("dates").size(), result.path("dates").size(),
                found, typed, goldCount, links, linksGold, predicted.size(), overMerged, List.copyOf(misses));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> l = new ArrayList<>();
        array.forEach(l::add);
        return l;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new java.util.LinkedHashSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    private static boolean near(int a, int b) {
        return Math.abs(a - b) <= SLACK;
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("start").asInt() < b.path("end").asInt() && b.path("start").asInt() < a.path("end").asInt();
    }

    private static double jaccard(JsonNode a, JsonNode b) {
        int s1 = a.path("start").asInt();
        int e1 = a.path("end").asInt();
        int s2 = b.path("start").asInt();
        int e2 = b.path("end").asInt();
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        int union = Math.max(e1, e2) - Math.min(s1, s2);
        return union == 0 ? 0 : (double) inter / union;
    }
}
