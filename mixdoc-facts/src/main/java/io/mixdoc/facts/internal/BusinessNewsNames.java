package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies and central banks as English business news names them (issue 15, s20-fin): a company needs no legal form
 * when the text has it employ economists, list shares or issue statements ("Goldman Sachs economists", "shares of
 * Microsoft"), and a central bank is named by a fixed form ("the Federal Reserve", "the Fed", "the BOJ"). A name the
 * text treats as a company once is that company wherever it stands alone, over a reading of its shape as a person.
 */
final class BusinessNewsNames {
    private BusinessNewsNames() {
    }

    /** Above a name's shape (2) and a speech verb's person (3): the text says outright what the name is. */
    private static final int PRIORITY = 4;
    /** One to four capitalised words, "of" or "&" between them: "Goldman Sachs", "Bank of America", "Ernst & Young". */
    private static final String NAME = "(?<name>[A-Z][A-Za-z&]+(?: (?:of |& )?[A-Z][A-Za-z&]+){0,3})";
    /** Where a name ends: no further letter, capitalised word or hyphenated part. */
    private static final String NAME_END = "(?![\\w’'&-]| [A-Z])";
    /** People a company employs or answers to, and its stock: "Goldman Sachs economists", "Tesla shareholders". */
    private static final Pattern STAFF_AFTER = Pattern.compile("(?<![\\w.’'&-])" + NAME + "(?:['’]s)? (?:economists?|analysts?|"
            + "strategists?|shareholders|executives|(?:shares|stock) (?:rose|fell|jumped|climbed|gained|surged|soared|dropped|"
            + "slid|sank|slumped|tumbled|plunged|closed|ended|were|have))\\b");
    /** "Analysts at Goldman Sachs said", "economists at the Federal Reserve": people who work at the name. */
    private static final Pattern STAFF_AT = Pattern.compile("\\b(?i:economists|analysts|strategists|executives|bankers) "
            + "(?:at|with|from) (?:the )?" + NAME + "(?=[,.;:)”\"]|\\s+[a-z]|\\s*$)");
    /** "Shares of Microsoft rose", "shares in Tesco": a listed company's stock. */
    private static final Pattern SHARES_OF = Pattern.compile("\\b[Ss]hares (?:of|in) " + NAME + NAME_END);
    /** "Acme Widgets said in a statement": a company or a person; what the text calls it next decides. */
    private static final Pattern STATEMENT = Pattern.compile("(?<![\\w.’'&-])" + NAME + " said in a (?:statement|filing|release)\\b");
    /**
     * How the next sentences refer back to the name: a company as its, the company; a person as he, she, Mr. A bare
     * "it" says nothing ("Kennedy said in a statement that it was a sad day").
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:(?<thing>[Ii]ts|[Tt]he (?:company|firm|group|bank|retailer|carmaker))"
            + "|(?<person>he|she|his|her|[Hh]e|[Ss]he|[Hh]is|[Hh]er|Mr|Ms|Mrs))\\b");
    /** Words that make a name before "strategists" a party or a people: "Democratic strategists", "Chinese analysts". */
    private static final Set<String> PARTY_WORDS = Set.of("Democratic", "Democrat", "Democrats", "Republican", "Republicans",
            "Labour", "Conservative", "Tory", "Liberal", "GOP");

    /** The Federal Reserve by its full names, its board or one of its regional banks. */
    private static final Pattern FEDERAL_RESERVE = Pattern.compile("\\bFederal Reserve(?: Bank of [A-Z][a-z]+(?: [A-Z][a-z]+)?"
            + "| Board| System| Bank)?\\b");
    /** A Fed official or body named with the short form: "Fed Chair Jerome Powell", "Fed officials", "the Fed’s". */
    private static final Pattern FED_NAMED = Pattern.compile("\\bFed(?=['’]s | (?:Chair|Chairman|Chairwoman|Vice Chair|Governor|"
            + "President|officials|policymakers|governors)\\b)");
    /**
     * "Fed" standing alone, as the bank ("the Fed would wait", "Fed holds rates", "the Fed’s"), not the verb opening a sentence
     * ("Fed up with …", "Fed by rain").
     */
    private static final Pattern FED = Pattern.compile("(?<![\\w.’'&-])Fed(?=['’]s\\b|(?![\\w’'&-]| (?:up|by|with|on|to|into|from)\\b| Cup\\b))");
    /** "the Bank of Japan": a country's central bank, whose short name keeps the "of" ("BOJ", "BoE"). */
    private static final Pattern BANK_OF = Pattern.compile("\\bBank of (?<country>[A-Z][a-z]+)\\b(?! [A-Z])");

    /** Companies and central banks in {@code text}; {@code found} are the mentions kept so far. */
    static List<Candidate> find(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        centralBanks(text, out);
        Set<String> companies = new TreeSet<>();
        for (Pattern p : new Pattern[] {STAFF_AFTER, STAFF_AT, SHARES_OF}) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                String n = m.group("name").replaceFirst("^The ", "");
                if (startsAName(text, m.start("name")) && companyName(text, n, found)
                        && (n.contains(" ") || !sentenceInitial(text, m.start("name")) || capitalisedMidSentence(text, n))) {
                    companies.add(n);
                }
            }
        }
        for (Matcher m = STATEMENT.matcher(text); m.find(); ) {
            String n = m.group("name");
            // a person's full name says its statements too ("Dana Pruitt said in a statement"): only a name no first name opens
            if (startsAName(text, m.start("name")) && companyName(text, n, found) && !GivenNames.get().contains(n.split(" ")[0])
                    && referredToAsAThing(text, m.end())) {
                companies.add(n);
            }
        }
        for (String n : companies) {
            for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![\\w.’'&-])" + Pattern.quote(n) + NAME_END), n)) {
                if (!afterCapitalisedWord(text, m.start())) {
                    out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:business-news", PRIORITY));
                }
            }
        }
        return out;
    }

    /**
     * Whether a name before or after a cue can be a company: not a known place, a nationality or a party ("Chinese
     * analysts", "Republican strategists"), not one frequent word ("Bank analysts", "Market strategists"), not a person a
     * strong cue named, and not a full name whose last word stands alone elsewhere as a person's surname does
     * ("Mr. Carter", "Carter said").
     */
    private static boolean companyName(String text, String n, List<Candidate> found) {
        String[] words = n.split(" ");
        if (Gazetteer.get().en(n).filter(e -> e.type() != EntityType.ORG).isPresent()
                || ProperNouns.get().en(n).filter(t -> t != EntityType.ORG).isPresent()) {
            return false;
        }
        for (String w : words) {
            if (Gazetteer.get().demonym(w).isPresent() || PARTY_WORDS.contains(w)) {
                return false;
            }
        }
        if (words.length == 1 && (EnglishNames.isCommonWord(n) || GivenNames.get().contains(n))) {
            return false;
        }
        if (found.stream().anyMatch(c -> c.type() == EntityType.PERSON && Set.of("en:context", "en:titled-apposition",
                "en:speaker", "en:apposition").contains(c.source()) && text.substring(c.start(), c.end()).equals(n))) {
            return false;
        }
        String last = words[words.length - 1];
        return words.length == 1 || last.length() < 3 || !Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr)\\.? " + Pattern.quote(last)
                + "\\b|(?<![A-Z][A-Za-z&]{0,20} )\\b" + Pattern.quote(last) + " (?:said|says|told|added)\\b").matcher(text).find();
    }

    /**
     * Whether the text next refers to what it named at {@code from} as a thing: "its" or "the company" comes
     * before any "he", "she" or "Mr." within the next two sentences.
     */
    private static boolean referredToAsAThing(String text, int from) {
        int end = from;
        for (int sentences = 0; end < text.length() && sentences < 2; end++) {
            if (".!?\n".indexOf(text.charAt(end)) >= 0) {
                sentences++;
            }
        }
        Matcher m = BACK_REFERENCE.matcher(text).region(from, end);
        return m.find() && m.group("thing") != null;
    }

    /**
     * "the Federal Reserve" (and its banks and board), "the Fed" where the text names the Federal Reserve or a Fed
     * official, and "BOJ"/"BoE" where it names the Bank of Japan or of England (any "Bank of" one word).
     */
    private static void centralBanks(String text, List<Candidate> out) {
        boolean fedNamed = false;
        for (Matcher m = FEDERAL_RESERVE.matcher(text); m.find(); ) {
            out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:central-bank", PRIORITY));
            fedNamed = true;
        }
        if (fedNamed || FED_NAMED.matcher(text).find()) {
            for (Matcher m = FED.matcher(text); m.find(); ) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:central-bank", PRIORITY));
            }
        }
        Set<String> shortNames = new TreeSet<>();
        for (Matcher m = BANK_OF.matcher(text); m.find(); ) {
            char c = m.group("country").charAt(0);
            shortNames.add("BO" + c);
            shortNames.add("Bo" + c);
        }
        for (String s : shortNames) {
            for (Matcher m = Pattern.compile("(?<![\\w.&’'-])" + s + "(?![\\w&’'-]|\\.\\w)").matcher(text); m.find(); ) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "en:central-bank", PRIORITY));
            }
        }
    }

    /**
     * Whether a name starts at {@code at}: the word before it is no capitalised word, or a frequent one opening the
     * sentence ("But Goldman Sachs economists"); "Moody's Analytics economists" does not start at "Analytics".
     */
    private static boolean startsAName(String text, int at) {
        int s = at - 1;
        while (s > 0 && text.charAt(s - 1) != ' ' && text.charAt(s - 1) != '\n') {
            s--;
        }
        if (at == 0 || text.charAt(at - 1) != ' ' || s >= at - 1 || !Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return EnglishNames.isCommonWord(text.substring(s, at - 1));
    }

    /** Whether {@code at} opens a sentence, a line or a quotation, where any word is capitalised. */
    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether a single word the cue found opening a sentence is written capitalised inside one too, as a name is
     * ("Aviation analysts called it …" has a common noun, "… rival Microsoft" a name).
     */
    private static boolean capitalisedMidSentence(String text, String word) {
        for (MatchResult m : WordStarts.of(text).matches(Pattern.compile("(?<![\\w.’'&-])" + Pattern.quote(word) + NAME_END), word)) {
            if (!sentenceInitial(text, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word other than "The" and one space come right before {@code at}: then the name is longer. */
    private static boolean afterCapitalisedWord(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at - 2))) {
            return false;
        }
        int s = at - 2;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return Character.isUpperCase(text.charAt(s)) && !text.startsWith("The ", s);
    }
}
