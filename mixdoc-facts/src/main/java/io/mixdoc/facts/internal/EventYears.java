package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years that name an event's edition without {@code 年}: the year opening the name ("2021中国国际…人才峰会", as
 * {@link EventNames} reads it) and the year ending a quoted code name after a hyphen, the way joint exercises and
 * campaigns are named ("“和平救援-2021”卫勤联合演习", "“金色眼镜蛇-2020”"). Each is a date: the year.
 */
public final class EventYears {
    private EventYears() {
    }

    private static final Pattern OPENING_YEAR = Pattern.compile("(?:19|20)\\d\\d(?=\\p{IsHan})");
    private static final Pattern CODE_NAME_YEAR = Pattern.compile(
            "(?<=[“\"「][\\p{IsHan}A-Za-z]{2,12}\\s?[-－—–]\\s?)(?:19|20)\\d\\d(?=\\s?[”\"」])");

    /** The year of each such name, as a span of the year's four digits. */
    public static List<DateReader.Hit> find(String text) {
        List<DateReader.Hit> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : EventNames.find(text).entrySet()) {
            Matcher m = OPENING_YEAR.matcher(text).region(e.getKey(), e.getValue());
            if (m.lookingAt() && (e.getKey() == 0 || !Character.isDigit(text.charAt(e.getKey() - 1)))) {
                out.add(year(m.start(), m.end(), Integer.parseInt(m.group())));
            }
        }
        for (Matcher m = CODE_NAME_YEAR.matcher(text); m.find(); ) {
            out.add(year(m.start(), m.end(), Integer.parseInt(m.group())));
        }
        return out;
    }

    private static DateReader.Hit year(int start, int end, int y) {
        return new DateReader.Hit(start, end, Integer.toString(y), false, false, y, 0, 0);
    }
}
