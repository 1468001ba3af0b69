package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanSetScorerTest {
    @Test
    void countsEverySeamOfTheSeedAsAFalseAlarmAndReportsCodePointOffsets(@TempDir Path dir) throws Exception {
        // The seed is damaged: scored as if it were clean, each of its seams and edits must show up.
        String seed = "𠮷" + TestData.seed();
        Files.createDirectories(dir.resolve("zh-tech"));
        Files.writeString(dir.resolve("zh-tech/0000.txt"), seed);
        var doc = Mixdoc.pipeline().fast().build().run("seed", seed);
        int seams = doc.layer(io.mixdoc.Layers.SEAM).spans().size();
        int edits = doc.layer(io.mixdoc.Layers.EDIT).spans().size();
        assertTrue(seams > 5 && edits > 0, "the seed has seams and edits: " + seams + ", " + edits);

        CleanSetScorer s = new CleanSetScorer(Mixdoc.pipeline().fast().build()).scoreAll(List.of(dir));
        CleanSetScorer.Figures f = s.all();
        assertEquals(1, f.documents());
        assertEquals(seed.codePointCount(0, seed.length()), f.chars());
        assertEquals(seams, f.falseSeams());
        assertEquals(edits, f.editsApplied());
        assertEquals(1, f.documentsWithEdits());
        assertEquals(seams * 10_000.0 / f.chars(), f.falseSeamsPer10k(), 1e-9);
        assertEquals(f.falseSeams(), s.byGroup().get("zh-tech").falseSeams());

        CleanSetScorer.Finding first = s.findings().get(0);
        var firstSeam = doc.layer(io.mixdoc.Layers.SEAM).spans().get(0);
        assertEquals(firstSeam.start() - 1, first.start(), "code points: 𠮷 is two UTF-16 units, one code point");
        assertEquals(seed.substring(firstSeam.start(), firstSeam.end()), first.surface());
        assertTrue(first.context().contains("[" + first.surface() + "]"));

        long latin = seed.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        assertEquals(latin, f.latinLetters());
        double shares = f.latinLettersByTag().keySet().stream().mapToDouble(f::latinShare).sum();
        assertEquals(1.0, shares, 1e-9);

        var json = s.toJson(new ObjectMapper(), 3);
        assertEquals(seams, json.get("all").get("false_seams").asInt());
        assertTrue(json.get("errors").size() <= 6 && json.get("errors").size() > 0);
        assertTrue(s.table(2).contains("false alarms and edits"));
    }

    @Test
    void cleanEnglishAndChineseProseHasNoFindings() {
        CleanSetScorer s = new CleanSetScorer(Mixdoc.pipeline().fast().build());
        s.score("a", "", "The quick brown fox jumps over the lazy dog. 今天天气很好，我们去公园散步吧。");
        assertEquals(0, s.all().falseSeams());
        assertEquals(0, s.all().editsApplied());
        assertEquals(0.0, s.all().otherLatinShare(), 1e-9);
        assertTrue(s.byGroup().isEmpty());
    }
}
