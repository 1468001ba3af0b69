package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies whose shape alone does not say they are names (issue 15, s18b-names): a brand written in lower case
 * with a digit inside ({@code my6sense}-like), and a store's possessive name as one item of a list of companies
 * ({@code Ford, Macy’s, Kellogg’s, NBC}).
 */
final class UncuedCompanies {
    private UncuedCompanies() {
    }

    /**
     * A lower-case word with a digit between two runs of at least two letters: a brand's spelling. Runs of one letter
     * ({@code i18n}, {@code k8s}) are abbreviations, and a digit at an end ({@code mp3}, {@code utf8}) a format or version.
     */
    private static final String DIGIT_BRAND = "[a-z]{2,}[0-9]+[a-z]{2,}";
    /** How a text names the company itself: a press release's closing heading, "About X", its paragraph opening with X. */
    private static final Pattern ABOUT_HEADING = Pattern.compile("(?m)^About (?<name>" + DIGIT_BRAND + ")\\s*\\n\\k<name>\\b");
    /** ... or a head of the company: "CEO and founder of X", "co-founder of X". */
    private static final Pattern HEAD_OF = Pattern.compile("\\b(?:founder|co-founder|cofounder|CEO|chief executive|president) "
            + "(?:of|at) (?<name>" + DIGIT_BRAND + ")(?![\\w./@-])");

    /**
     * A digit-brand the text names as a company (an "About X" heading over a paragraph opening with X, or a head "of X")
     * is one wherever it stands alone: not inside an address, a handle, a path or a longer word.
     */
    static List<Candidate> digitBrands(String text) {
        Set<String> brands = new TreeSet<>();
        for (Pattern p : new Pattern[] {ABOUT_HEADING, HEAD_OF}) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                brands.add(m.group("name"));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String b : brands) {
            for (Matcher m = Pattern.compile("(?<![\\w./@#:-])" + b + "(?![\\w@-]|\\.\\w|/)").matcher(text); m.find(); ) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:digit-brand", 3));
            }
        }
        return out;
    }

    /** A capitalised word with a possessive, standing as a whole item of a comma list: "…, Macy’s, …". */
    private static final Pattern POSSESSIVE_ITEM = Pattern.compile("(?<=, )[A-Z][a-z]+['’]s(?=, | and | or )");

    /**
     * "Ford, Macy’s, Kellogg’s, NBC and others": a possessive name standing as an item of a list whose items on both
     * sides are organisations already found is a company (a store or brand named after its founder), its possessive
     * part of the name. A list of people or places ("Tom, Anna’s, …") has no organisation beside it.
     */
    static List<Candidate> possessiveBrandsInLists(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Matcher m = POSSESSIVE_ITEM.matcher(text); m.find(); ) {
            if (listedOrganisation(text, found, m.start(), true) && listedOrganisation(text, found, m.end(), false)) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:listed-possessive", 3));
            }
        }
        return out;
    }

    /**
     * Whether the list item right before {@code at} (after: right after it) is an organisation found or another
     * possessive item, which is checked in turn: "Ford, Macy’s, Kellogg’s, NBC" has organisations at both ends.
     */
    private static boolean listedOrganisation(String text, List<Candidate> found, int at, boolean before) {
        Matcher sep = (before ? Pattern.compile("(?:, )$") : Pattern.compile("^(?:, | and | or )"))
                .matcher(text.substring(Math.max(0, before ? at - 2 : at), Math.min(text.length(), before ? at : at + 5)));
        if (!sep.find()) {
            return false;
        }
        int edge = before ? at - 2 : at + sep.end();
        for (Candidate c : found) {
            if (c.type() == EntityType.ORG && (before ? c.end() == edge : c.start() == edge)) {
                return true;
            }
        }
        Matcher item = POSSESSIVE_ITEM.matcher(text).useTransparentBounds(true);
        if (before) {
            Matcher prev = Pattern.compile("[A-Z][a-z]+['’]s$").matcher(text.substring(Math.max(0, edge - 40), edge));
            return prev.find() && listedOrganisation(text, found, edge - prev.group().length(), true);
        }
        return item.region(edge, text.length()).lookingAt() && listedOrganisation(text, found, item.end(), false);
    }
}
