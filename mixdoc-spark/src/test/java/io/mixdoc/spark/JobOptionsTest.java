package io.mixdoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Scores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void parsesEveryOption() {
        JobOptions o = JobOptions.parse("--input", "hdfs:///a", "--input", "s3a://b/*.warc.gz", "--output", "/out",
                "--format", "warc", "--output-format", "parquet", "--max-seams-per-1000", "5", "--min-share", "zh=0.8",
                "--partitions", "16", "--text-field", "content", "--overwrite");
        assertEquals(List.of("hdfs:///a", "s3a://b/*.warc.gz"), o.inputs());
        assertEquals(InputFormat.WARC, o.format());
        assertEquals(JobOptions.OutputFormat.PARQUET, o.outputFormat());
        assertEquals(16, o.partitions());
        assertEquals("content", o.textField());
        assertTrue(o.overwrite());
    }

    @Test
    void misuseFailsAtOnceWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--output", "/o"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--bogus"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--format", "pdf"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "--output", "/o"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "/i", "--output", "/o", "--min-share", "zh"));
        assertTrue(e.getMessage().contains("LANG=SHARE"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--min-share", "zh=1.5"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--max-seams-per-1000", "-1"));
    }

    @Test
    void rulesRejectOnSeamsAndOnLanguageShare() {
        KeepRules rules = KeepRules.keepAll().maxSeamsPer1000(5).minShare("zh=0.8");
        Scores clean = new Scores(1000, Map.of("zh", 0.9, "en", 0.1), "zh", 3, 1.0);
        Scores seamy = new Scores(1000, Map.of("zh", 0.9, "en", 0.1), "zh", 3, 7.5);
        Scores english = new Scores(1000, Map.of("zh", 0.3, "en", 0.7), "en", 3, 0);
        Scores none = new Scores(0, Map.of(), "und", 0, 0);
        assertTrue(rules.rejectReason(clean).isEmpty());
        assertEquals("seams_per_1000_letters 7.5 > 5.0", rules.rejectReason(seamy).orElseThrow());
        assertEquals("language_share zh 0.3 < 0.8", rules.rejectReason(english).orElseThrow());
        assertEquals("language_share zh 0.0 < 0.8", rules.rejectReason(none).orElseThrow());
        assertTrue(KeepRules.keepAll().rejectReason(seamy).isEmpty());
    }
}
