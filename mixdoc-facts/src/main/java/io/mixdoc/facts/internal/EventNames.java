package io.mixdoc.facts.internal;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events named by their edition: "第十三届湖南茶业博览会暨新化红茶推介会", "2021中国国际轨道交通和装备制造产业人才峰会",
 * "第三次越南国家数字技术企业发展论坛". An ordinal edition (第N届, 第N次) or a year written right before the name opens
 * it, a head noun of a gathering closes it; 暨 joins a second event to the first. A place inside such a name names
 * no place of the story (the news gold's convention: no 中国 in 中国经济学年会).
 */
public final class EventNames {
    private EventNames() {
    }

    /** What the name's middle never holds: clause words and punctuation ("第三届论坛在北京举行"). */
    private static final String MIDDLE = "[^\\s\\p{Punct}，。、；：？！“”‘’（）《》「」【】在的了是将把被从向让给于并而由为已正]";
    private static final String HEAD = "(?:博览会|展览会|交易会|推介会|洽谈会|峰会|论坛|大会|年会|研讨会|运动会|锦标赛|艺术节|电影节|文化节|双年展|博会)";
    private static final Pattern EVENT = Pattern.compile(
            "(?:第[一二三四五六七八九十百零〇\\d]{1,4}[届次]|(?<!\\d)(?:19|20)\\d\\d(?:年)?(?=\\p{IsHan}))"
                    + "(?:" + MIDDLE + "{1,24}?" + HEAD + ")(?:暨" + MIDDLE + "{1,24}?" + HEAD + ")?");

    /** The spans of such names: each start to its end. */
    public static NavigableMap<Integer, Integer> find(String text) {
        NavigableMap<Integer, Integer> out = new TreeMap<>();
        for (Matcher m = EVENT.matcher(text); m.find(); ) {
            out.put(m.start(), m.end());
        }
        return out;
    }

    /** Whether {@code [start, end)} lies inside one of {@code events} (from {@link #find}): one look-up, not a scan. */
    public static boolean inside(NavigableMap<Integer, Integer> events, int start, int end) {
        Map.Entry<Integer, Integer> e = events.floorEntry(start);
        return e != null && end <= e.getValue();
    }
}
