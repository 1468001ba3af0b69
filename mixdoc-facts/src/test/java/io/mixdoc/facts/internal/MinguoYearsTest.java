package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Minguo patterns tried only at their anchors find what {@code find()} finds at every character. */
class MinguoYearsTest {
    private static final String TEXT = "中华民国111年3月5日开幕，民国前1年出生，民国 一百年，中华民国元年；2022年即民国111年。"
            + "会议于111年3月5日召开，在112年 5 月 1 日，学校成立120年5月4日，1111年3月，A112年3月，民民国99年10月";

    private static List<String> everywhere(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void anchoredScansFindWhatFindFinds() {
        assertFalse(everywhere(MinguoYears.NAMED, TEXT).isEmpty());
        assertFalse(everywhere(MinguoYears.THREE_DIGITS_WITH_MONTH, TEXT).isEmpty());
        Random r = new Random(5);
        String pieces = "中华民国前元一百年月日号在于 1234567890,.-A";
        List<String> texts = new ArrayList<>(List.of(TEXT));
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                b.append(pieces.charAt(r.nextInt(pieces.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(everywhere(MinguoYears.NAMED, t), AnchoredScan.all(MinguoYears.NAMED, t, MinguoYears.namedStarts(t)), t);
            assertEquals(everywhere(MinguoYears.THREE_DIGITS_WITH_MONTH, t),
                    AnchoredScan.all(MinguoYears.THREE_DIGITS_WITH_MONTH, t, Anchors.digitRuns(t)), t);
        }
    }

    @Test
    void readsTheYearsOfTheRepublic() {
        List<String> values = MinguoYears.read("中华民国111年3月5日，民国前1年，会议于111年3月5日").stream().map(DateReader.Hit::value).toList();
        assertEquals(List.of("2022-03-05", "1911", "2022-03-05"), values);
    }
}
