package io.mixdoc.facts.internal;

import java.util.HashSet;
import java.util.Locale;
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
    /** A capitalised name of up to three words; a sentence's leading "The" is no part of it ("The United States lost"). */
    private static final String NAME = "(?<name>(?!The )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})";
    /** A name that heads its clause: in "Carla Ruiz of Chile won", the player won, not Chile. */
    private static final String SUBJECT = "(?<!\\bof )(?<!\\bfrom )(?<!\\bfor )" + NAME;
    private static final String RESULT_VERBS = "(?:rolled past|cruised past|got past|beat|beats|defeated|defeats|edged|"
            + "routed|topped|upset|blanked|downed|outlasted|lost to|fell to)";
    /** A fixture: "Serbia takes on Japan", "Britain plays the Netherlands". */
    private static final String FIXTURE_VERBS = "(?:takes on|take on|plays|play|faces|face|meets|meet)";
    /** Adverbs and auxiliaries between a team and its result: "Argentina comfortably got past", "Colombia had lost to". */
    private static final String BETWEEN = "(?: (?:also|then|comfortably|easily|narrowly|had|has|will|would))*";
    /** What may stand between a verb and the team it takes: "beat the Netherlands", "against defending champion Croatia". */
    private static final String BEFORE_OBJECT = "(?:the |(?:defending|reigning) champions? )?";
    /** Cues that make a name a team, not a place: a result, a record, a team's game or loss. */
    private static final Pattern[] CUES = {
        Pattern.compile(SUBJECT + BETWEEN + " (?:" + RESULT_VERBS + "|won|wins|clinched|swept)\\b"),
        // a fixture's subject only before a named opponent: "Russia faces sanctions" or "Madrid plays host" is no fixture
        Pattern.compile(SUBJECT + BETWEEN + " " + FIXTURE_VERBS + " (?:the )?[A-Z][a-z]"),
        // the other side of a result or a fixture: in a report with scores, who was beaten or met is a team too
        Pattern.compile("\\b(?:" + RESULT_VERBS + "|" + FIXTURE_VERBS + "|against) " + BEFORE_OBJECT + NAME + "\\b"),
        // a rank is a team's or a player's; a place so ranked is a team ("top-ranked France", "No. 3 seed Spain")
        Pattern.compile("\\b(?:top|\\d{1,3}(?:st|nd|rd|th))-ranked " + NAME + "\\b"),
        // a round-up's all-caps subhead over the team's result: "FRANCE WINS", "ARGENTINA CRUISES", "US FALLS"
        Pattern.compile("(?m)^(?<name>[A-Z]{2,}(?: [A-Z]{2,})?) (?:WINS?|CRUISES|ROLLS|FALLS|ADVANCES|AHEAD|ROUTS|EDGES)\\b"),
        Pattern.compile(NAME + " \\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?[,)]"),
        Pattern.compile(NAME + "['’]s (?:game|loss|win|victory|defense|offense|quarterback|goalie|coach|lineup|roster)\\b"),
        Pattern.compile("\\b(?:loss|win|victory|defeat) (?:at|over|against|to|for) " + NAME + "\\b"),
        Pattern.compile("\\b\\d+ (?:carries|rushes|receptions|catches|yards|points|rebounds|assists|saves) for " + NAME + "\\b"),
    };

    /**
     * A place right before a player's position and the player's name ("Pittsburgh center Maurkice Pouncey", "Cleveland
     * DL Larry Ogunjobi", "Barcelona soccer player Gerard Pique"): a team in any text, scores or not; no town has a
     * quarterback.
     */
    private static final Pattern PLAYER_OF = Pattern.compile(NAME + " (?:quarterback|center|linebacker|DL|DE|DT|QB|RB|WR|"
            + "TE|LB|CB|cornerback|safety|running back|wide receiver|tight end|pass rusher|defensive end|defensive tackle|"
            + "offensive lineman|defenseman|goaltender|goalie|winger|pitcher|shortstop|catcher|outfielder|point guard|"
            + "shooting guard|power forward|striker|midfielder|goalkeeper|"
            + "(?:soccer|football|rugby|hockey|basketball|baseball|cricket) player) [A-Z][a-z]");

    /** The ways a report writes the one country most often shortened. */
    private static final Set<String> UNITED_STATES = Set.of("united states", "us", "u.s.", "usa", "u.s.a.");

    private SportsTeams() {
    }

    /**
     * Whether {@code surface} is one of {@code teams}, in any case: a report's all-caps subhead ("FRANCE WINS") names
     * the team its text does.
     */
    public static boolean isTeam(Set<String> teams, String surface) {
        return teams.contains(surface.toLowerCase(Locale.ROOT));
    }

    /** Whether the text gives at least two scores or records: a sports report, where places may be teams. */
    public static boolean reportsScores(String text) {
        int scores = 0;
        for (Matcher m = SCORE.matcher(text); m.find() && scores < 2; ) {
            scores++;
        }
        return scores >= 2;
    }

    /** The names the text uses as teams, in lower case, or none when it is no sports report. */
    public static Set<String> in(String text) {
        Set<String> out = new HashSet<>();
        for (Matcher m = PLAYER_OF.matcher(text); m.find(); ) {
            out.add(m.group("name").toLowerCase(Locale.ROOT));
        }
        if (!reportsScores(text)) {
            return out;
        }
        for (Pattern p : CUES) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                out.add(m.group("name").toLowerCase(Locale.ROOT));
            }
        }
        if (out.stream().anyMatch(UNITED_STATES::contains)) {
            out.addAll(UNITED_STATES); // "The United States lost to Canada … The U.S. had won": one team, however written
        }
        return out;
    }
}
