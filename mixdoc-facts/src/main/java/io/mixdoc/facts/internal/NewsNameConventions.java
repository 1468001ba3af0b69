package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that English news typing conventions mark, where the capitalised-run reading misses them: a US state written
 * the AP way after a party letter or a city ({@code Rep. Ilhan Omar (D-Minn.)}, {@code Addison, N.Y.}), a firm named by
 * two words joined with {@code &} ({@code Ernst & Young}), a political party written with a lower-case {@code party}
 * ({@code the Communist party}, the Guardian's style) and a place's office written in lower case ({@code the U.S.
 * attorney's office}).
 */
public final class NewsNameConventions {
    /** The AP stylebook's state abbreviations (the eight states it never abbreviates are written in full). */
    private static final String AP_STATES = "(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
            + "Mont|Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Vt|Va|Wash|W\\.Va|Wis|Wyo)\\.";
    /**
     * "(D-Minn.)", ", R-Texas,", "Addison, N.Y.": a state after a party's letter, or an abbreviated one after a city and a
     * comma. The city before the comma ({@link #CITY_BEFORE}) is checked apart: as a look-behind, its unbounded
     * {@code [a-z]+} made the matcher try every earlier start at every offset, quadratic in the text.
     */
    private static final Pattern STATE = Pattern.compile("(?:(?<=\\b[DRI]-)(?<party>" + AP_STATES + "|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
            + "|(?<=[a-z], )(?<city>" + AP_STATES + "))(?![\\w-])");
    /** The city and comma right before a {@code city} state of {@link #STATE}. */
    private static final Pattern CITY_BEFORE = Pattern.compile("\\b[A-Z][a-z]+, ");
    /**
     * "awards from Frost & Sullivan", "a deal with Procter & Gamble": two capitalised words joined by an ampersand in running
     * prose (a lower-case word or a comma before), no longer title around them; a heading or a label ("Testing & Feedback",
     * "`Icons & Fonts`:", "Debian & Ubuntu:" opening a line) names a topic.
     */
    private static final Pattern AMPERSAND_FIRM = Pattern.compile("(?<=[a-z,] )(?<a>[A-Z][a-z]+) & (?<b>[A-Z][a-z]+)(?![\\w’'&-]| [A-Z&])");
    /** Words a political party is named by. */
    private static final String PARTY_WORDS = "(?:Communist|Labour|Labor|Conservative|Liberal|Democratic|Republican|Socialist|"
            + "Progressive|Green|Nationalist|Unionist|Reform|Independence|Freedom|Workers|Populist|Christian|Social)";
    /** "the Communist party", "the Democratic Progressive party": a party named with a lower-case "party". */
    private static final Pattern LOWER_CASE_PARTY = Pattern.compile("(?<![\\w’'-])(?<name>(?:(?!The |A )[A-Z][a-z]+ ){0,2}" + PARTY_WORDS + " party)\\b");

    /**
     * "the U.S. attorney's office", "the Lake County sheriff’s office": a place, then an office-holder's office written in
     * lower case, as AP style writes it, is that office (the capitalised "Sheriff’s Office" is read as a run of names).
     */
    private static final Pattern OFFICE_OF_A_PLACE = Pattern.compile("(?<![\\w.’'-])(?<place>U\\.S\\.|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) "
            + "(?:(?:district|county|state|city) )?(?:attorney general|attorney|sheriff|prosecutor|coroner|medical examiner|marshal)"
            + "['’]s (?:office|department)\\b");

    private NewsNameConventions() {
    }

    /** Each match of {@link #STATE} in {@code text}, in order, as {@code find()} gave them with the city in a look-behind. */
    static void statesNamed(String text, Consumer<Matcher> each) {
        Matcher m = STATE.matcher(text);
        // find(from) searches the whole text from an offset, as find() goes on after the last (never empty) match
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (m.group("city") != null && !cityBefore(text, m.start())) {
                from = m.start() + 1; // no match at this offset: the search goes on from the next
                continue;
            }
            from = m.end();
            each.accept(m);
        }
    }

    /**
     * Whether {@link #CITY_BEFORE} ends right at {@code offset}, as the look-behind {@code (?<=\b[A-Z][a-z]+, )} asked: its
     * letters can only start where the run of lower-case letters before the comma starts, one capital before it.
     */
    static boolean cityBefore(String text, int offset) {
        int letters = offset - 2;
        while (letters > 0 && text.charAt(letters - 1) >= 'a' && text.charAt(letters - 1) <= 'z') {
            letters--;
        }
        int capital = letters - 1;
        return capital >= 0 && capital < offset - 3
                && CITY_BEFORE.matcher(text).region(capital, offset).useTransparentBounds(true).matches();
    }

    /** The candidates these conventions give in {@code text}. */
    public static List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        statesNamed(text, m -> {
            String group = m.group("party") != null ? "party" : "city";
            String state = m.group(group);
            // a state in full after a party's letter must be one ("R-Texas"); an AP abbreviation is one by its form
            if (state.endsWith(".") || Gazetteer.get().en(state).filter(e -> e.type() == EntityType.PLACE).isPresent()) {
                out.add(new Candidate(m.start(group), m.end(group), EntityType.PLACE, "en:us-state", 3));
            }
        });
        for (Matcher m = AMPERSAND_FIRM.matcher(text); m.find(); ) {
            // "Research & Development", "Bike & Style": two frequent words name a field or a title, no firm
            boolean names = !EnglishNames.isCommonWord(m.group("a")) || !EnglishNames.isCommonWord(m.group("b"));
            if (names && !EnglishNames.titleCaseLine(text, m.start())) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:ampersand", 3));
            }
        }
        for (Matcher m = OFFICE_OF_A_PLACE.matcher(text); m.find(); ) {
            String place = m.group("place");
            if (Gazetteer.get().en(place).filter(e -> e.type() == EntityType.PLACE).isPresent() || place.matches(".* (?:County|Parish)")) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:office-of-place", 3));
            }
        }
        for (Matcher m = LOWER_CASE_PARTY.matcher(text); m.find(); ) {
            out.add(new Candidate(m.start("name"), m.end("name"), EntityType.ORG, "en:party", 3));
        }
        return out;
    }
}
