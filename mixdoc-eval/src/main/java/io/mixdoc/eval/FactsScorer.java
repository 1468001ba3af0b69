package io.mixdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores an analysed document's facts layers (read through {@link PredictedFacts}, never through the
 * result JSON) against a gold file's {@code structure}, {@code quantities}, {@code dates} and
 * {@code entities} fields. Offsets are compared in code points, the gold's convention. Gold fields that
 * are absent are scored as 0 of 0. Used by the seed test and by {@code mixdoc eval}.
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

    /** Scores the facts layers of {@code analysed} (the gold file's text as mixdoc analysed it) against {@code gold}. */
    public static Report score(JsonNode gold, Document analysed) {
        PredictedFacts p = PredictedFacts.of(analysed);
        List<String> misses = new ArrayList<>();
        JsonNode gs = gold.path("structure");

        // turns
        int turnsRight = 0;
        Set<PredictedFacts.Part> usedTurns = new HashSet<>();
        for (JsonNode gt : gs.path("turns")) {
            PredictedFacts.Part match = null;
            for (PredictedFacts.Part pt : p.turns) {
                if (!usedTurns.contains(pt) && near(gt.path("start").asInt(), pt.at().start())
                        && gt.path("role").asText().equals(pt.attribute("role"))) {
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
        int turnsExtra = p.turns.size() - usedTurns.size();

        boolean dateline = false;
        JsonNode gd = gs.path("dateline");
        PredictedFacts.Part pd = p.dateline;
        if (!gd.isMissingNode() && pd != null) {
            dateline = overlap(gd, pd.at()) && gd.path("agency").asText().equals(pd.attribute("agency"))
                    && gd.path("place").asText().equals(pd.attribute("place"))
                    && gd.path("month").asInt() == number(pd.attribute("month")) && gd.path("day").asInt() == number(pd.attribute("day"));
        }
        if (!dateline && !gd.isMissingNode()) {
            misses.add("dateline " + gd.path("surface").asText());
        }
        boolean byline = false;
        if (gs.path("byline").isObject() && p.byline != null) {
            byline = strings(gs.path("byline").path("authors")).equals(new LinkedHashSet<>(p.byline.span().names()));
        }
        if (!byline && gs.path("byline").isObject()) {
            misses.add("byline " + gs.path("byline").path("surface").asText());
        }
        int captions = 0;
        int captionsGold = 0;
        for (JsonNode gc : gs.path("captions")) {
            captionsGold++;
            boolean found = false;
            for (PredictedFacts.Part pc : p.captions) {
                found |= jaccard(gc, pc.at()) >= 0.8;
            }
            if (found) {
                captions++;
            } else {
                misses.add("caption at " + gc.path("start").asInt());
            }
        }
        boolean endMark = gs.path("end_mark").isObject() && p.endMark != null
                && near(gs.path("end_mark").path("start").asInt(), p.endMark.at().start())
                && near(gs.path("end_mark").path("end").asInt(), p.endMark.at().end());
        boolean boilerplate = false;
        if (gs.path("boilerplate_from").isObject()) {
            for (PredictedFacts.Part pb : p.boilerplate) {
                boilerplate |= near(gs.path("boilerplate_from").path("start").asInt(), pb.at().start());
            }
        }
        String pubGold = gs.path("publication_date").path("value").asText("");
        String pubPredicted = p.publicationDate == null ? "" : p.publicationDate.attribute("value");
        boolean pubRight = !pubGold.isEmpty() && pubGold.equals(pubPredicted);

        // quantities
        int qRight = 0;
        int qUnits = 0;
        for (JsonNode gq : gold.path("quantities")) {
            boolean right = false;
            boolean unit = false;
            for (PredictedFacts.Number pq : p.quantities) {
                if (overlap(gq, pq.at()) && gq.path("value").decimalValue().compareTo(pq.value()) == 0) {
                    right = true;
                    unit |= unit(gq).equals(pq.unit());
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
            for (PredictedFacts.Date d : p.dates) {
                right |= overlap(gdate, d.at()) && gdate.path("value").asText().equals(d.value());
            }
            dRight += right ? 1 : 0;
            if (!right) {
                misses.add("date " + gdate.path("surface").asText() + " = " + gdate.path("value").asText());
            }
        }
        // entities
        List<PredictedFacts.Entity> predicted = p.entities;
        List<Set<String>> predictedNames = new ArrayList<>();
        for (PredictedFacts.Entity e : predicted) {
            Set<String> names = new HashSet<>(e.zh());
            e.en().forEach(n -> names.add(key(n)));
            e.mentions().forEach(m -> names.add(key(m.text())));
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
                    isTyped |= ge.path("type").asText().equals(predicted.get(i).type());
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
                p.quantities.size(), dRight, gold.path("dates").size(), p.dates.size(),
                found, typed, goldCount, links, linksGold, predicted.size(), overMerged, List.copyOf(misses));
    }

    /** A gold quantity's unit; none (absent or null) is the empty unit, as a {@link io.mixdoc.facts.Quantity} has. */
    private static String unit(JsonNode goldQuantity) {
        JsonNode u = goldQuantity.path("unit");
        return u.isTextual() ? u.asText() : "";
    }

    /** A numeric attribute (a dateline's month, day); none is 0, as in the gold. */
    private static int number(String attribute) {
        return attribute.isEmpty() ? 0 : Integer.parseInt(attribute);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new java.util.LinkedHashSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    private static boolean near(int a, int b) {
        return Math.abs(a - b) <= SLACK;
    }

    private static boolean overlap(JsonNode gold, PredictedFacts.At p) {
        return gold.path("start").asInt() < p.end() && p.start() < gold.path("end").asInt();
    }

    private static double jaccard(JsonNode gold, PredictedFacts.At p) {
        int s1 = gold.path("start").asInt();
        int e1 = gold.path("end").asInt();
        int s2 = p.start();
        int e2 = p.end();
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        int union = Math.max(e1, e2) - Math.min(s1, s2);
        return union == 0 ? 0 : (double) inter / union;
    }
}
