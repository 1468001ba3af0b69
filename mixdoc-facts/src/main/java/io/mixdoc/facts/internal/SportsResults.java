package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Players named by their result in a report with scores: "Vasek Pospisil edged Reilly Opelka 7-6 (5)", "Kukushkin had
 * beaten Botic van de Zanschulp 6-2", "behind Nick Kyrgios’ 6-4, 6-4 win". Who beats someone by a score is a player or
 * a team; teams are told apart by their shape: a name whose words the gazetteer knows as places ("Real Madrid"), or
 * whose words are everyday English ("Golden State", "Aston Villa"), is no person here. Foreign first names that no
 * list of given names holds ("Yoshihito", "Jo-Wilfried") are found this way.
 */
public final class SportsResults {
    /** A first name (hyphenated or not), an optional surname particle, then one or two capitalised words. */
    private static final String PLAYER = "(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:van de |van der |van |von |de |da |di |du |le |la )?"
            + "[A-Z][a-zA-Z’'-]*[a-z]){1,2}";
    /** One player, or two of a doubles pair: "Robin Haase and Jean-Julien Rojer". */
    private static final String SIDE = "(?<![A-Za-z’'-])(?<%1$s>" + PLAYER + ")(?: and (?<%1$s2>" + PLAYER + "))?";
    private static final String VERBS = "(?:beat|beats|beating|beaten|defeated|defeats|defeating|edged|edging|"
            + "cruised past|topped|topping|outlasted|upset|downed|rallied to beat)";
    private static final String SET_SCORE = "\\d{1,2}-\\d{1,2}\\b";
    /**
     * Both sides of a scored result, a lone surname on either side allowed: "Vasek Pospisil edged Reilly Opelka 7-6",
     * "Kukushkin had beaten Botic van de Zanschulp 6-2", "Jo-Wilfried Tsonga cruised past Uchiyama 6-2".
     */
    private static final Pattern RESULT = Pattern.compile("(?:" + String.format(SIDE, "a") + "|\\b[A-Z][a-z]+)"
            + "(?: (?:had|has|then|also))? " + VERBS + " (?:" + String.format(SIDE, "b") + "|[A-Z][a-z]+),? " + SET_SCORE);
    /** "Nick Kyrgios’ 6-4, 6-4 win", "Alex de Minaur’s 6-4 victory": a possessive before a score. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![A-Za-z’'-])(?<a>" + PLAYER + ")['’]s? " + SET_SCORE);

    private SportsResults() {
    }

    /** The players of the text's results, or none when it reports no scores. */
    public static List<Candidate> players(String text) {
        List<Candidate> out = new ArrayList<>();
        if (!SportsTeams.reportsScores(text)) {
            return out;
        }
        for (Matcher m = RESULT.matcher(text); m.find(); ) {
            for (String g : new String[] {"a", "a2", "b", "b2"}) {
                add(text, m, g, out);
            }
        }
        for (Matcher m = POSSESSIVE.matcher(text); m.find(); ) {
            add(text, m, "a", out);
        }
        return out;
    }

    private static void add(String text, Matcher m, String group, List<Candidate> out) {
        String name = m.group(group);
        if (name != null && playerShaped(name)) {
            out.add(new Candidate(m.start(group), m.end(group), EntityType.PERSON, "en:player-result", 2));
        }
    }

    /** No known place or organisation in it, and not a run of everyday words: a team's name fails one or the other. */
    private static boolean playerShaped(String name) {
        if (!EnglishNames.personShaped(name, true)) {
            return false;
        }
        String[] w = name.split(" ");
        String first = w[0];
        String last = w[w.length - 1];
        return GivenNames.get().contains(first) && !EnglishNames.isCommon(last)
                || !EnglishNames.isCommon(first) && !EnglishNames.isCommon(last);
    }
}
