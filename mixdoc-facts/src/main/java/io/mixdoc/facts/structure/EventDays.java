package io.mixdoc.facts.structure;

import io.mixdoc.facts.internal.DateReader;
import io.mixdoc.facts.internal.EventYears;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event named by its year that the story reports on a bare day of the dateline's days: "湖南日报12月10日讯 …
 * 9日，“智汇潇湘”2021…人才峰会…开幕", "新华社河内12月12日电 12日上午，参加…“和平救援-2021”卫勤联合演习的…分队…返回".
 * Such an event happens in its own year, so that day fixes the dateline's year when no event of the text is
 * dated in full.
 */
final class EventDays {
    private EventDays() {
    }

    /** How many days before the dateline a story's bare day may fall and still be read as this week's news. */
    private static final int RECENT_DAYS = 3;
    private static final Pattern BARE_DAY = Pattern.compile("(?<![\\d月.])(3[01]|[12]\\d|[1-9])日");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？\\n]");

    /** The event as a date (its year, the dateline's month, the bare day), or null. */
    static DateReader.Hit ofEditionYear(String zh, int month, int datelineDay) {
        for (DateReader.Hit y : EventYears.find(zh)) {
            int from = sentenceStart(zh, y.start());
            int to = sentenceEnd(zh, y.end());
            for (Matcher m = BARE_DAY.matcher(zh).region(from, to); m.find(); ) {
                int d = Integer.parseInt(m.group(1));
                if (d <= datelineDay && d >= datelineDay - RECENT_DAYS) {
                    return new DateReader.Hit(m.start(), m.end(), "", false, false, y.year(), month, d);
                }
            }
        }
        return null;
    }

    private static int sentenceStart(String s, int i) {
        int k = i;
        while (k > 0 && !SENTENCE_END.matcher(s.substring(k - 1, k)).matches()) {
            k--;
        }
        return k;
    }

    private static int sentenceEnd(String s, int i) {
        Matcher m = SENTENCE_END.matcher(s).region(i, s.length());
        return m.find() ? m.start() : s.length();
    }
}
