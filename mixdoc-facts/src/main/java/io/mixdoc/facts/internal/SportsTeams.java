package io.mixdoc.facts.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places that a sports report uses as team names: "Eastern Michigan rolled past Northern Illinois, 45-17",
 * "the loss at Minnesota". The gold counts a team named after its town, state or school as an ORG, like its
 * nickname ("The Eagles"); the gazetteer only knows the place. A name is a team wherever the text writes it
 * once a team cue types it, and only in a text with at least two scores, so a city in other news stays a place; a
 * place before a player's position and name is a team in any text.
 */
public final class SportsTeams {
    /** A final score or a win-loss record: "45-17", "(6-5, 3-4)". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,/-])\\d{1,3}-\\d{1,3}(?![\\d.,/-]*\\d)");
    private static final String NAME = "(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})";
    private static final String RESULT_VERBS = "(?:rolled past|cruised past|beat|beats|defeated|defeats|edged|routed|"
            + "topped|upset|blanked|downed|outlasted|lost to|fell to)";
    /** Cues that make a name a team, not a place: a result, a record, a team's game or loss. */
    private static final Pattern[] CUES = {
        Pattern.compile(NAME + " " + RESULT_VERBS + "\\b"),
        Pattern.compile("\\b" + RESULT_VERBS + " " + NAME + ",? \\d{1,3}-\\d{1,3}"),
        Pattern.compile(NAME + " \\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?[,)]"),
        Pattern.compile(NAME + "['’]s (?:game|loss|win|victory|defense|offense|quarterback|goalie|coach|lineup|roster)\\b"),
        Pattern.compile("\\b(?:loss|win|victory) (?:at|over|against|to) " + NAME + "\\b"),
        Pattern.compile("\\b\\d+ (?:carries|rushes|receptions|catches|yards|points|rebounds|assists|saves) for " + NAME + "\\b"),
    };

    /**
     * A place right before a player's position and the player's name ("Pittsburgh center Maurkice Pouncey", "Cleveland
     * DL Larry Ogunjobi"): a team in any text, scores or not; no town has a quarterback.
     */
    private static final Pattern PLAYER_OF = Pattern.compile(NAME + " (?:quarterback|center|linebacker|DL|DE|DT|QB|RB|WR|"
            + "TE|LB|CB|cornerback|safety|running back|wide receiver|tight end|pass rusher|defensive end|defensive tackle|"
            + "offensive lineman|defenseman|goaltender|goalie|winger|pitcher|shortstop|catcher|outfielder|point guard|"
            + "shooting guard|power forward|striker|midfielder|goalkeeper) [A-Z][a-z]");

    private SportsTeams() {
    }

    /** The names the text uses as teams, or none when it is no sports report. */
    public static Set<String> in(String text) {
        Set<String> out = new HashSet<>();
        for (Matcher m = PLAYER_OF.matcher(text); m.find(); ) {
            out.add(m.group("name"));
        }
        int scores = 0;
        for (Matcher m = SCORE.matcher(text); m.find() && scores < 2; ) {
            scores++;
        }
        if (scores < 2) {
            return out;
        }
        for (Pattern p : CUES) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                out.add(m.group("name"));
            }
        }
        return out;
    }
}
