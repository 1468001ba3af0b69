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
    static final Pattern CODE_NAME_YEAR = Pattern.compile(
            "(?<=[“\"「][\\p{IsHan}A-Za-z]{2,12}\\s?[-－—–]\\s?)(?:19|20)\\d\\d(?=\\s?[”\"」])");

    /** The year of each such name, as a span of the year's four digits. */
    public static List<DateReader.Hit> find(String text) {
        return find(text, Anchors.chars(text, "12"));
    }

    /**
     * The same, with {@code oneOrTwo} the positions of every '1' and '2' of the text (where a year can start):
     * the code name's look-behind, tried at every character by {@code find()}, was half the dates stage.
     */
    static List<DateReader.Hit> find(String text, java.util.BitSet oneOrTwo) {
        List<DateReader.Hit> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : EventNames.find(text).entrySet()) {
            Matcher m = OPENING_YEAR.matcher(text).region(e.getKey(), e.getValue());
            if (m.lookingAt() && (e.getKey() == 0 || !Character.isDigit(text.charAt(e.getKey() - 1)))) {
                out.add(year(m.start(), m.end(), Integer.parseInt(m.group())));
            }
        }
        out.addAll(codeNameYears(text, oneOrTwo));
        return out;
    }

    /** The years ending a quoted code name, tried only where a year can start. */
    static List<DateReader.Hit> codeNameYears(String text, java.util.BitSet oneOrTwo) {
        List<DateReader.Hit> out = new ArrayList<>();
        for (AnchoredScan scan = new AnchoredScan(CODE_NAME_YEAR, text, oneOrTwo); scan.find(); ) {
            Matcher m = scan.matcher();
            out.add(year(m.start(), m.end(), Integer.parseInt(m.group())));
        }
        return out;
    }

    private static DateReader.Hit year(int start, int end, int y) {
        return new DateReader.Hit(start, end, Integer.toString(y), false, false, y, 0, 0);
    }
}
