package io.mixdoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(java.util.Optional.of(io.mixdoc.io.Readers.Format.WARC), o.readersFormat());
        assertEquals(io.mixdoc.io.ReaderOptions.DEFAULT_MAX_RECORD_BYTES, o.maxRecordBytes(), "mixdoc clean's limit");
        assertEquals(JobOptions.OutputFormat.PARQUET, o.outputFormat());
        assertEquals(16, o.partitions());
        assertEquals("content", o.textField());
        assertTrue(o.overwrite());
    }

    @Test
    void aRecordOverTheTimeLimitBecomesAnETimeoutErrorRecord() {
        JobOptions o = JobOptions.parse("--input", "/i", "--output", "/o", "--record-time-limit", "0.2");
        assertEquals(200, o.recordTimeLimitMillis());
        io.mixdoc.corpus.RecordProcessor p = MixdocSparkJob.processor(o);
        io.mixdoc.io.SourceRecord slow = io.mixdoc.io.SourceRecord.ok("slow", "", Map.of(),
                "政府documentannouncementthe".repeat(40_000), 1_000_000);
        io.mixdoc.corpus.Outcome r = p.process(slow);
        assertEquals(io.mixdoc.corpus.Outcome.Status.FAILED, r.status());
        assertTrue(r.line().contains("\"E_TIMEOUT\""), r.line());
        io.mixdoc.io.SourceRecord small = io.mixdoc.io.SourceRecord.ok("small", "", Map.of(), "中文 and English", 20);
        assertEquals(io.mixdoc.corpus.Outcome.Status.KEPT, MixdocSparkJob.processor(
                JobOptions.parse("--input", "/i", "--output", "/o")).process(small).status());
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
        assertTrue(e.getMessage().contains("LANG=VALUE"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--min-share", "zh=1.5"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--max-seams-per-1000", "-1"));
    }

    @Test
    void rulesAndEmitTakeMixdocCleansForms() {
        JobOptions o = JobOptions.parse("--input", "/i", "--output", "/o", "--max-seams-per-1000", "5",
                "--min-share", "zh=0.8", "--max-share", "en=0.3", "--min-letters", "100", "--emit", "cleaned");
        assertEquals(List.of("max-seams-per-1000=5", "min-share=zh=0.8", "max-share=en=0.3", "min-letters=100"), o.rules());
        assertEquals(4, o.filterRules().size());
        assertEquals(io.mixdoc.corpus.EmitMode.CLEANED, o.emitMode());
        assertEquals("result", JobOptions.parse("--input", "/i", "--output", "/o").emit());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--emit", "html"));
    }

    @Test
    void everyRuleOfTheTableIsAFlagWithMixdocCleansLimits() {
        for (io.mixdoc.corpus.FilterRule.Kind k : io.mixdoc.corpus.FilterRule.Kind.values()) {
            assertTrue(JobOptions.USAGE.contains(k.flag()), k.flag());
        }
        JobOptions o = JobOptions.parse("--input", "/i", "--output", "/o", "--min-completeness", "0.9",
                "--max-record-bytes", "1000");
        assertEquals(List.of("min-completeness=0.9"), o.rules());
        assertEquals(1000, o.readerOptions().maxRecordBytes());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "/i", "--output", "/o", "--max-record-bytes", "0"));
    }
}
