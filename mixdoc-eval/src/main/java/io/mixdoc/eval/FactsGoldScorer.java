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
 * Scores an analysed document's facts layers (read through {@link PredictedFacts}) against facts gold files exactly by the rules of
 * {@code ../shared/eval/facts-gold-format.md}: entity mentions by equal span and type; cross-language
 * links over gold entities named in both Han and Latin script; quantities and dates one-to-one by overlap
 * and equal value; datelines by overlap; bylines by equal author sets; publication dates by equal value;
 * turns by overlap with the gold label and the same role. Counts add up over documents ({@link #add}).
 * Both sides use code-point offsets.
 */
public final class FactsGoldScorer {
    /** Relative tolerance for equal quantities. */
    private static final double EPSILON = 1e-6;

    int documents;
    int mentionsGold;
    int mentionsPredicted;
    int mentionsRight;
    int linksGold;
    int linksRight;
    int quantitiesGold;
    int quantitiesPredicted;
    int quantitiesRight;
    int datesGold;
    int datesPredicted;
    int datesRight;
    int datelinesGold;
    int datelinesFound;
    int datelinesExtra;
    int bylinesGold;
    int bylinesRight;
    int bylinesExtra;
    int publicationDatesGold;
    int publicationDatesRight;
    int turnsGold;
    int turnsPredicted;
    int turnsRight;
    private final List<String> misses = new ArrayList<>();

    /** Adds one document: its gold file and the same text as mixdoc analysed it (its facts layers are scored). */
    public void add(String name, JsonNode gold, Document analysed) {
        PredictedFacts p = PredictedFacts.of(analysed);
        documents++;
        entities(name, gold, p.entities);
        quantities(name, gold.path("quantities"), p.quantities);
        dates(name, gold.path("dates"), p.dates);
        structure(name, gold.path("structure"), p);
    }

    private void entities(String name, JsonNode gold, List<PredictedFacts.Entity> result) {
        Set<String> goldMentions = new HashSet<>();
        for (JsonNode e : gold.path("entities")) {
            for (JsonNode m : e.path("mentions")) {
                goldMentions.add(key(m.path("start").asInt(), m.path("end").asInt(), e.path("type").asText(), m.path(m.has("surface") ? "surface" : "text").asText()));
            }
        }
        Set<String> predicted = new HashSet<>();
        for (PredictedFacts.Entity e : result) {
            for (PredictedFacts.At m : e.mentions()) {
                predicted.add(key(m.start(), m.end(), formatType(e.type()), m.text()));
            }
        }
        mentionsGold += goldMentions.size();
        mentionsPredicted += predicted.size();
        for (String p : predicted) {
            if (goldMentions.contains(p)) {
                mentionsRight++;
            }
        }
        for (String g : goldMentions) {
            if (!predicted.contains(g) && misses.size() < 2000) {
                misses.add(name + " mention " + g);
            }
        }
        for (String p : predicted) {
            if (!goldMentions.contains(p) && misses.size() < 2000) {
                misses.add(name + " extra mention " + p);
            }
        }
        for (JsonNode e : gold.path("entities")) {
            List<JsonNode> han = new ArrayList<>();
            List<JsonNode> latin = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                String s = m.path("surface").asText();
                if (s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    han.add(m);
                } else if (s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                    latin.add(m);
                }
            }
            if (han.isEmpty() || latin.isEmpty()) {
                continue;
            }
            linksGold++;
            boolean linked = false;
            for (PredictedFacts.Entity p : result) {
                boolean h = false;
                boolean l = false;
                for (PredictedFacts.At pm : p.mentions()) {
                    h |= han.stream().anyMatch(g -> overlap(g, pm));
                    l |= latin.stream().anyMatch(g -> overlap(g, pm));
                }
                linked |= h && l;
            }
            linksRight += linked ? 1 : 0;
            if (!linked) {
                misses.add(name + " link " + e.path("names"));
            }
        }
    }

    /** The format's types: facilities are places ("countries, cities, regions, facilities"). */
    static String formatType(String mixdocType) {
        return mixdocType.equals("FACILITY") ? "PLACE" : mixdocType;
    }

    private static String key(int start, int end, String type, String surface) {
        return start + "-" + end + " " + type + " " + surface;
    }

    private void quantities(String name, JsonNode gold, List<PredictedFacts.Number> predicted) {
        quantitiesGold += gold.size();
        quantitiesPredicted += predicted.size();
        Set<PredictedFacts.Number> used = new HashSet<>();
        for (JsonNode g : gold) {
            PredictedFacts.Number match = null;
            for (PredictedFacts.Number p : predicted) {
                if (!used.contains(p) && overlap(g, p.at()) && sameNumber(g.path("value").asDouble(), p.value().doubleValue())) {
                    match = p;
                    break;
                }
            }
            if (match != null) {
                used.add(match);
                quantitiesRight++;
            } else {
                misses.add(name + " quantity " + g.path("surface").asText() + " = " + g.path("value").asText() + " " + g.path("unit").asText());
            }
        }
        for (PredictedFacts.Number p : predicted) {
            if (!used.contains(p)) {
                misses.add(name + " extra quantity " + p.at().text() + " = " + p.value().stripTrailingZeros().toPlainString());
            }
        }
    }

    static boolean sameNumber(double a, double b) {
        return Math.abs(a - b) <= EPSILON * Math.max(Math.abs(a), Math.abs(b));
    }

    private void dates(String name, JsonNode gold, List<PredictedFacts.Date> predicted) {
        datesGold += gold.size();
        datesPredicted += predicted.size();
        Set<PredictedFacts.Date> used = new HashSet<>();
        for (JsonNode g : gold) {
            PredictedFacts.Date match = null;
            for (PredictedFacts.Date p : predicted) {
                if (!used.contains(p) && overlap(g, p.at()) && sameDate(g.path("value").asText(), p.value())) {
                    match = p;
                    break;
                }
            }
            if (match != null) {
                used.add(match);
                datesRight++;
            } else {
                misses.add(name + " date " + g.path("surface").asText() + " = " + g.path("value").asText());
            }
        }
        for (PredictedFacts.Date p : predicted) {
            if (!used.contains(p)) {
                misses.add(name + " extra date " + p.at().text() + " = " + p.value());
            }
        }
    }

    /** Equal values; a year-less prediction ({@code --10-17}) equals a gold date on that day. */
    static boolean sameDate(String gold, String predicted) {
        if (gold.equals(predicted)) {
            return true;
        }
        return predicted.startsWith("--") && gold.length() == 10 && gold.substring(4).equals(predicted.substring(1));
    }

    private void structure(String name, JsonNode gs, PredictedFacts p) {
        JsonNode gd = gs.path("dateline");
        if (gd.isObject()) {
            datelinesGold++;
            if (p.dateline != null && overlap(gd, p.dateline.at())) {
                datelinesFound++;
            } else {
                misses.add(name + " dateline " + gd.path("surface").asText());
            }
        } else if (p.dateline != null) {
            datelinesExtra++;
            misses.add(name + " extra dateline " + p.dateline.at().text());
        }
        JsonNode gb = gs.path("byline");
        if (gb.isObject()) {
            bylinesGold++;
            Set<String> want = names(gb.path("authors"));
            Set<String> got = p.byline != null ? names(p.byline.span().names()) : Set.of();
            if (want.equals(got)) {
                bylinesRight++;
            } else {
                misses.add(name + " byline " + want + " got " + got);
            }
        } else if (p.byline != null) {
            bylinesExtra++;
            misses.add(name + " extra byline " + names(p.byline.span().names()));
        }
        String pub = gs.path("publication_date").path("value").asText("");
        if (!pub.isEmpty()) {
            publicationDatesGold++;
            String got = p.publicationDate == null ? "" : p.publicationDate.attribute("value");
            if (pub.equals(got)) {
                publicationDatesRight++;
            } else {
                misses.add(name + " publication date " + pub + " got " + (got.isEmpty() ? "none" : got));
            }
        }
        turnsGold += gs.path("turns").size();
        turnsPredicted += p.turns.size();
        Set<PredictedFacts.Part> used = new HashSet<>();
        for (JsonNode g : gs.path("turns")) {
            PredictedFacts.Part match = null;
            for (PredictedFacts.Part t : p.turns) {
                if (!used.contains(t) && overlap(g, t.at()) && g.path("role").asText().equals(t.attribute("role"))) {
                    match = t;
                    break;
                }
            }
            if (match != null) {
                used.add(match);
                turnsRight++;
            } else {
                misses.add(name + " turn " + g.path("surface").asText() + " at " + g.path("start").asInt());
            }
        }
    }

    private static Set<String> names(List<String> names) {
        Set<String> s = new LinkedHashSet<>();
        names.forEach(n -> s.add(n.strip()));
        return s;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> s = new LinkedHashSet<>();
        array.forEach(n -> s.add(n.asText().strip()));
        return s;
    }

    private static boolean overlap(JsonNode gold, PredictedFacts.At p) {
        return gold.path("start").asInt() < p.end() && p.start() < gold.path("end").asInt();
    }

    // ---- figures --------------------------------------------------------------------------------

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int documents() {
        return documents;
    }

    public double mentionPrecision() {
        return ratio(mentionsRight, mentionsPredicted);
    }

    public double mentionRecall() {
        return ratio(mentionsRight, mentionsGold);
    }

    public double mentionF1() {
        return f1(mentionPrecision(), mentionRecall());
    }

    public double links() {
        return ratio(linksRight, linksGold);
    }

    public double quantityF1() {
        return f1(ratio(quantitiesRight, quantitiesPredicted), ratio(quantitiesRight, quantitiesGold));
    }

    public double dateF1() {
        return f1(ratio(datesRight, datesPredicted), ratio(datesRight, datesGold));
    }

    public int datelinesMissed() {
        return datelinesGold - datelinesFound;
    }

    public int bylinesMissed() {
        return bylinesGold - bylinesRight;
    }

    public double publicationDates() {
        return ratio(publicationDatesRight, publicationDatesGold);
    }

    public double turnPrecision() {
        return ratio(turnsRight, turnsPredicted);
    }

    public double turnRecall() {
        return ratio(turnsRight, turnsGold);
    }

    /** Every miss and false alarm, one per line, for working on the causes. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** The figures as JSON (for {@code mixdoc eval --json}). */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        var o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        o.put("documents", documents);
        o.putObject("entity_mentions").put("precision", mentionPrecision()).put("recall", mentionRecall()).put("f1", mentionF1())
                .put("right", mentionsRight).put("predicted", mentionsPredicted).put("gold", mentionsGold);
        o.putObject("links").put("share", links()).put("right", linksRight).put("gold", linksGold);
        o.putObject("quantities").put("f1", quantityF1()).put("right", quantitiesRight).put("predicted", quantitiesPredicted).put("gold", quantitiesGold);
        o.putObject("dates").put("f1", dateF1()).put("right", datesRight).put("predicted", datesPredicted).put("gold", datesGold);
        o.putObject("datelines").put("found", datelinesFound).put("gold", datelinesGold).put("extra", datelinesExtra);
        o.putObject("bylines").put("right", bylinesRight).put("gold", bylinesGold).put("extra", bylinesExtra);
        o.putObject("publication_dates").put("right", publicationDatesRight).put("gold", publicationDatesGold);
        o.putObject("turns").put("precision", turnPrecision()).put("recall", turnRecall()).put("right", turnsRight)
                .put("predicted", turnsPredicted).put("gold", turnsGold);
        return o;
    }

    /** The figures as a small table. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "facts on %d gold documents%n", documents));
        b.append(String.format(Locale.ROOT, "  entity mentions   P %.3f  R %.3f  F1 %.3f  (%d right, %d predicted, %d gold)%n",
                mentionPrecision(), mentionRecall(), mentionF1(), mentionsRight, mentionsPredicted, mentionsGold));
        b.append(String.format(Locale.ROOT, "  cross-language    %.3f  (%d of %d entities named in both scripts)%n", links(), linksRight, linksGold));
        b.append(String.format(Locale.ROOT, "  quantities        P %.3f  R %.3f  F1 %.3f  (%d right, %d predicted, %d gold)%n",
                ratio(quantitiesRight, quantitiesPredicted), ratio(quantitiesRight, quantitiesGold), quantityF1(),
                quantitiesRight, quantitiesPredicted, quantitiesGold));
        b.append(String.format(Locale.ROOT, "  dates             P %.3f  R %.3f  F1 %.3f  (%d right, %d predicted, %d gold)%n",
                ratio(datesRight, datesPredicted), ratio(datesRight, datesGold), dateF1(), datesRight, datesPredicted, datesGold));
        b.append(String.format(Locale.ROOT, "  datelines         %d of %d found, %d where the gold has none%n", datelinesFound, datelinesGold, datelinesExtra));
        b.append(String.format(Locale.ROOT, "  bylines           %d of %d right, %d where the gold has none%n", bylinesRight, bylinesGold, bylinesExtra));
        b.append(String.format(Locale.ROOT, "  publication date  %d of %d right%n", publicationDatesRight, publicationDatesGold));
        b.append(String.format(Locale.ROOT, "  turns             P %.3f  R %.3f  (%d right, %d predicted, %d gold)%n",
                turnPrecision(), turnRecall(), turnsRight, turnsPredicted, turnsGold));
        return b.toString();
    }
}
