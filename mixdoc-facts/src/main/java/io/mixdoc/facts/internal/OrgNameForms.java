package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import io.mixdoc.text.ChineseDictionary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations written in forms the segmenter leaves in pieces, each built from a name already read:
 * <ul>
 * <li>an outlet's website, its name with 网 ("越南人民报网", "德国之声中文网"), as 新华网 is one name;</li>
 * <li>an outlet's channel, its name with 财经, 新闻, 体育 or 科技, where the channel publishes ("央视财经发布的《…》"),
 *     as 新浪财经 and 腾讯新闻 are one name each;</li>
 * <li>a place's government, the place with 政府 ("中国政府", "越南政府"), as 江苏省政府 is one body (not 当局, "美国当局":
 *     the authorities are no body's name); and a country's ministry or top body read right after it ("美国财政部",
 *     "台湾行政院"), as 中国外交部 is one;</li>
 * <li>an organ of the United Nations written after its name ("联合国大会", "联合国安理会", "联合国人权理事会"), one body;</li>
 * <li>a university's short name, its first character and 大 ("澳门大学" … "澳大"), where the text names the
 *     university in full, with the faculty, institute or board written after it ("澳大人文学院", "澳大校董会").</li>
 * </ul>
 */
public final class OrgNameForms {
    private OrgNameForms() {
    }

    private static final Pattern SITE = Pattern.compile("(?:中文|英文)?网(?=$|[^\\p{IsHan}]|讯|消息|报道|编辑|记者)");
    private static final Pattern GOVERNMENT = Pattern.compile("政府");
    /** A ministry (财政部, 外交部) or a top body (行政院, 国务院) read as an organisation of its own; not 俱乐部, 总部, 本部. */
    private static final Pattern MINISTRY = Pattern.compile("(?!俱乐部|总部|本部|全部|内部|干部)\\p{IsHan}{1,3}部|行政院|立法院|司法院|监察院|考试院|国务院");
    /** The organs and agencies of the United Nations, named after 联合国 (a closed class). */
    private static final Pattern UN_ORGAN = Pattern.compile(
            "大会|安理会|安全理事会|人权理事会|秘书处|难民署|儿童基金会|教科文组织|粮农组织|开发计划署|环境规划署|经社理事会");
    private static final Pattern CHANNEL = Pattern.compile("(?:财经|新闻|体育|科技)(?=发布|报道|援引|消息称|称)");
    private static final Pattern UNIVERSITY = Pattern.compile("\\p{IsHan}{2,6}大学");
    /** A unit of a university written after its short name: the shortest run of characters ending so. */
    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}{0,8}?(?:学院|研究院|研究所|研究中心|书院|医院|校董会|理事会|委员会)");
    /** The longest word starting at a short name that makes it part of something else ("澳大利亚"). */
    private static final int LONGEST_WORD = 4;

    /**
     * New ORG candidates, each longer than the name it grows from (so it wins the overlap); {@code stopChars} are
     * the function characters a unit's name never holds ("澳大建立的…" is a clause), {@code commonWord} says
     * whether a short name is an everyday word.
     */
    public static List<Candidate> find(String text, List<Candidate> found, String stopChars, Predicate<String> commonWord) {
        List<Candidate> out = new ArrayList<>();
        Set<String> shortNames = new HashSet<>();
        java.util.Map<Integer, Candidate> orgsByStart = new java.util.HashMap<>();
        for (Candidate c : found) {
            if (c.type() == EntityType.ORG) {
                orgsByStart.put(c.start(), c);
            }
        }
        for (Candidate c : found) {
            if (c.type() == EntityType.ORG) {
                Matcher site = SITE.matcher(text).region(c.end(), text.length());
                if (site.lookingAt()) {
                    out.add(new Candidate(c.start(), site.end(), EntityType.ORG, "form:site", 2));
                }
                Matcher organ = UN_ORGAN.matcher(text).region(c.end(), text.length());
                if (text.startsWith("联合国", c.start()) && c.end() - c.start() == 3 && organ.lookingAt()) {
                    out.add(new Candidate(c.start(), organ.end(), EntityType.ORG, "form:un-organ", 2));
                }
                Matcher channel = CHANNEL.matcher(text).region(c.end(), text.length());
                if (channel.lookingAt()) {
                    out.add(new Candidate(c.start(), channel.end(), EntityType.ORG, "form:channel", 2));
                }
                String shortName = text.charAt(c.start()) + "大";
                if (UNIVERSITY.matcher(text.substring(c.start(), c.end())).matches() && !commonWord.test(shortName)) {
                    shortNames.add(shortName); // not 重庆大学's 重大, a common word ("重大事件")
                }
            } else if (c.type() == EntityType.PLACE && GOVERNMENT.matcher(text).region(c.end(), text.length()).lookingAt()) {
                out.add(new Candidate(c.start(), c.end() + 2, EntityType.ORG, "form:government", 2));
            } else if (c.type() == EntityType.PLACE && orgsByStart.containsKey(c.end())
                    && MINISTRY.matcher(text).region(c.end(), orgsByStart.get(c.end()).end()).matches()) {
                out.add(new Candidate(c.start(), orgsByStart.get(c.end()).end(), EntityType.ORG, "form:place-ministry", 2));
            }
        }
        for (String shortName : shortNames) {
            for (int at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
                if (partOfAWord(text, at)) {
                    continue;
                }
                int end = at + 2;
                Matcher unit = UNIT.matcher(text).region(end, text.length());
                if (unit.lookingAt() && unit.group().chars().noneMatch(ch -> stopChars.indexOf(ch) >= 0)) {
                    end = unit.end();
                }
                out.add(new Candidate(at, end, EntityType.ORG, "form:university-short-name", 2));
            }
        }
        return out;
    }

    /** Whether a dictionary word or a known place longer than the short name starts where it does ("澳大利亚", "北大荒"). */
    private static boolean partOfAWord(String text, int at) {
        if (Gazetteer.get().longestZhAt(text, at).filter(p -> p.length() > 2).isPresent()) {
            return true;
        }
        for (int len = 3; len <= LONGEST_WORD && at + len <= text.length(); len++) {
            if (!ChineseDictionary.get().readings(text.substring(at, at + len)).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
