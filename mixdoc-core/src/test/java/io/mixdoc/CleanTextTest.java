package io.mixdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.testkit.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CleanTextTest {
    @Test
    void seedRoundTripsThroughTheEditLog() {
        Document doc = Mixdoc.pipeline().withoutExtensions().fast().build().run("seed", TestData.seed());
        CleanText clean = CleanText.of(doc);
        assertTrue(doc.layer(Layers.EDIT).size() >= 8, "the seed has repairs to apply");
        assertEquals(doc.text(), clean.restoreOriginal());
        for (Edit e : doc.layer(Layers.EDIT).spans()) {
            int c = clean.toCleaned(e.start());
            assertEquals(e.replacement(), clean.text().substring(c, c + e.replacement().length()));
            assertEquals(e.start(), clean.toOriginal(c));
            assertEquals(e.end(), clean.toOriginal(clean.toCleaned(e.end())));
        }
        assertTrue(clean.text().contains("Liu Jiangping!"));
        assertTrue(clean.text().contains(" state drew up"));
    }

    @Test
    void randomMixedScriptEditsRoundTripIncludingCharactersOutsideTheBmp() {
        String[] pieces = {"中", "文", "𠮷", "a", "B", " ", "。", "é", "한", "ж", "😀", "1"};
        Random r = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<Edit> edits = new ArrayList<>();
            int pos = 0;
            while (pos < text.length() && r.nextInt(3) > 0) {
                int start = pos + r.nextInt(Math.max(1, text.length() - pos));
                start = alignToCodePoint(text, start);
                int end = alignToCodePoint(text, Math.min(text.length(), start + r.nextInt(4)));
                if (start > text.length() || end < start) {
                    break;
                }
                String replacement = r.nextBoolean() ? "" : pieces[r.nextInt(pieces.length)] + pieces[r.nextInt(pieces.length)];
                edits.add(new Edit(start, end, text.substring(start, end), replacement, "test"));
                pos = end + 1;
            }
            CleanText clean = CleanText.of(text, edits);
            assertEquals(text, clean.restoreOriginal(), "round " + round);
            for (int i = 0; i <= text.length(); i++) {
                boolean insideEdit = false;
                boolean endOfDeletion = false;
                for (Edit e : edits) {
                    insideEdit |= i > e.start() && i < e.end();
                    endOfDeletion |= i == e.end() && e.replacement().isEmpty() && e.length() > 0;
                }
                int c = clean.toCleaned(i);
                assertEquals(c, clean.toCleaned(clean.toOriginal(c)), "offset " + i + " in round " + round);
                if (!insideEdit && !endOfDeletion) {
                    // A deleted stretch leaves one cleaned offset for its start and end; it maps back to the start.
                    assertEquals(i, clean.toOriginal(c), "offset " + i + " in round " + round);
                }
            }
        }
    }

    @Test
    void overlappingEditsAreRefused() {
        List<Edit> edits = List.of(new Edit(0, 2, "ab", "x", "t"), new Edit(1, 3, "bc", "y", "t"));
        assertThrows(IllegalArgumentException.class, () -> CleanText.of("abcd", edits));
    }

    private static int alignToCodePoint(String s, int i) {
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            return i + 1;
        }
        return i;
    }
}
