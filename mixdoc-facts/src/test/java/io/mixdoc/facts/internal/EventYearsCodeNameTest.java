package io.mixdoc.facts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The code name's year, tried only at a '1' or '2', is found where {@code find()} at every character finds it. */
class EventYearsCodeNameTest {
    private static List<String> everywhere(String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = EventYears.CODE_NAME_YEAR.matcher(text); m.find(); ) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> codeNameYears(String text) {
        List<String> out = new ArrayList<>();
        for (DateReader.Hit h : EventYears.codeNameYears(text, Anchors.chars(text, "12"))) {
            out.add(h.start() + "-" + h.end());
        }
        return out;
    }

    @Test
    void writtenCodeNames() {
        String text = "“和平救援-2021”卫勤联合演习，\"Cobra Gold - 2020\"，「金色眼镜蛇－2019」和“蓝天-1999 ”，“太长的名字超过十二个字的演习名称-2021”。";
        List<String> expected = everywhere(text);
        assertFalse(expected.isEmpty());
        assertEquals(expected, codeNameYears(text));
    }

    @Test
    void randomTexts() {
        Random r = new Random(13);
        String alphabet = "“”\"「」-－—– 和平救援演习AbZz1209。\n";
        int matched = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, len = 20 + r.nextInt(200); i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextBoolean()) {
                b.insert(r.nextInt(b.length()), "“演习" + (r.nextBoolean() ? "-" : " – ") + (1990 + r.nextInt(40)) + "”");
            }
            String text = b.toString();
            List<String> expected = everywhere(text);
            matched += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, codeNameYears(text), text);
        }
        assertFalse(matched < 500, "too few texts with a code name's year: " + matched);
    }
}
