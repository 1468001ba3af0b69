package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import io.mixdoc.text.Chars;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Government bodies named without a head's name after them (the text is the simplified view, so traditional news
 * reads the same):
 * <ul>
 * <li>the legislatures and top bodies of each Chinese-speaking system, a closed class: Taiwan's five branches
 * (立法院, 行政院, 监察院, 考试院, 司法院), Hong Kong's and Macao's legislature (立法会), the mainland's 国务院, 全国人大 (and
 * its standing committee, 人大常委会) and 全国政协 with their full names. The level alone is no name (the news gold's
 * convention, like 省委): "省人大常委会", "市政协" are left out;</li>
 * <li>bureaus and departments named with 及 or 和 inside, as Hong Kong and the mainland name them (劳工及福利局,
 * 商务及经济发展局, 人力资源和社会保障部, 国家发展和改革委员会): two common nouns joined, then 局, 署, 部 or 委员会
 * (not 处: "开始和结尾处" is a place), where the name ends (a title, punctuation or a verb after it, never "部门", nor
 * a common word at the head, "内部", "全局"); a place on either side makes it two bodies ("美国和日本外交部");</li>
 * <li>a body the text names with its head elsewhere ("经济部长王美花 … 经济部表示"), standing alone.</li>
 * </ul>
 */
public final class GovernmentBodies {
    private GovernmentBodies() {
    }

    /** Longest first, so that "全国人大常委会" is one body, not "全国人大" and a rest. */
    private static final Pattern TOP_BODY = Pattern.compile(
            "全国人民代表大会常务委员会|全国人民代表大会|全国人大常委会|人大常委会|全国人大|中国人民政治协商会议全国委员会|全国政协"
                    + "|国务院|立法院|行政院|监察院|考试院|司法院|立法会");
    /** A level before a body names a province's or a city's body without saying which: no mention. */
    private static final String LEVELS = "省市县区州镇乡";
    /** What may stand right before a body's name although Chinese: joiners, prepositions and verbs of citing. */
    private static final String BEFORE = "由和与及对向据在经被为将把从、";
    /** What may stand right after a body's name: its head's title, punctuation or the verbs and nouns of reporting. */
    private static final Pattern AFTER = Pattern.compile(
            "[局署处部司会]?长|[^\\p{IsHan}]|$|表示|指出|发言人|称|说|宣布|公布|回应|强调|今天|今日|昨天|昨日|日前|也|则|将|已|会|的|于|在|数字|资料|统计|官员|副");
    /** Two to four characters, 及 or 和, two to six characters, then the head noun of a bureau, a department or a commission. */
    private static final Pattern JOINED = Pattern.compile(
            "(?<![\\p{IsHan}&&[^" + BEFORE + "]])(?<first>[\\p{IsHan}]{2,4}?)[及和](?<second>[\\p{IsHan}]{2,6}?)(?:委员会|[局署部])");
    /** Characters no part of a body's name is made of: function words, pronouns, demonstratives. */
    private static final String NOT_IN_NAME = "的了是在和与及或也都就并而其这那该本各我你他她们之等个";

    /**
     * Adds an ORG candidate for each body, and for each body {@link GovernmentOffices} has already put in {@code out}
     * that the text names again alone; {@code place} tells a place name (a conjunct that is one makes no body). */
    public static void find(String text, java.util.function.Predicate<String> place, List<Candidate> out) {
        for (Matcher m = TOP_BODY.matcher(text); m.find(); ) {
            if (m.start() == 0 || LEVELS.indexOf(text.charAt(m.start() - 1)) < 0) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "pattern:top-body", 3));
            }
        }
        for (Matcher m = JOINED.matcher(text); m.find(); ) {
            String first = m.group("first");
            String second = m.group("second");
            if (plainNoun(first) && plainNoun(second) && !place.test(first) && !startsWithPlace(second, place)
                    && !wordAtHead(text, m.end())
                    && AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "pattern:joined-body", 3));
            }
        }
        out.addAll(namedAgain(text, out));
    }

    /**
     * The bodies {@code found} took with their head's title ("经济部长王美花"), wherever the text names them again
     * alone ("经济部表示"), at a name's edges (see {@link #find}).
     */
    public static List<Candidate> namedAgain(String text, List<Candidate> found) {
        Set<String> bodies = new HashSet<>();
        for (Candidate c : found) {
            if (c.source().equals("pattern:office")) {
                bodies.add(text.substring(c.start(), c.end()));
            }
        }
        List<Candidate> out = new java.util.ArrayList<>();
        for (String body : bodies) {
            for (int at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + 1)) {
                int end = at + body.length();
                boolean startsName = at == 0 || !Chars.isHan(text.charAt(at - 1)) || BEFORE.indexOf(text.charAt(at - 1)) >= 0;
                if (startsName && AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                    out.add(new Candidate(at, end, EntityType.ORG, "pattern:office-again", 3));
                }
            }
        }
        return out;
    }

    /**
     * A common word made of the head and the character before it is a place or a share, not a body: "函数内部", "全部",
     * "何处", "全局". (委员会 is exempt: it is a word itself.)
     */
    private static boolean wordAtHead(String text, int end) {
        if (text.startsWith("委员会", end - 3)) {
            return false;
        }
        return com.hankcs.hanlp.dictionary.CoreDictionary.get(text.substring(end - 2, end)) != null;
    }

    private static boolean plainNoun(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (NOT_IN_NAME.indexOf(w.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithPlace(String w, java.util.function.Predicate<String> place) {
        for (int len = 2; len <= w.length(); len++) {
            if (place.test(w.substring(0, len))) {
                return true;
            }
        }
        return false;
    }
}
