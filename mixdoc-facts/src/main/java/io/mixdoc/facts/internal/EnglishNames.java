package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import io.mixdoc.text.EnglishLexicon;
import io.mixdoc.text.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named-entity candidates in English text: runs of capitalised words (with {@code of}, {@code in},
 * {@code for} inside organisation names), typed by the gazetteer, by head nouns ({@code Embassy},
 * {@code Railway}, {@code Summit}), by titles ({@code President}) and by the shape of romanised
 * Chinese names ({@code Liu Jiangping}, {@code Tianjin}). Offsets are UTF-16, half-open.
 */
public final class EnglishNames {
    // A name's token, not the tokenizer's word: initials with their full stops (U.S.), a possessive or an
    // elided vowel (O'Brien, Xi'an) and capitalised hyphen compounds (Rolls-Royce) stay one piece, which the
    // token layer splits into words and marks; names are matched on these, so the scan stays its own.
    /** A letter of a Latin name, accented ones too: "Ivana Jelić", "Pavle Petrović", "Zoë" (no Han, Greek or Cyrillic). */
    private static final String LATIN_LETTER = "[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:[A-Z]\\.){2,3}(?![A-Za-z])|[A-Z]" + LATIN_LETTER + "*+(?![0-9=])(?:['’][a-z]+)?(?:-[A-Z]" + LATIN_LETTER + "*(?:['’][a-z]+)?)*)|[a-z]+");
    private static final Set<String> CONNECTORS = Set.of("of", "in", "for", "on", "and", "the", "de");
    private static final Set<String> TITLES = Set.of("President", "Premier", "Ambassador", "Minister", "Mr", "Mrs", "Ms",
            "Dr", "Chairman", "Chairwoman", "Secretary", "General", "King", "Queen", "Prince", "Princess", "Senator",
            "Governor", "Mayor", "Professor", "Prof", "Chancellor", "Vice", "Prime", "Foreign", "Councillor", "Director",
            "Consul", "Envoy", "Secretary-General", "Vice-President", "Deputy", "Chief", "Spokesperson", "Spokesman", "Counselor", "Sir", "Lord", "Pope", "Sheikh", "Representative",
            "Administrator", "Commissioner", "Judge");
    /** Words that go on a title after its first word ("Chief Executive", "Chief Operating Officer", "Chief Justice"). */
    private static final Set<String> TITLE_TAILS = Set.of("Executive", "Officer", "Operating", "Financial", "Justice");
    /** Last words of a job title, never of a person's name: "Chief Strategy Officer", "Senior Data Scientist". */
    private static final Set<String> POSITION_WORDS = Set.of("Officer", "Executive", "Manager", "Editor", "Counsel", "Strategist",
            "Analyst", "Architect", "Engineer", "Scientist", "Designer", "Producer", "Adviser", "Advisor", "Evangelist", "Director",
            "President", "Officers", "Executives", "Chairman", "Chairwoman", "Correspondent", "Coordinator", "Consultant");
    /** Titles of an organisation's head that never join its name ("Association President"; unlike "Police Chief"). */
    private static final Set<String> LEADER_TITLES = Set.of("President", "Chairman", "Chairwoman", "Director", "Secretary",
            "Spokesperson", "Spokesman", "Ambassador", "Representative", "Professor", "Governor", "Minister");
    private static final Set<String> ORG_HEADS = Set.of("Service", "Organization", "Organisation", "Embassy", "Consulate",
            "Ministry", "University", "Institute", "Institutes", "Company", "Group", "Bank", "Council", "Committee", "Agency",
            "Association", "Party", "Government", "Parliament", "Assembly", "Commission", "News", "Daily", "Times",
            "Corporation", "Corp", "Inc", "Ltd", "Union", "League", "Federation", "Foundation", "Office", "Department",
            "Academy", "College", "School", "Court", "Club", "Alliance", "Centre", "Center", "Bureau", "Authority",
            "Administration", "Congress", "Senate", "Police", "Army", "Navy", "Fund", "Press", "Post", "Herald", "Network",
            "Airline", "Airlines", "Airways", "Exchange", "Motors", "Motor", "Holdings", "Partners", "Associates", "Securities",
            "Technologies", "Systems", "Pharmaceuticals", "Laboratories", "Brewery", "Studios", "Records", "Productions", "Pictures", "Society", "Journal",
            "Chronicle", "Tribune", "Gazette", "Today",
            "Resorts", "Hotels",
            // the kinds of business a company names itself by: "Disney Channel", "Vox Media", "Pixar Animation", "Fox Sports"
            "Channel", "Media", "Entertainment", "Animation", "Sports", "Labs", "Ventures",
            // "Kotak Institutional Equities", "Ceres Robotics", "Essar Steel": more kinds a company is named by
            "Equities", "Investments", "Robotics", "Aerospace", "Steel", "Industries", "Enterprises");
    /** Heads after which "and" starts another company ("Brightwater Animation and Tallis Entertainment"), not a longer name. */
    private static final Set<String> BUSINESS_KINDS = Set.of("Channel", "Media", "Entertainment", "Animation", "Sports", "Labs",
            "Ventures", "Equities", "Investments", "Robotics", "Aerospace", "Steel", "Industries", "Enterprises");
    private static final Set<String> FACILITY_HEADS = Set.of("Railway", "Railroad", "Highway", "Road", "Pipeline", "Port",
            "Airport", "Bridge", "Dam", "Station", "Tunnel", "Canal", "Corridor", "Expressway", "Park", "Plant", "Stadium",
            "Statehouse", "Capitol", "Arena", "Auditorium", "Coliseum", "Amphitheater", "Amphitheatre", "Observatory",
            "Infirmary", "Hospital");
    private static final Set<String> EVENT_HEADS = Set.of("Summit", "Forum", "Expo", "Games", "Conference", "Olympics",
            "Festival", "Exhibition", "Fair", "Congress", "Olympiad", "Cup", "War", "Dialogue", "Meeting");
    private static final Set<String> TRAILING_NOISE = Set.of("Project", "Projects", "Program", "Programme", "Reporter",
            "Reporters", "Correspondent", "Spokesperson", "Spokesman");

    private EnglishNames() {
    }

    /** Candidates in {@code text[from, to)}; nested place names inside longer names are included. */
    public static List<Candidate> find(String text, int from, int to) {
        return find(text, from, to, true, chineseText(text));
    }

    /**
     * Whether {@code text} has Chinese in it: a lone pinyin-shaped word ("Tianjin") is read as a Chinese place only
     * then; in plain English news most such words are other names ("Parise", "Alibaba", "Adele").
     */
    public static boolean chineseText(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * {@link #find(String, int, int)} in a span whose language is English ({@code english}) or another one written in
     * Latin letters: a listed first name opens a person's name only in English ("Der Patient", "Al Qur’an" elsewhere).
     * {@code chineseText} is {@link #chineseText} of the whole text, asked once per text: a document has a span per
     * language switch, and asking per span read an English text once for each.
     */
    public static List<Candidate> find(String text, int from, int to, boolean english, boolean chineseText) {
        List<Candidate> out = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new int[]{m.start(), m.end()});
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!isCapitalised(text, tokens.get(i))) {
                i++;
                continue;
            }
            // grow a run of capitalised tokens separated by single spaces, with connectors inside
            int j = i;
            while (j + 1 < tokens.size() && adjacent(text, tokens.get(j), tokens.get(j + 1)) && !possessive(text, tokens.get(j))) {
                int[] next = tokens.get(j + 1);
                if (ORG_HEADS.contains(word(text, tokens.get(j))) && LEADER_TITLES.contains(word(text, next))) {
                    break; // "Indiana State Teachers Association President Keith Gambill": the title starts its holder's name
                }
                if (middleInitial(text, tokens, j)) {
                    j += 2; // "Sonya A. Zoghlin": a given name, an initial with its full stop, a surname
                } else if (isCapitalised(text, next) && !(CALENDAR_WORDS.contains(word(text, next))
                        && !CALENDAR_WORDS.contains(word(text, tokens.get(j))))) { // "posted on Twitter Tuesday": the day is no part of a name
                    j++;
                } else if (word(text, next).equals("of") && j + 2 < tokens.size() && adjacent(text, next, tokens.get(j + 2))
                        && isCapitalised(text, tokens.get(j + 2))
                        && Gazetteer.get().en(text.substring(tokens.get(i)[0], tokens.get(j + 2)[1])).isPresent()) {
                    j += 2; // "the District of Columbia": a known name with "of" inside
                } else if (lawAfterConnector(text, tokens, j) > 0) {
                    j = lawAfterConnector(text, tokens, j); // "the Hong Kong Human Rights and Democracy Act": one law
                } else if (CONNECTORS.contains(word(text, next)) && j + 2 < tokens.size()
                        && adjacent(text, next, tokens.get(j + 2)) && isCapitalised(text, tokens.get(j + 2))
                        && !CALENDAR_WORDS.contains(word(text, tokens.get(j + 2))) // "Blossom Music Center on July 22"
                        && ORG_HEADS.contains(word(text, tokens.get(j)))
                        && !(word(text, next).equals("and") && (BUSINESS_KINDS.contains(word(text, tokens.get(j)))
                            || CORPORATE_HEADS.contains(word(text, tokens.get(j))))) // "Sierra Nevada Corporation and SpaceX"
                        && (!word(text, next).equals("in") || LOCATED_HEADS.contains(word(text, tokens.get(j))))) {
                    j += 2;
                } else if (OF_FOR.contains(word(text, next)) && j + 3 < tokens.size() && orgHeadIn(text, tokens.subList(i, j + 1))
                        && word(text, tokens.get(j + 2)).equals("the") && adjacent(text, next, tokens.get(j + 2))
                        && adjacent(text, tokens.get(j + 2), tokens.get(j + 3)) && isCapitalised(text, tokens.get(j + 3))) {
                    j += 3; // "the U.S. Attorney’s Office for the Western District of New York"
                } else if (OF_FOR.contains(word(text, next)) && j + 2 < tokens.size() && orgHeadIn(text, tokens.subList(i, j + 1))
                        && adjacent(text, next, tokens.get(j + 2)) && isCapitalised(text, tokens.get(j + 2))) {
                    j += 2;
                } else {
                    break;
                }
            }
            int person = english ? personAtEnd(text, tokens.subList(i, j + 1)) : -1;
            if (person > 0) {
                run(text, tokens.subList(i, i + person), out, chineseText, english);
                run(text, tokens.subList(i + person, j + 1), out, chineseText, english);
            } else {
                run(text, tokens.subList(i, j + 1), out, chineseText, english);
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Where a person's name, a listed first name and a surname, ends a longer run of capitalised words, the index of
     * its first word, else -1: "CBS Sports NFL Insider Jason La Canfora", "Cleveland DL Larry Ogunjobi" name an
     * employer or team and a role before the person, who is no part of them. Not after a connector ("Bank of America")
     * and not where the whole run or its tail is a known name.
     */
    private static int personAtEnd(String text, List<int[]> run) {
        if (run.size() < 3 || givenNamePair(text, run)) {
            return -1; // "Carrie Ann Inaba" is one name
        }
        for (int p = Math.max(1, run.size() - 5); p <= run.size() - 2; p++) {
            List<int[]> tail = run.subList(p, run.size());
            if (!CONNECTORS.contains(word(text, run.get(p - 1))) && givenNamePair(text, tail)
                    // three words cut from a longer run: a first, a middle and a surname, not "Dow | Jones Industrial Average"
                    && (tail.size() != 3 || GivenNames.get().contains(word(text, tail.get(1)))
                        || SURNAME_PARTICLES.contains(word(text, tail.get(1))))
                    && !knownName(text.substring(run.get(p - 1)[0], run.get(p)[1])) // "San Francisco Chronicle"
                    && (p < 2 || !knownName(text.substring(run.get(p - 2)[0], run.get(p)[1])))
                    && !knownName(text.substring(run.get(0)[0], run.get(run.size() - 1)[1]))
                    && !knownName(text.substring(tail.get(0)[0], tail.get(tail.size() - 1)[1]))) {
                return p;
            }
        }
        return -1;
    }

    private static final Set<String> OF_FOR = Set.of("of", "for");
    private static final Pattern EVENT_AFTER = Pattern.compile(
            "\\s+(?:conference|summit|festival|forum|expo|convention|awards|tournament|championships?|showcase)\\b");
    /**
     * Heads whose name goes on with "in" and a place ("Embassy in Kyrgyzstan"); after others "in" starts
     * the organisation's location, no part of its name ("American Enterprise Institute in Washington").
     */
    private static final Set<String> LOCATED_HEADS = Set.of("Embassy", "Consulate", "Mission", "Office");

    /** Whether {@code name} stands in {@code text} at least twice as a whole word. */
    private static boolean recurs(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0 && count < 2; at = text.indexOf(name, at + 1)) {
            // a Latin word may touch Chinese characters: only Latin letters and digits go on a word
            boolean whole = (at == 0 || !latinWordChar(text.charAt(at - 1)))
                    && (at + name.length() == text.length() || !latinWordChar(text.charAt(at + name.length())));
            count += whole ? 1 : 0;
        }
        return count >= 2;
    }

    private static boolean latinWordChar(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** "Indiana’s Richmond High School": a possessive ends a name; the next name is the thing possessed. */
    private static boolean possessive(String text, int[] t) {
        return t[1] - t[0] > 3 && (text.startsWith("'s", t[1] - 2) || text.startsWith("’s", t[1] - 2))
                && !PLURAL_POSSESSORS.contains(text.substring(t[0], t[1] - 2)) // "People’s Liberation Army", "Children's Hospital"
                && !(OFFICE_HOLDERS.contains(text.substring(t[0], t[1] - 2)) && OFFICE_AFTER_HOLDER.matcher(text).region(t[1], text.length()).lookingAt());
    }

    /** Holders of a public office whose possessive opens the office's name: "U.S. Attorney’s Office", "the Sheriff's Department". */
    private static final Set<String> OFFICE_HOLDERS = Set.of("Attorney", "Sheriff", "Marshal", "Examiner", "Prosecutor", "Coroner",
            "Comptroller", "Controller", "Auditor", "Treasurer", "Assessor", "Recorder", "General", "Governor", "Mayor", "Clerk");
    private static final Pattern OFFICE_AFTER_HOLDER = Pattern.compile(" (?:Office|Department)\\b");

    /** Plural nouns whose possessive opens a name rather than naming its owner. */
    private static final Set<String> PLURAL_POSSESSORS = Set.of("People", "Children", "Women", "Men", "Workers");

    /** Whether a run already holds an organisation's head noun ("Office", "Bank"), after which "of"/"for" continue the name. */
    private static boolean orgHeadIn(String text, List<int[]> run) {
        for (int[] t : run) {
            if (ORG_HEADS.contains(word(text, t))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String text, List<int[]> run, List<Candidate> out, boolean chineseText, boolean english) {
        int a = 0;
        int b = run.size();
        boolean titled = false;
        // leading sentence-initial common words ("Recently", "During", "The") and titles
        while (a < b) {
            String w = word(text, run.get(a));
            if (a == 0 && b - a >= 2 && w.equals("The") && !sentenceInitial(text, run.get(0)[0])
                    && ORG_HEADS.contains(word(text, run.get(b - 1)).replaceFirst("['’]s$", ""))) {
                break; // "rebranded itself The We Company": a capital The inside a sentence is the company's own
            } else if (a == 0 && b - a >= 2 && (w.equals("The") || w.equals("A") || w.equals("An"))) {
                a++; // "The Associated Press": the article is no part of the name
            } else if (TITLES.contains(w)) {
                titled = true;
                a++;
            } else if (a == 0 && isCommonWord(w) && Gazetteer.get().en(w).isEmpty() && !pinyinName(w)
                    && !(b - a == 1 && (loneNameType(text, w) != null || theMoon(text, w, run.get(a)[0]) || theHouse(text, w, run.get(a)[0]))) // "Earth is ...", "Senate resolves to ..."
                    && !(b - a >= 3 && givenNamePair(text, run.subList(a, b))) // "James Van Der Beek has …" opening a text
                    && !knownName(text.substring(run.get(0)[0], run.get(b - 1)[1]))
                    && !(b - a >= 2 && knownName(text.substring(run.get(0)[0], run.get(1)[1]))) // "Fort Worth Police Department"
                    && (b - a < 2 || sentenceInitial(text, run.get(0)[0]))) {
                a++;
            } else {
                break;
            }
        }
        while (b > a && (TRAILING_NOISE.contains(word(text, run.get(b - 1))) || CONNECTORS.contains(word(text, run.get(b - 1))))) {
            b--;
        }
        if (a >= b || b - a >= 2 && word(text, run.get(b - 1)).equals("Act")) {
            return; // a law ("the Hong Kong Autonomy Act") is no mention, nor are the places in its name
        }
        int start = run.get(a)[0];
        int end = run.get(b - 1)[1];
        if (end - start > 3 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
            end -= 2; // "Parise’s": the possessive is no part of the name
        }
        if (b - a >= 3 && end < text.length() && text.charAt(end) == '.' && Set.of("Jr", "Sr").contains(word(text, run.get(b - 1)))) {
            end++; // "James P. Kennedy Jr.": the suffix keeps its full stop
        }
        String name = text.substring(start, end);
        String head = word(text, run.get(b - 1)).replaceFirst("['’]s$", ""); // "Vox Media’s"
        for (int k = a + 1; k < b; k++) {
            if (CONNECTORS.contains(word(text, run.get(k)))) {
                head = word(text, run.get(k - 1)); // "Embassy in Kyrgyzstan", "Bank of China"
                break;
            }
        }
        Gazetteer g = Gazetteer.get();
        EntityType type = null;
        String source = "en:shape";
        if (b - a == 2 && g.demonym(word(text, run.get(a))).filter(e -> !e.id().matches("\\d{3}")).isPresent()
                && LEGISLATURES.contains(head) && !knownName(name)) { // a continent's is a body of its own: "European Parliament"
            // "the Nigerian Senate": the adjective is no part of the name
            start = run.get(a + 1)[0];
            name = text.substring(start, end);
        }
        EntityType lone = start == run.get(b - 1)[0] ? loneNameType(text, name) : GOVERNMENT_SEATS.contains(name) ? EntityType.ORG : null;
        if (lone == null && theMoon(text, name, start)) {
            lone = EntityType.PLACE;
        }
        if (lone == null && theHouse(text, name, start)) {
            lone = EntityType.ORG;
        }
        if (lone != null) {
            type = lone;
            source = "en:lone";
        } else if (g.en(name).isPresent() && !cityNamedAfterOtherThing(g, name)) {
            type = g.en(name).get().type();
            source = "gazetteer";
        } else if (g.demonym(name).isPresent()) {
            return; // "Chinese" names no one by itself
        } else if (ProperNouns.get().en(name).isPresent() && (b - a >= 2 || !isCommonWord(name) || !sentenceInitial(text, start))) {
            type = ProperNouns.get().en(name).get(); // CC-CEDICT glosses a Chinese name with it: "Boeing", "Indiana"
            source = "cedict";
        } else if (stateOffice(text, run.subList(a, b), end)) {
            type = EntityType.ORG; // "the New York State Attorney General is investigating": the office, no place
            source = "en:state-office";
        } else if (b - a == 1 && !chineseText && camelCaseBrand(text, name, start, end)) { // in Chinese text, glued names (below)
            type = EntityType.ORG;
            source = "en:camel-case";
        } else if (b - a == 1 && !chineseText && TRAILING_CAPITAL.matcher(name).matches() && isCommon(name.substring(0, name.length() - 1))
                && !(end + 1 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1)))) {
            type = EntityType.ORG; // "SpaceX": a word closed by a capital is a company's own spelling, no person's or place's
            source = "en:trailing-capital";
        } else if (b - a == 2 && DIRECTIONS.contains(word(text, run.get(a)))
                && g.en(head).filter(e -> e.type() == EntityType.PLACE).isPresent()) {
            type = EntityType.PLACE; // "North America", "Inner Mongolia", "Southern California": one place, not the last word
            source = "en:direction";
        } else if (venue(text, run.subList(a, b), start)) {
            type = EntityType.FACILITY;
            source = "en:venue";
        } else if (ORG_HEADS.contains(head) && b - a >= 2) {
            // "the Code Media conference": a name that a lower-case event noun follows names an event, no mention
            type = EVENT_AFTER.matcher(text).region(end, text.length()).lookingAt() ? null : EntityType.ORG;
            source = "en:head";
        } else if (FACILITY_HEADS.contains(head) && b - a >= 2
                || head.equals("Field") && b - a == 2 && !GivenNames.get().contains(word(text, run.get(a)))) { // "Heinz Field", not "Sally Field"
            type = EntityType.FACILITY;
            source = "en:head";
        } else if (EVENT_HEADS.contains(head) && b - a >= 2) {
            type = EntityType.EVENT;
            source = "en:head";
        } else if (titled && b - a <= 3 && !POSITION_WORDS.contains(head)) { // "Chief Strategy Officer" is a job
            type = EntityType.PERSON;
            source = "en:title";
        } else if (b - a >= 2 && b - a <= 3 && romanisedChineseName(text, run.subList(a, b))
                && (chineseText || !capitalsLine(text, start))) { // "LOOK WHAT YOU MADE ME DO": a headline in capitals, no "You Made"
            type = EntityType.PERSON;
            source = "en:pinyin";
        } else if (english && givenNamePair(text, run.subList(a, b))) {
            type = EntityType.PERSON;
            source = "en:given";
        } else if ((chineseText || LOCATIVE.matcher(text.substring(Math.max(0, start - 6), start)).find()) && b - a == 1 && pinyinName(name) && syllableCount(name) >= 2 && !isCommonWord(name)
                && !name.chars().allMatch(Character::isUpperCase)) {
            type = EntityType.PLACE;
            source = "en:pinyin";
        }
        List<String> glued = chineseText && b - a == 1 ? gluedWords(name) : List.of();
        if (type == null && !glued.isEmpty()) {
            type = gluedType(glued);
            source = "en:glued";
        }
        if (type == null && chineseText && b - a <= 2 && !isCommonWord(word(text, run.get(a))) && recurs(text, name)
                && !name.matches("[A-Z]{2,5}") // "GDP", "CEO", "RSS": acronyms are as often things as names
                && java.util.Arrays.stream(name.split("[- ]")).allMatch(p -> Gazetteer.get().en(p).isEmpty()) // "China-Kyrgyzstan"
                && EnglishLexicon.get().zipf(name.toLowerCase(Locale.ROOT)) < 3.5) {
            // "SK-II", "Google", "Venrock" in a Chinese text: a Latin name written again and again is mostly a
            // brand or company the article is about
            type = EntityType.ORG;
            source = "en:recurring";
        }
        if (type != null && !name.contains("-") || type != null && type != EntityType.PLACE) {
            out.add(new Candidate(start, end, type, source, source.equals("gazetteer") ? 3 : 2));
        }
        // names inside the run: "China-Kyrgyzstan relations", "the Tianjin Summit",
        // "Kyrgyzstan Liu Jiangping" (a place then a person, run together)
        if (!source.equals("gazetteer") && !source.equals("cedict") && (type == null || type != EntityType.PERSON && type != EntityType.PLACE || name.contains("-"))) {
            inner(text, run.subList(a, b), type != null, out, chineseText);
        }
    }

    /** Offices a state or country names by their title alone, standing for the office as a body. */
    private static final Set<String> STATE_OFFICES = Set.of("Attorney General", "Solicitor General", "Inspector General",
            "Auditor General", "Comptroller");

    /**
     * "the New York State Attorney General is investigating", "the office of the Ohio Attorney General": a place (and
     * "State") then an office's title, with no holder's name after it, names the office as a body (an ORG, as the gold
     * counts a legislature named by its title). With a name after it ("Ohio Attorney General Dave Yost") the title is
     * the person's and the place stays a place.
     */
    private static boolean stateOffice(String text, List<int[]> run, int end) {
        String name = text.substring(run.get(0)[0], run.get(run.size() - 1)[1]).replaceFirst("['’]s$", "");
        String office = STATE_OFFICES.stream().filter(o -> name.endsWith(" " + o)).findFirst().orElse(null);
        if (office == null || end < text.length() - 1 && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        String place = name.substring(0, name.length() - office.length() - 1).replaceFirst(" State$", "");
        return Gazetteer.get().en(place).filter(e -> e.type() == EntityType.PLACE).isPresent();
    }

    /** A capital, lower-case letters, then one or two more such humps: "SoftBank", "MarketAxess", "ParkMobile". */
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]+){1,2}");
    /**
     * A frequent English word with a capital closing it: "SpaceX", "RocketX". No person's name nor place is spelt so. Not
     * a handle ("RoseyW": no frequent word before the capital) nor a technology ("NodeJS", "HarmonyOS": two capitals),
     * not in a text with Chinese, where Latin words are mostly such handles and tools, and not before a number, where it
     * names a model ("RocketX 2").
     */
    private static final Pattern TRAILING_CAPITAL = Pattern.compile("[A-Z][a-z]{3,}[A-Z]");
    /** Surname prefixes that make a person's name camel-case ("McPherson", "MacArthur", "DeShawn", "LeBron"). */
    private static final Pattern NAME_PREFIX = Pattern.compile("(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z].*");
    /** Words before a camel-case word that make it a thing, no company: "the PlayStation", "her AirPods". */
    private static final Pattern THING_BEFORE = Pattern.compile("(?:\\b(?:[Tt]he|[Aa]n?|his|her|their|its|my|your|our|new)\\s|[#@/.])$");

    /**
     * "SoftBank", "MarketAxess", "carrier SunExpress": a word written with a capital inside it is a brand's own spelling,
     * which companies choose and people's names have only after a surname's prefix ("McPherson"). Not after an article
     * or a possessive, where the brand names a product ("the PlayStation 4"), nor before a number, nor a hashtag; and only
     * where the text has it act as a company somewhere ("SoftBank said", "carrier SunExpress", "data from MarketAxess"),
     * since products are spelt the same way ("AirPods", "MagSafe", "HomeKit").
     */
    private static boolean camelCaseBrand(String text, String name, int start, int end) {
        if (!CAMEL_CASE.matcher(name).matches() || NAME_PREFIX.matcher(name).matches()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 7), start);
        boolean numberAfter = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1));
        if (THING_BEFORE.matcher(before).find() || numberAfter) {
            return false;
        }
        // products are spelt so too ("AirPods", "MagSafe", "HomeKit"): the text must treat the word as a company somewhere
        String q = Pattern.quote(name);
        return Pattern.compile("\\b" + q + "(?:['’]s)?(?: (?:said|says|Group|Corp|Inc|CEO|founder|shares|stock|investors|"
                + "announced|acquired|bought|owns|invested|spokesperson|spokesman|spokeswoman|declined|agreed)\\b|-(?:backed|owned|funded)\\b)"
                + "|\\b(?:carrier|company|startup|firm|rival|lender|investor|data from|backed by|owned by|funded by|at|of|from) " + q + "\\b")
                .matcher(text).find();
    }

    /** What a hall or centre is for, before "Center": a venue, no institution ("Blossom Music Center", "Saratoga Performing Arts Center"). */
    private static final Set<String> VENUE_KINDS = Set.of("Music", "Arts", "Events", "Event", "Convention", "Sports",
            "Exhibition", "Shopping", "Civic", "Entertainment", "Correctional", "Detention", "Medical", "Aquatic", "Tennis");

    /**
     * Whether a run ending in "Center"/"Centre" names a place to go to rather than a body: a venue kind before it
     * ("Riverbend Music Center"), or a sponsor's one-word name with no article ("at KeyBank Center", "Pepsi Center",
     * while institutions take one: "the Carter Center", "the National Center for …").
     */
    private static boolean venue(String text, List<int[]> run, int start) {
        String head = word(text, run.get(run.size() - 1));
        if (run.size() < 2 || !head.equals("Center") && !head.equals("Centre")) {
            return false;
        }
        if (VENUE_KINDS.contains(word(text, run.get(run.size() - 2)))) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 4), start);
        return run.size() == 2 && !before.endsWith("the ") && !before.endsWith("The ")
                && !isCommonWord(word(text, run.get(0))) && Gazetteer.get().en(word(text, run.get(0))).isEmpty();
    }

    /** Words that name a part of a place before its name. */
    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central", "Inner", "Outer", "Upper", "Lower", "Greater", "Northeast", "Northwest", "Southeast",
            "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern");

    /** A legislature named by its kind alone: "the Senate", "the Legislature" are one body in their story. */
    private static final Set<String> LEGISLATURES = Set.of("Senate", "Legislature", "Parliament", "Congress");
    /** Seats of government that news write for the government itself: "White House advisers say", "the Kremlin denied". */
    private static final Set<String> GOVERNMENT_SEATS = Set.of("White House", "Pentagon", "Kremlin", "Downing Street", "Blue House");
    /** The building a legislature sits in: "the Statehouse steps". */
    private static final Set<String> LEGISLATURE_BUILDINGS = Set.of("Statehouse", "Capitol");
    private static final Set<String> PLANETS = Set.of("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus",
            "Neptune", "Pluto");
    private static final Set<String> MOONS = Set.of("Europa", "Ganymede", "Callisto", "Titan", "Enceladus", "Triton",
            "Phobos", "Deimos", "Charon");
    /** Words that tell a text speaks of space, where "Mars" and "Titan" are worlds, not a sweet or a myth. */
    private static final Pattern SPACE_TEXT = Pattern.compile("\\b(?i:planet|planets|moons?|orbit|orbits|orbiting|spacecraft|"
            + "NASA|ESA|solar system|astronom\\w*|telescope)\\b");

    /**
     * The type of a capitalised word that names one thing on its own, or null: a legislature ("Senate", ORG) or its
     * building ("Statehouse"); a planet or a moon in a text about space ("Earth" always), a PLACE as the gold
     * counts them.
     */
    private static EntityType loneNameType(String text, String w) {
        if (LEGISLATURES.contains(w) || GOVERNMENT_SEATS.contains(w)) {
            return EntityType.ORG;
        }
        if (LEGISLATURE_BUILDINGS.contains(w)) {
            return EntityType.FACILITY;
        }
        if (w.equals("Earth") || (PLANETS.contains(w) || MOONS.contains(w)) && SPACE_TEXT.matcher(text).find()) {
            return EntityType.PLACE;
        }
        return null;
    }

    /**
     * "Staying on the Moon": Earth's moon written with a capital after "the", in a text about space, is a world like
     * "Mars" (a PLACE as the gold counts them); a lower-case "moon", a surname ("President Moon") or a product ("Blue
     * Moon") is not.
     */
    private static boolean theMoon(String text, String name, int start) {
        return name.equals("Moon") && text.startsWith("the ", start - 4) && SPACE_TEXT.matcher(text).find();
    }

    /** Words that tell a text speaks of a legislature with two chambers, where "the House" is the lower one. */
    private static final Pattern LEGISLATURE_TEXT = Pattern.compile("\\b(?:Senate|Congress|Representatives|lawmakers|congressional)\\b");

    /**
     * "impeached by the House and removed by the Senate": a capital House after "the", in a text about a legislature,
     * is its lower chamber (an ORG, as "the Senate" is); "House prices" or "the house" are not.
     */
    private static boolean theHouse(String text, String name, int start) {
        return name.equals("House") && start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4)
                && LEGISLATURE_TEXT.matcher(text).find();
    }

    private static final Pattern GLUED_WORD = Pattern.compile("[A-Z][a-z]+|[A-Z](?![a-z])");

    /**
     * "VenrockAssociates", "RobinWinks": Chinese text copied from print often loses the spaces of an English
     * name. The words of such a token, where it is two to four capitalised words (no all-capital runs,
     * which are acronyms or brands: "iPhone", "NBA"), else none.
     */
    static List<String> gluedWords(String token) {
        if (!token.matches("(?:[A-Z][a-z]+){2,4}")) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Matcher m = GLUED_WORD.matcher(token); m.find(); ) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The type of a name whose spaces were lost: what the gazetteer, CC-CEDICT or a head noun say of the
     * spaced name ("Puerto Rico", "Venrock Associates"); else a person's name, given name then surname,
     * when the surname is no frequent word ("Robin Winks", not "Jackson Hole"); else unknown (null).
     */
    private static EntityType gluedType(List<String> words) {
        String spaced = String.join(" ", words);
        String head = words.get(words.size() - 1);
        Gazetteer g = Gazetteer.get();
        if (g.en(spaced).isPresent()) {
            return g.en(spaced).get().type();
        }
        if (ProperNouns.get().en(spaced).isPresent()) {
            return ProperNouns.get().en(spaced).get();
        }
        if (ORG_HEADS.contains(head)) {
            return EntityType.ORG;
        }
        if (FACILITY_HEADS.contains(head)) {
            return EntityType.FACILITY;
        }
        if (words.size() <= 3 && !isCommonWord(head) && !TITLES.contains(words.get(0))
                && g.en(words.get(0)).filter(e -> !e.id().startsWith("city:")).isEmpty() // "FairfieldOsborn": a city's name is a first name too
                && words.stream().noneMatch(w -> EVENT_HEADS.contains(w) || ORG_HEADS.contains(w))) {
            return EntityType.PERSON;
        }
        return null;
    }

    /**
     * Whether a word starts a sentence (or a line, or a quotation): there a capitalised common word
     * ("During", "Officials") is only capitalised by position; elsewhere it is part of a name
     * ("the United States", "Home Depot").
     */
    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        return i < 0 || ".!?:;\n\"“‘'(—–-•*".indexOf(text.charAt(i)) >= 0;
    }

    /** A name the gazetteer or CC-CEDICT knows whole ("United States", "White House"). */
    private static boolean knownName(String name) {
        return Gazetteer.get().en(name).isPresent() || ProperNouns.get().en(name).isPresent();
    }

    /** A listed first name too rare as an English word to open a sentence as one ("Noah", not "Will" or "Grant"). */
    private static boolean rareGivenName(String w) {
        return GivenNames.get().contains(w) && EnglishLexicon.get().zipf(w.toLowerCase(Locale.ROOT)) < 4.5;
    }

    /** A word the gazetteer or CC-CEDICT knows as a place or organisation, not as a person ("Indiana", not "Noah"). */
    private static boolean knownAsNoPerson(String word) {
        return Gazetteer.get().en(word).filter(e -> e.type() != EntityType.PERSON).isPresent()
                || ProperNouns.get().en(word).filter(t -> t != EntityType.PERSON).isPresent();
    }

    /** Splits a run into hyphen-separated parts and finds places and romanised names among them. */
    private static void inner(String text, List<int[]> run, boolean typed, List<Candidate> out, boolean chineseText) {
        List<int[]> parts = new ArrayList<>();
        for (int[] t : run) {
            int pos = t[0];
            for (String p : text.substring(t[0], t[1]).split("-")) {
                if (!p.isEmpty()) {
                    parts.add(new int[]{pos, pos + p.length()});
                }
                pos += p.length() + 1;
            }
        }
        int last = typed ? parts.size() - 1 : parts.size(); // the head noun of a typed name is no place
        Gazetteer g = Gazetteer.get();
        int k = 0;
        while (k < last) {
            int matched = 0;
            for (int len = Math.min(3, last - k); len >= 1 && matched == 0; len--) {
                String s = text.substring(parts.get(k)[0], parts.get(k + len - 1)[1]);
                Optional<Gazetteer.Entry> e = g.en(s);
                // in a headline written in title case every word is capitalised, so a city opens an untyped run of other words
                // ("Man Shot at Dallas Gas Station Dies"), no longer name
                boolean cityInsideLongerName = e.isPresent() && e.get().id().startsWith("city:") && len < parts.size()
                        && (typed || !titleCaseLine(text, parts.get(k)[0]));
                // "San Francisco Chronicle", "Oklahoma City Thunder", "Kowloon West": a city opening a longer name is part of it
                if (e.isPresent() && !cityInsideLongerName && (e.get().type() == EntityType.PLACE || !typed)) {
                    out.add(new Candidate(parts.get(k)[0], parts.get(k + len - 1)[1], e.get().type(), "gazetteer", 3));
                    matched = len;
                }
            }
            if (matched == 0 && !typed && TITLES.contains(word(text, parts.get(k)))) {
                // "UN Secretary-General Antonio Guterres": the title's holder follows it
                int p = k + 1;
                while (p < last && (TITLES.contains(word(text, parts.get(p))) || TITLE_TAILS.contains(word(text, parts.get(p))))) {
                    p++;
                }
                int q = p;
                while (q < last && q - p < 3 && g.en(word(text, parts.get(q))).isEmpty()) {
                    q++;
                }
                if (q > p) {
                    out.add(new Candidate(parts.get(p)[0], parts.get(q - 1)[1], EntityType.PERSON, "en:title", 2));
                }
                matched = Math.max(1, q - k);
            }
            if (matched == 0 && k + 1 < last && romanisedChineseName(text, parts.subList(k, k + 2))
                    && !typed && (chineseText || !capitalsLine(text, parts.get(k)[0]))) {
                out.add(new Candidate(parts.get(k)[0], parts.get(k + 1)[1], EntityType.PERSON, "en:pinyin", 2));
                matched = 2;
            }
            if (matched == 0) {
                String p = word(text, parts.get(k));
                if (chineseText && pinyinName(p) && syllableCount(p) >= 2 && !isCommonWord(p) && !ORG_HEADS.contains(p)
                        && !FACILITY_HEADS.contains(p) && !EVENT_HEADS.contains(p)) {
                    out.add(new Candidate(parts.get(k)[0], parts.get(k)[1], EntityType.PLACE, "en:pinyin", 2));
                }
                matched = 1;
            }
            k += matched;
        }
    }

    /** Whether the line around {@code at} is written in capitals only, as a headline or a heading may be. */
    private static boolean capitalsLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String line = text.substring(from, to < 0 ? text.length() : to);
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * Whether the line around {@code at} is a headline in title case: three words or more, some letters in lower case,
     * every word of four letters or more capitalised, and no full stop, question mark or colon at its end ("Man Shot at Dallas Gas Station Dies at
     * Hospital").
     */
    public static boolean titleCaseLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String line = text.substring(from, to < 0 ? text.length() : to).strip();
        if (line.isEmpty() || ".?!:;,".indexOf(line.charAt(line.length() - 1)) >= 0 || line.chars().noneMatch(Character::isLowerCase)) {
            return false; // a line in capitals only is a subhead of its own kind (CapitalsLines): "TOYOTA CROSS WILDERNESS"
        }
        String[] words = line.split("\\s+");
        if (words.length < 3) {
            return false;
        }
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "in Tianjin", "from Xi'an": a preposition of place before a lone pinyin-shaped word. */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|from|to|at|near|of)\\s$");

    // ---- names typed by their context -----------------------------------------------------------

    // a first name may be initials: "Coach P.J. Fleck", "Hon. B. U. Nzeribe"
    private static final String NAME = "(?<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\\.(?: ?[A-Z]\\.)+)(?: [A-Z]\\.)?(?: (?!(?:Jr|Sr)\\b)(?:van |de |der |von |Mc|Mac|O['’])?[A-Z][\\p{IsLatin}'’\\-]+){1,2}(?: (?:Jr|Sr)\\.?)?)";
    /** Roles written before a name, in any case: "analyst Carsten Fritsch", "coach Bruce Boudreau", "Gov. Eric Holcomb". */
    private static final List<String> ROLES_BEFORE_NAME = List.of(
            "analyst", "coach", "defenseman", "goalie", "center", "winger", "forward", "guard", "quarterback",
            "pitcher", "player", "captain", "goalkeeper", "keeper", "striker", "midfielder", "defender", "linebacker",
            "receiver", "batsman", "bowler", "jockey", "boxer", "cyclist", "sprinter", "golfer", "teacher", "employee",
            "attorney", "lawyer", "spokesman", "spokeswoman", "spokesperson", "economist", "strategist", "trader",
            "official", "reporter", "correspondent", "author", "writer", "director", "actor", "actress", "singer",
            "chairman", "chairwoman", "CEO", "president", "founder", "executive", "professor", "doctor", "scientist",
            "researcher", "student", "minister", "governor", "mayor", "senator", "judge", "officer", "chief",
            "speaker", "superintendent", "ombudsman", "commander", "general", "secretary", "ambassador", "envoy",
            "leader", "manager", "editor", "designer", "architect", "artist", "survivor", "resident", "victim",
            "congresswoman", "congressman", "lawmaker", "legislator", "councilwoman", "councilman", "Rep", "Sen",
            "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Dr", "Mr", "Mrs", "Ms", "Prof", "Hon");
    private static final Pattern ROLE_BEFORE = Pattern.compile("\\b(?i:" + String.join("|", ROLES_BEFORE_NAME) + ")\\.?,? " + NAME);
    /**
     * The roles in lower case, walked along a word: {@link #ROLE_BEFORE} is tried only at a word that is one, not
     * at every word with its hundred alternatives.
     */
    private static final io.mixdoc.text.CharTrie ROLE_WORDS = io.mixdoc.text.CharTrie.of(ROLES_BEFORE_NAME.stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).distinct().sorted().toArray(String[]::new));
    /** A name with a speech verb: "Boudreau said", "said Juan Perez". */
    private static final Pattern SAID = Pattern.compile(NAME + ",? (?:said|says|told|added|asked|wrote|explained|noted|acknowledged|recalled|tweeted)\\b"
            + "|\\b(?:said|says|told|added|according to) " + NAME.replace("?<name>", "?<name2>"));
    // The look-behind is bounded: an unbounded one scans back over a whole run of letters at every position.
    private static final Pattern LONE_SPEAKER = Pattern.compile(
            "\\b(?<![A-Z][a-z]{1,40} )(?<name>[A-Z][a-z]{2,}) (?:said|says|told|added|acknowledged)\\b|\\b(?:said|says) (?<name2>[A-Z][a-z]{2,})\\b(?! [A-Z])");
    /** An embedded tweet's signature: "— Robert Maguire (@RobertMaguire_) November 18, 2019". */
    private static final Pattern TWEET_SIGNATURE = Pattern.compile("[—–] (?:(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms)\\. )?" + NAME + " \\(@(?<handle>\\w{2,30})\\)");
    /**
     * "Moneycontrol.com advises", "on Investing.com": a capitalised web domain written as a name is the site's company. Not
     * inside an address or an e-mail ("www.", "http://", "@"), nor a domain written in lower case, as addresses are.
     */
    private static final Pattern WEB_DOMAIN = Pattern.compile("(?<![\\w.@/:-])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:\\.(?:com|net|org|info|io|in|co\\.uk|com\\.au|ng))(?![\\w/@.]|\\.\\w)");
    /**
     * "Pankaj Pandey, Head of Research at ICICI Securities,", "Michael Sims, CEO and Founder of …": a name, a comma, then a
     * capitalised job title and what it is held in: a person.
     */
    private static final Pattern TITLED_APPOSITION = Pattern.compile(NAME + ", (?:(?:Senior|Executive|Deputy|Assistant|Vice|Co-|Joint|Managing|Chief) ?)?"
            + "(?:Head|Director|President|Chairman|Chairwoman|CEO|CFO|COO|CTO|Founder|Founder|Partner|Editor|Professor|Analyst|Economist|"
            + "Strategist|Manager|Officer|Executive Officer|Investment Officer)(?: of| at|,| and)");
    /**
     * "vice president of Advanced Development Programs at Blue Origin", "an analyst at Brantley Partners": a job held
     * "at" a capitalised name makes that name the employer, an organisation. The name ends before a comma, a full stop or
     * a lower-case word; a known place or a person's first name after "at" is none ("a professor at Lagos").
     */
    private static final Pattern EMPLOYER_AFTER_JOB = Pattern.compile("\\b(?i:president|vice president|director|head|analyst|economist|"
            + "strategist|chief executive|CEO|CFO|CTO|COO|founder|co-founder|manager|partner|engineer|researcher|scientist|"
            + "executive|officer|editor|chairman|chairwoman|spokesman|spokeswoman|spokesperson)"
            + "(?: (?:of|for) [A-Z][A-Za-z&]+(?: (?:[A-Z][A-Za-z&]+|and|of))*)? at (?<name>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,3})"
            + "(?=[,.;:)”\"]|\\s+[a-z]|$)");
    /** A possessive inside a name, before a further word: where a name's owner ends and the thing owned begins. */
    private static final Pattern INNER_POSSESSIVE = Pattern.compile("['’]s(?= )");
    /** A name with an age: "Patrick W. Carlineo Jr., 55,". */
    private static final Pattern AGE = Pattern.compile(NAME + ", \\d{1,3},");
    /** A company by its legal form: "Tempus Inc.", "Acme Corp.". */
    private static final Pattern LEGAL_FORM = Pattern.compile("\\b[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,3} (?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|GmbH)\\b\\.?");
    /** A company by what it has: "Alibaba shares", "An Alibaba spokesperson", "Boeing's sales". */
    private static final Pattern COMPANY_CUE = Pattern.compile(
            "\\b(?<name>[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?)(?:['’]s)? (?:shares|stock|spokesperson|spokeswoman|spokesman|executives|shareholders|chief executive|earnings|revenue)\\b");

    /**
     * An acronym in an actor's place: possessive ("MSCI’s gauge"), "the" acronym before a verb of acting or saying
     * ("the NFL will fine", "the NFL decided"; not "has" or "is", which things do too: "the SUV has"), or
     * "with/by/from the" acronym closing a phrase ("with the FBI,").
     */
    private static final Pattern ACRONYM_AS_ACTOR = Pattern.compile("(?<![\\w.&-])(?<acr>[A-Z]{2,5})['’]s\\s+[a-z]"
            + "|\\b[Tt]he (?<acr2>[A-Z]{2,5}) (?:will|would|said|says|decided|announced|ruled|confirmed|"
            + "reported|suspended|fined|declined|denied|added|plans|wants|issued|launched)\\b"
            + "|\\b(?:with|by|from) the (?<acr3>[A-Z]{2,5})(?=[,.;:])");
    /** A relative's noun, then a first name alone: "his wife, Kimberly,", "My wife Kimberly and I", "her son Noah". */
    private static final Pattern RELATIVE_NAMED = Pattern.compile("\\b(?:wife|husband|son|daughter|brother|sister|mother|father|"
            + "girlfriend|boyfriend|fiancée|fiancé|fiancee|cousin|grandson|granddaughter),? (?<name>[A-Z][a-z]{2,})(?![\\w’'-]| [A-Z])");
    /** What comes after a name of one to three words: no further letter, capitalised word or hyphenated part. */
    private static final String NAME_END = "(?![A-Za-z]| [A-Z]|-[A-Za-z])";
    /** Lower-case nouns for a kind of organisation, the head of an apposition that names one. */
    private static final String ORG_KINDS = "(?:company|firm|provider|maker|manufacturer|startup|start-up|group|label|publisher|"
            + "studio|agency|retailer|bank|lender|insurer|broadcaster|network|conglomerate|developer|operator|supplier|chain|"
            + "carrier|airline|automaker|carmaker|chipmaker|nonprofit|charity|organization|organisation)";
    /** What may follow the kind noun when the apposition ends there ("Ascom, a global solutions provider focused on …"). */
    private static final String KIND_END = "(?=\\s*[,.;:)]|\\s+(?:that|which|based|focused|headquartered|in|from|whose|known|owned|founded|"
            + "specializing|specialising|with|and)\\b)";
    /** "Ascom, a global solutions provider focused on …": a name, a comma, then an article and a kind of organisation. */
    private static final Pattern ORG_THEN_KIND = Pattern.compile("(?<![\\w.’'-])(?<name>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2}), "
            + "(?:a|an|the) (?:(?!of |for |with |at |in |to )[a-z][a-z-]* ){0,3}" + ORG_KINDS + KIND_END);
    /** "The group that owns most of her music, Big Machine, says": a kind of organisation, then its name set off by commas. */
    private static final Pattern KIND_THEN_ORG = Pattern.compile("\\b" + ORG_KINDS
            + "(?: that [a-z]+ (?:[a-z]+ ){0,5}?[a-z]+)?, (?<name>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2})" + NAME_END + ",");
    /**
     * "Taiwanese publication DigiTimes", "studio Paramount", "energy company Burisma": a kind of company or outlet, in lower
     * case, right before a name ("company" after a word of its own, and then no frequent word nor a day: "the company Monday").
     */
    private static final Pattern KIND_BEFORE_ORG = Pattern.compile("\\b(?:publication|newspaper|magazine|journal|tabloid|broadcaster|"
            + "website|news site|news outlet|news agency|wire service|studio|record label|streaming service|retailer|carmaker|"
            + "automaker|chipmaker|airline|startup|conglomerate|(?<=[a-z]{3} )(?<company>company)) (?<name>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})" + NAME_END);
    /** "Fort Worth P.D.", "Dallas PD", "Houston F.D.": a known place and the initials of its police or fire department. */
    private static final Pattern CITY_SERVICE = Pattern.compile("(?<![\\w.’'-])(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) "
            + "(?:P\\.D\\.|F\\.D\\.|PD|FD)(?![\\w&’'-]|\\.\\w)");
    /** A chamber of a legislature named in full: "House of Representatives", "House of Commons". */
    private static final Pattern LEGISLATIVE_HOUSE = Pattern.compile("\\bHouse of (?:Representatives|Commons|Lords|Delegates)\\b");
    /** "according to The Hollywood Reporter", "told The Wrap": a source named with its article is an outlet, no person. */
    private static final Pattern SOURCE_WITH_ARTICLE = Pattern.compile("\\b(?:according to|reports? (?:from|by|in)|reported by|"
            + "told|(?:respond|responded|responding) to|in an interview with) (?<name>The [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})" + NAME_END);

    /**
     * Those of {@code starts} where a role of {@link #ROLES_BEFORE_NAME} is the whole run of ASCII letters: the only
     * places {@link #ROLE_BEFORE} can match, since a full stop, a comma or a space follows its role.
     */
    private static java.util.BitSet roleWordStarts(String text, java.util.BitSet starts) {
        java.util.BitSet out = new java.util.BitSet(text.length());
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            int node = ROLE_WORDS.root();
            for (int i = s; i < text.length() && node != io.mixdoc.text.CharTrie.NONE; i++) {
                char c = text.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (c < 'a' || c > 'z') {
                    break;
                }
                node = ROLE_WORDS.step(node, c);
            }
            if (node != io.mixdoc.text.CharTrie.NONE && ROLE_WORDS.value(node) != io.mixdoc.text.CharTrie.NONE) {
                out.set(s);
            }
        }
        return out;
    }

    /**
     * People and companies named where the shape alone cannot type them: a role or title before the
     * name, a speech verb, an age in commas, a legal form, a company's shares; then the surname of every
     * person named in full ("Parise" after "Zach Parise"). {@code found} are the mentions kept so far.
     */
    public static List<Candidate> byContext(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        java.util.BitSet starts = LatinStarts.of(text); // every pattern scanned from it opens with [A-Z] or \b and a letter
        java.util.BitSet roleStarts = roleWordStarts(text, starts);
        for (Pattern p : new Pattern[] {ROLE_BEFORE, SAID, AGE}) {
            for (AnchoredScan scan = new AnchoredScan(p, text, p == ROLE_BEFORE ? roleStarts : starts); scan.find(); ) {
                Matcher m = scan.matcher();
                String group = m.group("name") != null ? "name" : "name2";
                // a role or an age is cue enough for a frequent first name ("Patrick W. Carlineo Jr., 55,");
                // a speech verb is not ("The Company said")
                int start = m.start(group);
                if (m.group(group) != null && TITLE_TAILS.contains(m.group(group).split(" ")[0]) && m.group(group).split(" ").length >= 3) {
                    start += m.group(group).indexOf(' ') + 1; // "Chief Executive Bob Iger": the title's last word is no first name
                }
                int end = m.end(group);
                Matcher owner = INNER_POSSESSIVE.matcher(text).region(start, end);
                if (m.group(group) != null && owner.find()) {
                    end = owner.start(); // "founder Jeff Bezos’s Blue Origin": the possessive ends the name, the rest is owned
                }
                if (m.group(group) != null && personShaped(text.substring(start, end), p != SAID)) {
                    if (text.startsWith("’s", end - 2) || text.startsWith("'s", end - 2)) {
                        end -= 2; // "Jason Zucker’s": the possessive is no part of the name
                    }
                    out.add(new Candidate(start, end, EntityType.PERSON, "en:context", 3));
                }
            }
        }
        for (AnchoredScan scan = new AnchoredScan(TITLED_APPOSITION, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            int start = m.start("name");
            int end = m.end("name");
            Matcher owner = INNER_POSSESSIVE.matcher(text).region(start, end);
            if (!owner.find() && personShaped(text.substring(start, end), true)) {
                out.add(new Candidate(start, end, EntityType.PERSON, "en:titled-apposition", 3));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(EMPLOYER_AFTER_JOB, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            String n = m.group("name");
            String first = n.split(" ")[0];
            if (!GivenNames.get().contains(first) && !TITLES.contains(first) && Gazetteer.get().en(n).isEmpty()
                    && Gazetteer.get().demonym(first).isEmpty() && !CALENDAR_WORDS.contains(first)
                    && ProperNouns.get().en(n).filter(t -> t != EntityType.ORG).isEmpty()) {
                out.add(new Candidate(m.start("name"), m.end("name"), EntityType.ORG, "en:employer", 3));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(WEB_DOMAIN, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:web-domain", 3));
        }
        for (AnchoredScan scan = new AnchoredScan(LEGAL_FORM, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:legal-form", 3));
        }
        // the account is a person's when its handle spells the name ("Arvind Kejriwal (@ArvindKejriwal)"), or a word of it
        // after a listed first name ("Robert Maguire (@RobertMaguire_)"); a company's may spell its name too, but opens with none
        for (Matcher m = TWEET_SIGNATURE.matcher(text); m.find(); ) {
            String handle = m.group("handle").toLowerCase(Locale.ROOT);
            List<String> words = java.util.Arrays.stream(m.group("name").split("[ .]+")).filter(w -> w.length() >= 3).toList();
            boolean given = GivenNames.get().contains(m.group("name").split(" ")[0]);
            boolean own = given ? words.stream().anyMatch(w -> handle.contains(w.toLowerCase(Locale.ROOT)))
                    : !words.isEmpty() && words.stream().allMatch(w -> handle.contains(w.toLowerCase(Locale.ROOT)));
            if (own && personShaped(m.group("name"), true)) {
                out.add(new Candidate(m.start("name"), m.end("name"), EntityType.PERSON, "en:tweet", 3));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(KIND_BEFORE_ORG, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            String n = m.group("name");
            String first = n.split(" ")[0];
            // a person's or a place's name after the noun is no company ("the studio Steven Spielberg founded")
            if (!GivenNames.get().contains(first) && !TITLES.contains(first) && Gazetteer.get().en(n).isEmpty()
                    && Gazetteer.get().demonym(first).isEmpty()
                    && (m.group("company") == null || !isCommonWord(first) && !CALENDAR_WORDS.contains(first) && !first.matches("[A-Z]{2,}"))) {
                out.add(new Candidate(m.start("name"), m.end("name"), EntityType.ORG, "en:kind-before-org", 3));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(CITY_SERVICE, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            // the longest known place ending right before the initials: "Later Tulsa PD" is Tulsa's
            int at = m.start("place");
            while (at >= 0) {
                if (Gazetteer.get().en(text.substring(at, m.end("place"))).filter(e -> e.type() == EntityType.PLACE).isPresent()) {
                    out.add(new Candidate(at, m.end(), EntityType.ORG, "en:city-service", 3));
                    break;
                }
                int space = text.indexOf(' ', at);
                at = space < m.end("place") ? space + 1 : -1;
            }
        }
        for (AnchoredScan scan = new AnchoredScan(LEGISLATIVE_HOUSE, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:legislature", 3));
        }
        for (AnchoredScan scan = new AnchoredScan(SOURCE_WITH_ARTICLE, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            out.add(new Candidate(m.start("name"), m.end("name"), EntityType.ORG, "en:source-with-article", 3));
        }
        for (Pattern p : new Pattern[] {ORG_THEN_KIND, KIND_THEN_ORG}) {
            for (AnchoredScan scan = new AnchoredScan(p, text, starts); scan.find(); ) {
                Matcher m = scan.matcher();
                String n = m.group("name");
                String first = n.split(" ")[0];
                // a person or a place set beside the noun is none ("Jane Smith, a company founder" has no company noun last)
                if (!GivenNames.get().contains(first) && !TITLES.contains(first) && Gazetteer.get().en(n).isEmpty()
                        && Gazetteer.get().demonym(first).isEmpty() && ProperNouns.get().en(n).filter(t -> t != EntityType.ORG).isEmpty()
                        && !CALENDAR_WORDS.contains(first) && !(sentenceInitial(text, m.start("name")) && isCommonWord(first) && !n.contains(" "))) {
                    out.add(new Candidate(m.start("name"), m.end("name"), EntityType.ORG, "en:org-apposition", 3));
                }
            }
        }
        // an acronym the text treats as an actor ("the NFL decided", "MSCI’s gauge", "an interview with the FBI.") is an
        // organisation, and so is each other use of it; one used as a thing ("the SUV a lower …") has none of these cues
        java.util.Set<String> acronyms = new java.util.TreeSet<>();
        for (AnchoredScan scan = new AnchoredScan(ACRONYM_AS_ACTOR, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            String acr = m.group("acr") != null ? m.group("acr") : m.group("acr2") != null ? m.group("acr2") : m.group("acr3");
            if (Gazetteer.get().en(acr).filter(e -> e.type() != EntityType.ORG).isEmpty()
                    && ProperNouns.get().en(acr).filter(t -> t != EntityType.ORG).isEmpty()) {
                acronyms.add(acr);
            }
        }
        for (String acr : acronyms) {
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![\\w.&-])" + acr + "(?![\\w&-]|\\.\\w)"), acr)) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:acronym", 2));
            }
        }
        // "his wife, Kimberly,", "My wife Kimberly and I": a relative named by a first name alone is a person, and so is that
        // first name wherever it stands alone again
        java.util.Set<String> relatives = new java.util.TreeSet<>();
        for (Matcher m = RELATIVE_NAMED.matcher(text); m.find(); ) {
            if (GivenNames.get().contains(m.group("name")) && !isCommonWord(m.group("name")) && Gazetteer.get().en(m.group("name")).isEmpty()) {
                relatives.add(m.group("name"));
            }
        }
        for (String r : relatives) {
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![A-Z][A-Za-z]{0,20}\\s|[\\w@])" + r + "(?![\\w@]|\\s[A-Z])"), r)) {
                out.add(new Candidate(m.start(), m.end(), EntityType.PERSON, "en:relative", 2));
            }
        }
        for (AnchoredScan scan = new AnchoredScan(COMPANY_CUE, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            String n = m.group("name");
            if (Gazetteer.get().en(n).isEmpty() && !isCommonWord(n.split(" ")[0])) {
                out.add(new Candidate(m.start("name"), m.end("name"), EntityType.ORG, "en:company", 2));
            }
        }
        out.addAll(organisationsByActorCue(text, found));
        // "Boudreau said": a lone surname that speaks is a person, and so is the full name ending in it
        java.util.Set<String> speakers = new java.util.HashSet<>();
        for (AnchoredScan scan = new AnchoredScan(LONE_SPEAKER, text, starts); scan.find(); ) {
            Matcher m = scan.matcher();
            String n = m.group("name") != null ? m.group("name") : m.group("name2");
            if (!isCommonWord(n) && Gazetteer.get().en(n).isEmpty() && !ORG_HEADS.contains(n) && !TITLES.contains(n)) {
                speakers.add(n);
            }
        }
        for (String sp : speakers) {
            Pattern fullName = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z]\\.)? " + Pattern.quote(sp) + "\\b");
            int[] at = WordStarts.of(text).occurrences(sp);
            for (MatchResult full : at == null ? WordStarts.of(text).matches(fullName, sp)
                    : WordStarts.of(text).matchesAt(fullName, capitalisedWordsBefore(text, at))) {
                if (!isCommonWord(full.group().split(" ")[0])) {
                    out.add(new Candidate(full.start(), full.end(), EntityType.PERSON, "en:speaker", 3));
                }
            }
        }
        List<Candidate> people = new ArrayList<>(out.stream().filter(c -> c.type() == EntityType.PERSON).toList());
        for (Candidate c : found) {
            if (c.type() == EntityType.PERSON) {
                people.add(c);
            }
        }
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Candidate c : people) {
            String n = text.substring(c.start(), c.end()).replaceFirst(",? (?:Jr|Sr)\\.?$", "");
            String[] w = n.split(" ");
            if (w.length >= 2 && w[w.length - 1].length() >= 3 && Character.isUpperCase(w[w.length - 1].charAt(0))
                    && !NameKeys.hasHan(n)) {
                surnames.add(surnameOf(w));
            }
            if (w.length == 2 && chineseOrder(w)) {
                surnames.add(w[0]); // "Xi Jinping … directives from Xi": the surname comes first
            }
        }
        for (String sn : surnames) {
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("\\b" + Pattern.quote(sn) + "\\b"), sn)) {
                out.add(new Candidate(m.start(), m.end(), EntityType.PERSON, "en:surname", 3));
            }
        }
        out.addAll(firstNamesAlone(text, people, surnames));
        out.addAll(companiesByShortName(text, found));
        out.addAll(acronymsOfOrganisations(text, found, out)); // "National Security Council … the NSC"
        out.addAll(UncuedCompanies.digitBrands(text)); // "About my6sense": a lower-case brand with a digit
        out.addAll(UncuedCompanies.possessiveBrandsInLists(text, found)); // "Ford, Macy’s, Kellogg’s, NBC"
        List<Candidate> conventions = NewsNameConventions.find(text);
        List<Candidate> withConventions = new ArrayList<>(found);
        withConventions.addAll(conventions);
        out.addAll(acronymsJoinedToOrganisations(text, withConventions)); // "CTIA and Ernst & Young"
        out.addAll(conventions);
        out.addAll(BusinessNewsNames.find(text, found)); // "Goldman Sachs economists", "shares of Microsoft", "the Fed"
        return out;
    }

    /** Small words an acronym leaves out: "Department of Public Safety" is DPS. */
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "on", "in", "&");

    /**
     * "the National Security Council … the NSC": an acronym made of the initials of an organisation the text names in
     * full is that organisation wherever it stands alone. Not one the gazetteer or CC-CEDICT give as something else.
     */
    private static List<Candidate> acronymsOfOrganisations(String text, List<Candidate> found, List<Candidate> more) {
        java.util.Set<String> acronyms = new java.util.TreeSet<>();
        for (List<Candidate> list : List.of(found, more)) {
            for (Candidate c : list) {
                if (c.type() != EntityType.ORG) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (String w : text.substring(c.start(), c.end()).split("\\s+")) {
                    if (!ACRONYM_SKIPS.contains(w) && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)) {
                        initials.append(w.charAt(0));
                    } else if (!ACRONYM_SKIPS.contains(w)) {
                        initials.setLength(0); // a word not written as a name's: no acronym of it
                        break;
                    }
                }
                if (initials.length() >= 3 && initials.length() <= 6) {
                    acronyms.add(initials.toString());
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String acr : acronyms) {
            if (Gazetteer.get().en(acr).filter(e -> e.type() != EntityType.ORG).isPresent()
                    || ProperNouns.get().en(acr).filter(t -> t != EntityType.ORG).isPresent() || isCommon(acr)) {
                continue;
            }
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![\\w.&’'-])" + acr + "(?![\\w&’'-]|\\.\\w)"), acr)) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:acronym-of-name", 2));
            }
        }
        return out;
    }

    /** An acronym standing alone: capitals only, no capitalised word or further letter after it. */
    private static final Pattern LONE_ACRONYM = Pattern.compile("(?<![\\w.&’'-])[A-Z]{2,6}(?![\\w&’'-]|\\.\\w| [A-Z])");

    /**
     * "SBI and ICICI Bank", "Acme Holdings and KBX": an acronym joined by "and" to an organisation found by its head or
     * legal form names an organisation too, as a list joins like things. Not an acronym the gazetteer or CC-CEDICT give as
     * something else ("US and Acme Corp"), nor one after a determiner ("the CEO and Acme Corp").
     */
    /** "the CEO and …", "its CFO and …": an acronym after a determiner is a role or a thing, no name. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?i:the|a|an|its|his|her|their|our|your|my)\\s+$");

    private static List<Candidate> acronymsJoinedToOrganisations(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            if (c.type() != EntityType.ORG || NameKeys.hasHan(text.substring(c.start(), c.end()))) {
                continue;
            }
            if (c.start() >= 7 && text.startsWith(" and ", c.start() - 5)) {
                int end = c.start() - 5;
                Matcher m = LONE_ACRONYM.matcher(text).region(Math.max(0, end - 6), end);
                m.useTransparentBounds(true);
                while (m.find()) {
                    if (m.end() == end && !DETERMINER_BEFORE.matcher(text).region(Math.max(0, m.start() - 7), m.start()).find()) {
                        addJoinedAcronym(m.group(), m.start(), m.end(), out);
                    }
                }
            }
            if (text.startsWith(" and ", c.end())) {
                Matcher m = LONE_ACRONYM.matcher(text).region(c.end() + 5, text.length());
                m.useTransparentBounds(true);
                if (m.lookingAt()) {
                    addJoinedAcronym(m.group(), m.start(), m.end(), out);
                }
            }
        }
        return out;
    }

    private static void addJoinedAcronym(String acr, int start, int end, List<Candidate> out) {
        if (Gazetteer.get().en(acr).filter(e -> e.type() != EntityType.ORG).isEmpty()
                && ProperNouns.get().en(acr).filter(t -> t != EntityType.ORG).isEmpty() && !isCommon(acr)) {
            out.add(new Candidate(start, end, EntityType.ORG, "en:joined-acronym", 2));
        }
    }

    /**
     * What the text has an organisation do or own: an outlet reporting ("Deadline reports that", "Bloomberg reported"),
     * a lower-case kind or rank of business right before the name ("her former label Big Machine", "Dow component Home
     * Depot", "Rival Lowe's"), a source credited ("published by Futurism", "according to data from MarketAxess"), or a
     * company's possessions ("Ascom’s connectivity", "Alibaba’s listing"), a one-word outlet told something ("told Gizmodo by
     * email", "told Ruptly that").
     */
    private static final Pattern ACTOR_CUE = Pattern.compile(
            "(?<![\\w.’'-])(?<name>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2})(?<![’'])(?: News)? (?:reports|reported)\\b"
            + "|\\b(?:label|giant|rival|[Rr]ival|component|firm|retailer|brand|outlet|app|platform|publisher|website) "
            + "(?<name2>[A-Z][A-Za-z&]+(?:['’]s)?(?: [A-Z][A-Za-z&]+(?:['’]s)?){0,2})" + NAME_END
            + "|\\btold (?<name5>[A-Z][A-Za-z&]+)(?= (?:by (?:e-?mail|phone)|that|in an? (?:interview|statement|e-?mail))\\b)"
            + "|\\b(?:published by|data from|surveyed by|polled by|[Cc]redit:) (?<name3>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2})(?=[.,;:)]|\\s*$)"
            + "|(?<![\\w.’'-])(?<name4>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2})['’]s (?:shares|stock|listing|IPO|initial public offering|"
            + "board|employees|customers|revenue|sales|profits?|earnings|subsidiary|parent company|stores|products|"
            + "connectivity|headquarters|acquisition|investors|shareholders|chief executive|CEO|founder)\\b"
            // a lone singular name with a plural verb is a body of people, as British news writes clubs and firms:
            // "Chelsea have paid", "Chelsea hope to announce" (a person has and hopes); not one of a pair ("Kim and Ann have")
            + "|(?<![\\w.’'-]|\\band |, )(?<name6>[A-Z][a-z]+[a-rt-z])(?= (?:have|hope|are|were|want|need|remain) [a-z])");

    /**
     * Organisations named by {@link #ACTOR_CUE}: not a person's name (a listed first name, or a person already found
     * there), not a known place or a nationality, not a frequent word opening a sentence ("Officials reported").
     */
    private static final Pattern VERB_AFTER = Pattern.compile(" (?:was|is|has|had|were|are|said|says|will|would)\\b");

    private static List<Candidate> organisationsByActorCue(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Gazetteer g = Gazetteer.get();
        java.util.Set<String> overridden = new java.util.HashSet<>();
        for (AnchoredScan scan = new AnchoredScan(ACTOR_CUE, text, LatinStarts.of(text)); scan.find(); ) {
            Matcher m = scan.matcher();
            String group = m.group("name") != null ? "name" : m.group("name2") != null ? "name2"
                    : m.group("name3") != null ? "name3" : m.group("name4") != null ? "name4"
                    : m.group("name5") != null ? "name5" : "name6";
            int start = m.start(group);
            int end = m.end(group);
            if ((text.startsWith("’s", end - 2) || text.startsWith("'s", end - 2)) && !VERB_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                end -= 2; // "rival Quorra's shares": the possessive is no part of the name; "Rival Lowe's was": the 's is
            }
            String n = text.substring(start, end);
            String first = n.split(" ")[0];
            int s = start;
            int e = end;
            // a dictionary's sense of a lone word ("Bloomberg", the mayor) yields to what the text has it do ("Bloomberg reported")
            boolean person = found.stream().anyMatch(c -> c.type() == EntityType.PERSON && c.start() < e && s < c.end()
                    && !(c.source().equals("cedict") && c.start() == s && c.end() == e));
            // … unless the word is the surname of someone the text names in full ("Adam Neumann … Neumann’s shares")
            boolean overDictionary = found.stream().anyMatch(c -> c.source().equals("cedict") && c.start() == s && c.end() == e)
                    && found.stream().noneMatch(c -> c.type() == EntityType.PERSON && !c.source().equals("cedict")
                            && text.substring(c.start(), c.end()).endsWith(" " + n));
            // "told Steve that": a listed first name told something is a person
            if (person || GivenNames.get().contains(first) && (n.contains(" ") || group.equals("name5")) || TITLES.contains(first)
                    || g.en(n).filter(x -> x.type() != EntityType.ORG).isPresent() || g.demonym(first).isPresent()
                    || CALENDAR_WORDS.contains(first) || !group.equals("name2") && afterCapitalisedWord(text, start) // "Rival Lowe's": the cue itself
                    || sentenceInitial(text, start) && isCommonWord(first) && !n.contains(" ")) {
                continue;
            }
            out.add(new Candidate(start, end, EntityType.ORG, "en:actor-cue", overDictionary ? 3 : 2));
            if (overDictionary) {
                overridden.add(n);
            }
        }
        // the text's own evidence types the word wherever the dictionary alone typed it ("… [ Bloomberg ]")
        for (Candidate c : found) {
            if (c.source().equals("cedict") && overridden.contains(text.substring(c.start(), c.end()))) {
                out.add(new Candidate(c.start(), c.end(), EntityType.ORG, "en:actor-cue", 3));
            }
        }
        return out;
    }

    /**
     * Whether a company's first word may stand for the whole company: a word of four letters or more that is no frequent
     * word ("General Motors Co"), first name ("Morgan Stanley Group"), place or nationality ("Boston Scientific Corp",
     * "American Express Co"), nor an organisation's head ("Bank", "Institute").
     */
    private static boolean distinctiveHead(String first) {
        return first.length() >= 4 && Character.isUpperCase(first.charAt(0)) && first.chars().allMatch(Character::isLetter)
                && !isCommon(first) && !GivenNames.get().contains(first) && Gazetteer.get().en(first).isEmpty()
                && Gazetteer.get().demonym(first).isEmpty() && !ORG_HEADS.contains(first) && !TITLES.contains(first)
                && ProperNouns.get().en(first).filter(t -> t != EntityType.ORG).isEmpty();
    }

    /** The part of a town a high school is named by ("Wichita North", "Salina South", "Wichita Heights"). */
    private static final String SCHOOL_PARTS = "(?:North|South|East|West|Heights|Northwest|Northeast|Southwest|Southeast)";

    /** Words a company's full name ends with and its short name drops: "The Carlyle Group" is "Carlyle" after. */
    private static final Set<String> CORPORATE_HEADS = Set.of("Group", "Holdings", "Inc", "Inc.", "Corp", "Corp.",
            "Corporation", "Company", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "Industries", "Enterprises");

    /**
     * "The Carlyle Group … Carlyle, which already held a stake": a company named in full once is named again by its name
     * without the corporate head, standing alone (no capitalised word before or after it). Not where the short name is
     * a known place or part of a person's name found, nor a frequent word opening a sentence.
     */
    private static List<Candidate> companiesByShortName(String text, List<Candidate> found) {
        java.util.Set<String> shorts = new java.util.TreeSet<>();
        for (Candidate c : found) {
            if (c.type() != EntityType.ORG) {
                continue;
            }
            List<String> w = new ArrayList<>(List.of(text.substring(c.start(), c.end()).split(" ")));
            if (!w.isEmpty() && w.get(0).equals("The")) {
                w.remove(0);
            }
            boolean cut = false;
            while (w.size() >= 2 && CORPORATE_HEADS.contains(w.get(w.size() - 1))) {
                w.remove(w.size() - 1);
                cut = true;
            }
            String n = String.join(" ", w);
            if (cut && n.length() >= 3 && !NameKeys.hasHan(n) && Gazetteer.get().en(n).isEmpty()
                    && Gazetteer.get().demonym(w.get(0)).isEmpty() && found.stream().noneMatch(p -> p.type() == EntityType.PERSON
                            && (" " + text.substring(p.start(), p.end()) + " ").contains(" " + n + " "))) {
                shorts.add(n);
            }
            String first = w.get(0);
            if (cut && w.size() >= 2 && distinctiveHead(first) && found.stream().noneMatch(p -> p.type() != EntityType.ORG
                    && (" " + text.substring(p.start(), p.end()) + " ").contains(" " + first + " "))) {
                shorts.add(first); // "Tyvak Nano-Satellite Systems Inc … Sierra Nevada and Tyvak": the company by its first word
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String n : shorts) {
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![\\w.’'&-])" + Pattern.quote(n) + "(?![\\w’'&-]| [A-Z])"), n)) {
                if (!afterCapitalisedWord(text, m.start()) && !(!n.contains(" ") && isCommon(n) && sentenceInitial(text, m.start()))) {
                    out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:company-short", 2));
                }
            }
        }
        return out;
    }

    /**
     * "Taylor Swift … Back to Taylor!", "Steve Jobs … We all miss Steve": the listed first name of one person named in
     * full, standing alone elsewhere (no capitalised word before or after it), names that person. Not where two people
     * named share it or it is someone's surname, and not a frequent word opening a sentence ("Will it rain?").
     */
    private static List<Candidate> firstNamesAlone(String text, List<Candidate> people, java.util.Set<String> surnames) {
        java.util.Map<String, Integer> holders = new java.util.HashMap<>();
        java.util.Set<String> fullNames = new java.util.HashSet<>();
        java.util.Set<String> cued = new java.util.HashSet<>();
        for (Candidate c : people) {
            String n = text.substring(c.start(), c.end());
            String[] w = n.split(" ");
            if (w.length >= 2 && !NameKeys.hasHan(n) && fullNames.add(n)) {
                holders.merge(w[0], 1, Integer::sum);
            }
            if (w.length >= 2 && STRONG_PERSON_CUES.contains(c.source())) {
                cued.add(w[0]);
            }
        }
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String n : fullNames) {
            firsts.add(n.split(" ")[0]);
        }
        List<Candidate> out = new ArrayList<>();
        for (String f : firsts) {
            // a first name no list holds counts when a role, a speech verb or an age named its holder a person and it is
            // no frequent word ("said Avinoam Rubinstain, CEO … joining Avinoam and his team")
            boolean listed = GivenNames.get().contains(f) || cued.contains(f) && !isCommon(f) && f.matches("[A-Z][a-z]+");
            if (holders.get(f) != 1 || f.length() < 3 || !listed || surnames.contains(f)
                    || Gazetteer.get().en(f).isPresent() || TITLES.contains(f)) {
                continue;
            }
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![\\w.’'@#-])" + Pattern.quote(f) + "(?![\\w’'-]| [A-Z]| &)"), f)) {
                if (!afterCapitalisedWord(text, m.start()) && !(isCommon(f) && sentenceInitial(text, m.start()))) {
                    out.add(new Candidate(m.start(), m.end(), EntityType.PERSON, "en:first-name", 2));
                }
            }
        }
        return out;
    }

    /** Sources that found a person by a cue of the text (a role, a speech verb, an age, a job title after the name). */
    private static final Set<String> STRONG_PERSON_CUES = Set.of("en:context", "en:titled-apposition", "en:speaker");

    /** Lower-case nouns of a position held in an organisation or a team ("analyst", "defenseman", "pass rusher"). */
    private static final String ROLE_NOUNS = "(?:head |assistant |chief |senior |defensive |offensive |star |rookie )?"
            + "(?:analyst|coach|defenseman|goalie|center|centre|winger|forward|guard|quarterback|pitcher|captain|linebacker|"
            + "receiver|pass rusher|tackle|striker|midfielder|defender|goalkeeper|economist|strategist|spokesman|spokeswoman|"
            + "spokesperson|chairman|chairwoman|president|founder|executive|director|official|employee|manager|editor|"
            + "reporter|correspondent|teacher|professor|researcher|scientist|engineer|lawyer|attorney|"
            // a school's athletes by their sport and their year: "Salina South diver …", "Trinity Academy junior …"
            + "diver|swimmer|runner|wrestler|senior|junior|sophomore|freshman)";
    /** "Joel Schlabach, a teacher at …": a name set off by a comma and an article before a role. */
    private static final Pattern APPOSITION = Pattern.compile(NAME + ", (?:a|an|the) (?:[a-z][a-z-]* ){0,3}?" + ROLE_NOUNS + "\\b");
    /** "Wild defenseman Ryan Suter", "Commerzbank analyst Carsten Fritsch": the team or employer before a role and a name. */
    private static final Pattern ORG_BEFORE_ROLE = Pattern.compile(
            "(?<![A-Za-z])(?<org>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,2})(?:['’]s)? " + ROLE_NOUNS + " " + NAME
            // "Wichita North's Miguel Bernal", "Wichita Heights' Aidan Gantenbein": a school named by its town's part owns its athlete
            + "|(?<![A-Za-z])(?<org2>[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+)? " + SCHOOL_PARTS + ")(?:['’]s|(?<=s)['’]) "
            + NAME.replace("?<name>", "?<name2>"));
    /** Two capitalised words, or initials and a word ("J.J. Abrams"), not inside a longer run: a possible given name and surname. */
    private static final Pattern NAME_PAIR = Pattern.compile(
            "(?<![A-Za-z.’'-])(?<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z]\\.)?|[A-Z]\\.[A-Z]\\.) (?<surname>[A-Z][a-z][a-zA-Z]*[a-z]))\\b(?!['’]?[A-Za-z]| [A-Z]|-)");

    /**
     * Names found by English grammar where no cue word types them: apposition with a role ("Joel Schlabach, a
     * teacher"), a name pair whose surname stands alone elsewhere ("Myles Garrett … Garrett hit"), the team or
     * employer before a role ("Wild defenseman Ryan Suter"), then every lone occurrence of those people's
     * surnames. Only meaningful in English text: the caller keeps those inside English spans.
     */
    public static List<Candidate> byEnglishGrammar(String text) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(appositions(text));
        out.addAll(namesRepeatedBySurname(text));
        out.addAll(organisationsBeforeRoles(text));
        out.addAll(SportsResults.players(text));
        java.util.Set<String> surnames = new java.util.TreeSet<>();
        for (Candidate c : out) {
            String[] w = text.substring(c.start(), c.end()).split(" ");
            if (c.type() == EntityType.PERSON && w.length >= 2 && w[w.length - 1].length() >= 3) {
                surnames.add(surnameOf(w));
            }
        }
        for (String sn : surnames) {
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("\\b" + Pattern.quote(sn) + "\\b"), sn)) {
                out.add(new Candidate(m.start(), m.end(), EntityType.PERSON, "en:surname-repeated", 2));
            }
        }
        return out;
    }

    /** "Joel Schlabach, a teacher at eastern Indiana’s …": apposition with a role names a person. */
    private static List<Candidate> appositions(String text) {
        List<Candidate> out = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(APPOSITION, text, LatinStarts.of(text)); scan.find(); ) {
            Matcher m = scan.matcher();
            if (personShaped(m.group("name"), true)) {
                out.add(new Candidate(m.start("name"), m.end("name"), EntityType.PERSON, "en:apposition", 3));
            }
        }
        return out;
    }

    /**
     * "Myles Garrett … before Garrett hit Rudolph": news names a person in full once, then by the surname
     * alone. A pair of capitalised words shaped like a name (not a frequent word first, no known place or
     * organisation in it) whose second word stands alone elsewhere in the text is a person. Company names
     * shaped like people ("Goldman Sachs") are told apart only where the gazetteer or CC-CEDICT know them.
     */
    private static List<Candidate> namesRepeatedBySurname(String text) {
        List<Candidate> out = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(NAME_PAIR, text, LatinStarts.of(text)); scan.find(); ) {
            Matcher m = scan.matcher();
            String name = m.group("name");
            String surname = m.group("surname");
            if (afterCapitalisedWord(text, m.start()) && !afterSentenceOpener(text, m.start()) || isCommonWord(surname) || knownName(name)
                    || knownAsNoPerson(name.split(" ")[0]) // "Indiana Statehouse": a place first is no given name ("Noah", a person in CC-CEDICT, is one)
                    || !personShaped(name, false) || sentenceInitial(text, m.start("name")) && isCommon(name.split(" ")[0])
                    && !rareGivenName(name.split(" ")[0])) { // "series: Noah Hawley", not "Despite Garrett"
                continue;
            }
            // "the Steelers", "the Stadia controller": a word after an article is a team or a thing, no surname
            if (standsAlone(text, surname, m.start("name"), m.end("name"))
                    && WordStarts.of(text).matchesAfter(Pattern.compile("\\b[Tt]he " + Pattern.quote(surname) + "\\b"), 4, surname).isEmpty()) {
                out.add(new Candidate(m.start("name"), m.end("name"), EntityType.PERSON, "en:surname-repeated", 2));
            }
        }
        return out;
    }

    /** Whether {@code word} occurs as a whole word outside {@code [from, to)}, not right after another capitalised word. */
    private static boolean standsAlone(String text, String word, int from, int to) {
        // a whole word stands where an ASCII word starts: looked up, not searched for along the text per name
        int[] found = WordStarts.of(text).occurrences(word);
        if (found == null) {
            found = java.util.stream.IntStream.iterate(text.indexOf(word), i -> i >= 0, i -> text.indexOf(word, i + 1)).toArray();
        }
        for (int at : found) {
            if (at >= from && at < to) {
                continue;
            }
            int end = at + word.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole && !afterCapitalisedWord(text, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code [A-Z][a-z]+(?: [A-Z]\.)? } can start so as to end right before each of {@code at} (ascending):
     * the capitalised word one space before, or before an initial ("Bruce A. Boudreau").
     */
    private static int[] capitalisedWordsBefore(String text, int[] at) {
        java.util.stream.IntStream.Builder starts = java.util.stream.IntStream.builder();
        for (int a : at) {
            for (int wordEnd : new int[] {a - 1, a - 4}) {
                if (wordEnd == a - 4 && !(a >= 4 && text.charAt(a - 2) == '.' && text.charAt(a - 3) >= 'A' && text.charAt(a - 3) <= 'Z'
                        && text.charAt(a - 4) == ' ')) {
                    continue;
                }
                int k = wordEnd - 1;
                while (k >= 0 && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
                    k--;
                }
                if (k >= 0 && k < wordEnd - 1 && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z') {
                    starts.add(k);
                }
            }
        }
        return starts.build().sorted().distinct().toArray();
    }

    /** Whether a capitalised word and one space come right before {@code at} ("Cleveland DL Larry"): then a run is longer. */
    private static boolean afterCapitalisedWord(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && Character.isLetter(text.charAt(at - 2))
                && Character.isUpperCase(text.charAt(wordStart(text, at - 2)));
    }

    /** "Later Lena Morrow": the capitalised word before {@code at} is a frequent word opening the sentence, no part of a name. */
    private static boolean afterSentenceOpener(String text, int at) {
        int start = wordStart(text, at - 2);
        return isCommon(text.substring(start, at - 1)) && sentenceInitial(text, start);
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * "Wild defenseman Ryan Suter", "Commerzbank analyst Carsten Fritsch": capitalised words before a
     * role and a person's name are the team or employer: an organisation, unless the gazetteer or
     * CC-CEDICT know them as something else or they are a nationality. A frequent word ("Wild", "Head")
     * counts only where the text also uses it as a name elsewhere: "the Wild are", "for the Wild.".
     */
    private static List<Candidate> organisationsBeforeRoles(String text) {
        List<Candidate> out = new ArrayList<>();
        Gazetteer g = Gazetteer.get();
        for (AnchoredScan scan = new AnchoredScan(ORG_BEFORE_ROLE, text, LatinStarts.of(text)); scan.find(); ) {
            Matcher m = scan.matcher();
            String group = m.group("org") != null ? "org" : "org2";
            String org = m.group(group);
            int start = m.start(group);
            String person = m.group(group.equals("org") ? "name" : "name2");
            if (org.startsWith("The ")) {
                org = org.substring(4); // "The Wild goalie …": the article is no part of the name
                start += 4;
            }
            if (afterCapitalisedWord(text, m.start(group))) {
                continue;
            }
            String first = org.split(" ")[0];
            // a town and the part of it a school is named by ("Wichita West") is the school, though the town is a place
            boolean school = org.matches(".+ " + SCHOOL_PARTS) && !knownName(org);
            if (!personShaped(person, true) || g.en(org).isPresent() || g.demonym(org).isPresent()
                    || g.demonym(first).isPresent() || TITLES.contains(first)
                    || ProperNouns.get().en(org).filter(t -> t != EntityType.ORG).isPresent()
                    || !school && java.util.Arrays.stream(org.split(" ")).anyMatch(w -> g.en(w).isPresent() && w.length() > 3)) {
                continue;
            }
            boolean common = java.util.Arrays.stream(org.split(" ")).anyMatch(EnglishNames::isCommonWord);
            if (common && !school && !usedAsName(text, org)) {
                continue;
            }
            out.add(new Candidate(start, start + org.length(), EntityType.ORG, "en:employer", 2));
        }
        return out;
    }

    /** "the Wild are", "for the Wild.": a capitalised word after "the" that ends a phrase or comes before a verb. */
    private static boolean usedAsName(String text, String name) {
        return !WordStarts.of(text).matchesAfter(Pattern.compile("\\bthe " + Pattern.quote(name)
                + "(?:['’]s)?(?:[.,;:!?”\"]| (?:are|were|is|was|have|has|had|will|would|could|lost|won|beat|still)\\b)"), 4, name).isEmpty();
    }

    /** Two or three capitalised words, none a frequent word or a known place or organisation. */
    static boolean personShaped(String name, boolean strongCue) {
        String[] w = name.split(" ");
        if (w.length < 2) {
            return false;
        }
        Gazetteer g = Gazetteer.get();
        if (g.en(name).isPresent()) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            String x = w[k];
            // with a role before it, a first word that names a city is a first name too ("congresswoman Alexandria Ocasio-Cortez")
            boolean cityAsFirstName = strongCue && k == 0 && g.en(x).filter(e -> e.id().startsWith("city:")).isPresent();
            if (ORG_HEADS.contains(x) || FACILITY_HEADS.contains(x) || EVENT_HEADS.contains(x) || TITLES.contains(x)
                    || k == w.length - 1 && POSITION_WORDS.contains(x) // "first Chief Strategy Officer": a job, no one's name
                    || g.en(x).filter(e -> e.type() != EntityType.PERSON).isPresent() && x.length() > 3 && !cityAsFirstName) {
                return false;
            }
        }
        return strongCue && EnglishLexicon.get().zipf(w[0].toLowerCase(Locale.ROOT)) < 5.5 || !isCommonWord(w[0])
                || w[0].length() <= 6 && EnglishLexicon.get().zipf(w[0].toLowerCase(Locale.ROOT)) < 4.5;
    }

    private static boolean isCapitalised(String text, int[] t) {
        return Character.isUpperCase(text.charAt(t[0]));
    }

    /**
     * Where a law's name ends when token {@code j + 1} is a connector ("and", "of", "on", "for") inside it: the capitalised
     * words after the connector run on to "Act" ("Human Rights and Democracy Act", "Freedom of Information Act"); else -1.
     */
    private static int lawAfterConnector(String text, List<int[]> tokens, int j) {
        if (j + 2 >= tokens.size() || !Set.of("and", "of", "on", "for").contains(word(text, tokens.get(j + 1)))) {
            return -1;
        }
        for (int k = j + 2; k < tokens.size() && k <= j + 6 && adjacent(text, tokens.get(k - 1), tokens.get(k))
                && isCapitalised(text, tokens.get(k)); k++) {
            if (word(text, tokens.get(k)).equals("Act")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code j + 1} is a middle initial: one capital with its full stop between a listed first name
     * (token {@code j}) and a capitalised word ("Patrick W. Carlineo"), not a sentence's end ("Plan A. Then").
     */
    private static boolean middleInitial(String text, List<int[]> tokens, int j) {
        if (j + 2 >= tokens.size()) {
            return false;
        }
        int[] initial = tokens.get(j + 1);
        int[] after = tokens.get(j + 2);
        return initial[1] - initial[0] == 1 && adjacent(text, tokens.get(j), initial) && initial[1] + 1 < text.length()
                && text.charAt(initial[1]) == '.' && text.charAt(initial[1] + 1) == ' ' && after[0] == initial[1] + 2
                && isCapitalised(text, after) && GivenNames.get().contains(word(text, tokens.get(j)));
    }

    private static boolean adjacent(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == ' ';
    }

    private static String word(String text, int[] t) {
        return text.substring(t[0], t[1]);
    }

    /** A frequent English word (not a name on its own), whatever its case. */
    public static boolean isCommon(String w) {
        return EnglishLexicon.get().zipf(w.toLowerCase(Locale.ROOT)) >= 3.5;
    }

    static boolean isCommonWord(String w) {
        if (w.length() > 1 && w.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return EnglishLexicon.get().zipf(w.toLowerCase(Locale.ROOT)) >= 3.5;
    }

    /** "Toyota": a city of the cities list whose name CC-CEDICT gives as a company or a person names that first. */
    private static boolean cityNamedAfterOtherThing(Gazetteer g, String name) {
        return g.en(name).get().id().startsWith("city:")
                && ProperNouns.get().en(name).filter(t -> t != EntityType.PLACE).isPresent();
    }

    /** Last words that end the names of places, buildings, laws and prizes, never a surname ("Lincoln Park", "Madison Square"). */
    /**
     * Capitalised particles that open a surname ("Van Der Beek", "La Canfora", "De Niro"): part of the surname, so a
     * person named in full is named again by all of it, never by the last word alone.
     */
    static final Set<String> SURNAME_PARTICLES = Set.of("Van", "Von", "Der", "Den", "De", "Del", "Della", "Di", "Da", "Du",
            "La", "Le", "Ter", "Ten");

    /** The surname of a full name split into words: its last word with the particles before it ("Van Der Beek"). */
    static String surnameOf(String[] w) {
        int k = w.length - 1;
        while (k > 1 && SURNAME_PARTICLES.contains(w[k - 1])) {
            k--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
    }

    private static final Set<String> NOT_SURNAMES = Set.of("State", "County", "City", "Street", "Square", "Garden", "Gardens",
            "Hall", "Memorial", "Avenue", "Island", "Islands", "Lake", "River", "Valley", "Bay", "Beach", "Church", "Hospital",
            "Museum", "Library", "Theater", "Theatre", "Tower", "Building", "Hotel", "Mall", "Field", "Arena", "Award", "Awards",
            "Prize", "Day", "Act", "Law", "Trophy", "Bowl", "Series", "Show", "Hill", "Heights", "Falls", "Springs",
            "Productions", "Design", "Designs", "Pictures", "Entertainment", "Media", "Pro",
            // the part of a town a school or district is named by ("Salina South"); "West" is a common surname too
            "North", "South", "East");
    /** Adjectives of a region that name schools, teams and areas, never a person's surname. */
    private static final Set<String> REGION_ADJECTIVES = Set.of("Northern", "Southern", "Eastern", "Western", "Central",
            "Northeastern", "Northwestern", "Southeastern", "Southwestern");
    private static final Set<String> CALENDAR_WORDS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /**
     * "Mike Glass threw", "members Tom Johnston, Patrick Simmons": a listed first name that is neither a frequent word
     * ("Will", "Grant") nor a place ("Georgia", "Austin"), then one or two capitalised surnames that end no place,
     * building or organisation ("Jordan Park", "Morgan Library") and are no place, demonym or date themselves.
     */
    private static boolean givenNamePair(String text, List<int[]> run) {
        int particles = 0;
        for (int k = 1; k < run.size() - 1; k++) {
            String w = word(text, run.get(k));
            particles += SURNAME_PARTICLES.contains(w) || w.length() == 1 && text.charAt(run.get(k)[1]) == '.' ? 1 : 0;
        }
        if (run.size() - particles < 2 || run.size() - particles > 3) {
            return false;
        }
        String first = word(text, run.get(0));
        Gazetteer g = Gazetteer.get();
        if (g.en(first).isPresent()) {
            return false;
        }
        // SUBTLEX counts names as words (films say "Mike" often): SCOWL's everyday lists tell "Bill" and "Grant" apart;
        // a surname's particle is listed as a first name too ("De", "La"), but opens no name pair ("Der Beek")
        if (!listedFirstName(hyphenedFirstName(first))) {
            return false;
        }
        for (int k = 1; k < run.size(); k++) {
            String w = word(text, run.get(k));
            if (k < run.size() - 1 && SURNAME_PARTICLES.contains(w)) {
                continue; // "James Van Der Beek", "Jason La Canfora"
            }
            if (k < run.size() - 1 && w.length() == 1 && text.charAt(run.get(k)[1]) == '.') {
                continue; // "Sonya A. Zoghlin": a middle initial
            }
            if (REGION_ADJECTIVES.contains(w)) {
                return false; // "Gibson Southern", "Georgia Southern": a school or team named after a region
            }
            if (!w.matches("[A-Z][\\p{IsLatin}'’-]*[\\p{Ll}&&\\p{IsLatin}][\\p{IsLatin}'’-]*") || CONNECTORS.contains(w) || TITLES.contains(w)
                    || ORG_HEADS.contains(w) || FACILITY_HEADS.contains(w) || EVENT_HEADS.contains(w) || NOT_SURNAMES.contains(w)
                    || CALENDAR_WORDS.contains(w) || g.en(w).filter(e -> !e.id().startsWith("city:")).isPresent()
                    || g.demonym(w).isPresent()) { // a surname may name a city too ("Arthur Jackson")
                return false;
            }
        }
        return g.en(text.substring(run.get(0)[0], run.get(run.size() - 1)[1])).isEmpty();
    }

    private static boolean listedFirstName(String first) {
        return GivenNames.get().contains(first) && EnglishLexicon.get().scowlSize(first) > 20 && !SURNAME_PARTICLES.contains(first);
    }

    /** A double first name ("Jean-Luc", "Pierre-Hugues"). */
    private static final Pattern HYPHENED_FIRST_NAME = Pattern.compile("([A-Z][a-z]+)-([A-Z][a-z]+)");

    /**
     * The first name to look up: a double first name's first part ("Pierre-Hugues Herbert" is named like "Pierre Herbert"),
     * where its second part is a first name too or no English word nor place ("Mercedes-Benz" is known as a company, and a
     * "Rose-Gold Watch" has a word after the hyphen); else the word itself.
     */
    private static String hyphenedFirstName(String first) {
        Matcher m = HYPHENED_FIRST_NAME.matcher(first);
        if (!m.matches()) {
            return first;
        }
        String second = m.group(2);
        boolean nameLike = listedFirstName(second) || !isCommonWord(second)
                && EnglishLexicon.get().zipf(second.toLowerCase(Locale.ROOT)) < 2.5 && Gazetteer.get().en(second).isEmpty();
        return nameLike ? m.group(1) : first;
    }

    /**
     * "Xi Jinping", "Wang Yi": a person's name written surname first, a pinyin syllable that is no frequent English word
     * ("He", "Long" are) before a given name of one or two syllables.
     */
    private static boolean chineseOrder(String[] w) {
        return w[0].length() >= 2 && Pinyin.isSyllable(w[0]) && !isCommonWord(w[0]) && pinyinName(w[1]) && syllableCount(w[1]) <= 2;
    }

    /** "Liu Jiangping", "Xi Jinping": a one-syllable surname, then given names made of pinyin syllables. */
    private static boolean romanisedChineseName(String text, List<int[]> tokens) {
        String surname = word(text, tokens.get(0));
        if (!Pinyin.isSyllable(surname)) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k++) {
            String w = word(text, tokens.get(k));
            if (!pinyinName(w) || syllableCount(w) > 2) {
                return false;
            }
        }
        return true;
    }

    /** True if the word splits into pinyin syllables ("Jiangping", "Xi'an", "Tianjin"). */
    public static boolean pinyinName(String w) {
        return syllableCount(w) > 0;
    }

    /** The patterns scanned only from {@link LatinStarts}: each alternative opens with [A-Z] or \b and an ASCII letter. */
    static final List<Pattern> SCANNED_FROM_LATIN_STARTS = List.of(ROLE_BEFORE, SAID, AGE, TITLED_APPOSITION, EMPLOYER_AFTER_JOB,
            WEB_DOMAIN, LEGAL_FORM, KIND_BEFORE_ORG, CITY_SERVICE, LEGISLATIVE_HOUSE, SOURCE_WITH_ARTICLE, ORG_THEN_KIND, KIND_THEN_ORG,
            ACRONYM_AS_ACTOR, COMPANY_CUE, LONE_SPEAKER, ACTOR_CUE, ORG_BEFORE_ROLE, APPOSITION, NAME_PAIR);

    /** The letters a pinyin word is written with (compiled once: {@code String.matches} compiles per call). */
    private static final Pattern PINYIN_LETTERS = Pattern.compile("[a-zü']+");

    /** The number of pinyin syllables {@code w} splits into, fewest first; 0 when it does not split. */
    public static int syllableCount(String w) {
        String s = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.isEmpty() || !PINYIN_LETTERS.matcher(s).matches()) {
            return 0;
        }
        int[] best = new int[s.length() + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < s.length(); i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            int from = s.charAt(i) == '\'' ? i + 1 : i;
            if (from != i) {
                best[from] = Math.min(best[from], best[i]);
                continue;
            }
            for (int len = 1; len <= 6 && from + len <= s.length(); len++) {
                if (Pinyin.isSyllable(s.substring(from, from + len)) && best[i] + 1 < best[from + len]) {
                    best[from + len] = best[i] + 1;
                }
            }
        }
        return best[s.length()] == Integer.MAX_VALUE ? 0 : best[s.length()];
    }
}
