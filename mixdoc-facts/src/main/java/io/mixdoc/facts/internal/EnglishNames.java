package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import io.mixdoc.internal.EnglishLexicon;
import io.mixdoc.internal.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named-entity candidates in English text: runs of capitalised words (with {@code of}, {@code in},
 * {@code for} inside organisation names), typed by the gazetteer, by head nouns ({@code Embassy},
 * {@code Railway}, {@code Summit}), by titles ({@code President}) and by the shape of romanised
 * Chinese names ({@code Liu Jiangping}, {@code Tianjin}). Offsets are UTF-16, half-open.
 */
public final class EnglishNames {
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Za-z]*(?:['’][a-z]+)?(?:-[A-Z][A-Za-z]*(?:['’][a-z]+)?)*|[a-z]+");
    private static final Set<String> CONNECTORS = Set.of("of", "in", "for", "on", "and", "the", "de");
    private static final Set<String> TITLES = Set.of("President", "Premier", "Ambassador", "Minister", "Mr", "Mrs", "Ms",
            "Dr", "Chairman", "Chairwoman", "Secretary", "General", "King", "Queen", "Prince", "Princess", "Senator",
            "Governor", "Mayor", "Professor", "Prof", "Chancellor", "Vice", "Prime", "Foreign", "Councillor", "Director",
            "Consul", "Envoy", "Secretary-General", "Vice-President", "Deputy", "Chief", "Spokesperson", "Spokesman", "Counselor", "Sir", "Lord", "Pope", "Sheikh");
    private static final Set<String> ORG_HEADS = Set.of("Service", "Organization", "Organisation", "Embassy", "Consulate",
            "Ministry", "University", "Institute", "Institutes", "Company", "Group", "Bank", "Council", "Committee", "Agency",
            "Association", "Party", "Government", "Parliament", "Assembly", "Commission", "News", "Daily", "Times",
            "Corporation", "Corp", "Inc", "Ltd", "Union", "League", "Federation", "Foundation", "Office", "Department",
            "Academy", "College", "School", "Court", "Club", "Alliance", "Centre", "Center", "Bureau", "Authority",
            "Administration", "Congress", "Senate", "Police", "Army", "Navy", "Fund", "Press", "Post", "Herald", "Network");
    private static final Set<String> FACILITY_HEADS = Set.of("Railway", "Railroad", "Highway", "Road", "Pipeline", "Port",
            "Airport", "Bridge", "Dam", "Station", "Tunnel", "Canal", "Corridor", "Expressway", "Park", "Plant", "Stadium");
    private static final Set<String> EVENT_HEADS = Set.of("Summit", "Forum", "Expo", "Games", "Conference", "Olympics",
            "Festival", "Exhibition", "Fair", "Congress", "Olympiad", "Cup", "War", "Dialogue", "Meeting");
    private static final Set<String> TRAILING_NOISE = Set.of("Project", "Projects", "Program", "Programme", "Reporter",
            "Reporters", "Correspondent", "Spokesperson", "Spokesman");

    private EnglishNames() {
    }

    /** Candidates in {@code text[from, to)}; nested place names inside longer names are included. */
    public static List<Candidate> find(String text, int from, int to) {
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
            while (j + 1 < tokens.size() && adjacent(text, tokens.get(j), tokens.get(j + 1))) {
                int[] next = tokens.get(j + 1);
                if (isCapitalised(text, next)) {
                    j++;
                } else if (CONNECTORS.contains(word(text, next)) && j + 2 < tokens.size()
                        && adjacent(text, next, tokens.get(j + 2)) && isCapitalised(text, tokens.get(j + 2))
                        && ORG_HEADS.contains(word(text, tokens.get(j)))) {
                    j += 2;
                } else {
                    break;
                }
            }
            run(text, tokens.subList(i, j + 1), out);
            i = j + 1;
        }
        return out;
    }

    private static void run(String text, List<int[]> run, List<Candidate> out) {
        int a = 0;
        int b = run.size();
        boolean titled = false;
        // leading sentence-initial common words ("Recently", "During", "The") and titles
        while (a < b) {
            String w = word(text, run.get(a));
            if (TITLES.contains(w)) {
                titled = true;
                a++;
            } else if (a == 0 && isCommonWord(w) && Gazetteer.get().en(w).isEmpty() && !pinyinName(w)) {
                a++;
            } else {
                break;
            }
        }
        while (b > a && (TRAILING_NOISE.contains(word(text, run.get(b - 1))) || CONNECTORS.contains(word(text, run.get(b - 1))))) {
            b--;
        }
        if (a >= b) {
            return;
        }
        int start = run.get(a)[0];
        int end = run.get(b - 1)[1];
        String name = text.substring(start, end);
        String head = word(text, run.get(b - 1));
        for (int k = a + 1; k < b; k++) {
            if (CONNECTORS.contains(word(text, run.get(k)))) {
                head = word(text, run.get(k - 1)); // "Embassy in Kyrgyzstan", "Bank of China"
                break;
            }
        }
        Gazetteer g = Gazetteer.get();
        EntityType type = null;
        String source = "en:shape";
        if (g.en(name).isPresent()) {
            type = g.en(name).get().type();
            source = "gazetteer";
        } else if (g.demonym(name).isPresent()) {
            return; // "Chinese" names no one by itself
        } else if (ORG_HEADS.contains(head) && b - a >= 2) {
            type = EntityType.ORG;
            source = "en:head";
        } else if (FACILITY_HEADS.contains(head) && b - a >= 2) {
            type = EntityType.FACILITY;
            source = "en:head";
        } else if (EVENT_HEADS.contains(head) && b - a >= 2) {
            type = EntityType.EVENT;
            source = "en:head";
        } else if (titled && b - a <= 3) {
            type = EntityType.PERSON;
            source = "en:title";
        } else if (b - a >= 2 && b - a <= 3 && romanisedChineseName(text, run.subList(a, b))) {
            type = EntityType.PERSON;
            source = "en:pinyin";
        } else if (b - a == 1 && pinyinName(name) && syllableCount(name) >= 2 && !isCommonWord(name)) {
            type = EntityType.PLACE;
            source = "en:pinyin";
        }
        if (type != null && !name.contains("-") || type != null && type != EntityType.PLACE) {
            out.add(new Candidate(start, end, type, source, source.equals("gazetteer") ? 3 : 2));
        }
        // names inside the run: "China-Kyrgyzstan relations", "the Tianjin Summit",
        // "Kyrgyzstan Liu Jiangping" (a place then a person, run together)
        if (!source.equals("gazetteer") && (type == null || type != EntityType.PERSON && type != EntityType.PLACE || name.contains("-"))) {
            inner(text, run.subList(a, b), type != null, out);
        }
    }

    /** Splits a run into hyphen-separated parts and finds places and romanised names among them. */
    private static void inner(String text, List<int[]> run, boolean typed, List<Candidate> out) {
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
                if (e.isPresent() && (e.get().type() == EntityType.PLACE || !typed)) {
                    out.add(new Candidate(parts.get(k)[0], parts.get(k + len - 1)[1], e.get().type(), "gazetteer", 3));
                    matched = len;
                }
            }
            if (matched == 0 && !typed && TITLES.contains(word(text, parts.get(k)))) {
                // "UN Secretary-General Antonio Guterres": the title's holder follows it
                int p = k + 1;
                while (p < last && TITLES.contains(word(text, parts.get(p)))) {
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
                    && !typed) {
                out.add(new Candidate(parts.get(k)[0], parts.get(k + 1)[1], EntityType.PERSON, "en:pinyin", 2));
                matched = 2;
            }
            if (matched == 0) {
                String p = word(text, parts.get(k));
                if (pinyinName(p) && syllableCount(p) >= 2 && !isCommonWord(p) && !ORG_HEADS.contains(p)
                        && !FACILITY_HEADS.contains(p) && !EVENT_HEADS.contains(p)) {
                    out.add(new Candidate(parts.get(k)[0], parts.get(k)[1], EntityType.PLACE, "en:pinyin", 2));
                }
                matched = 1;
            }
            k += matched;
        }
    }

    private static boolean isCapitalised(String text, int[] t) {
        return Character.isUpperCase(text.charAt(t[0]));
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

    /** The number of pinyin syllables {@code w} splits into, fewest first; 0 when it does not split. */
    public static int syllableCount(String w) {
        String s = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.isEmpty() || !s.matches("[a-zü']+")) {
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
