package io.mixdoc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Sentence;
import io.mixdoc.Stage;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RecordProcessorTest {
    static final Pipeline PIPELINE = Mixdoc.standard();
    static final SourceRecord MIXED = SourceRecord.ok("doc#1", "http://x/1", Map.of("lang", "zh", "charset", "UTF-8"),
            "上海的天气很好，我们去公园散步吧。Then we went home and had dinner together.", 100);

    @Test
    void resultModeWritesTheSchemaTreeInASortedEnvelope() {
        Outcome o = new RecordProcessor(PIPELINE, EmitMode.RESULT, List.of()).process(MIXED);
        assertEquals(Outcome.Status.KEPT, o.status());
        assertTrue(o.line().startsWith("{\"id\":\"doc#1\",\"metadata\":{\"charset\":\"UTF-8\",\"lang\":\"zh\"},\"result\":{"), o.line());
        JsonNode j = CleanOutputs.json(o.line());
        assertEquals("mixdoc/1", j.path("result").path("schema").asText());
        assertEquals(MIXED.text(), j.path("result").path("text").asText());
        assertEquals("http://x/1", j.path("url").asText());
        assertFalse(o.line().contains("\n"));
        assertEquals(o.line(), new RecordProcessor(PIPELINE, EmitMode.RESULT, List.of()).process(MIXED).line(), "deterministic");
    }

    @Test
    void textModes() {
        String zh = text(EmitMode.ZH);
        String en = text(EmitMode.EN);
        assertTrue(zh.contains("上海的天气很好"), zh);
        assertFalse(zh.contains("dinner"), zh);
        assertTrue(en.contains("dinner together"), en);
        assertFalse(en.contains("上海"), en);
        assertEquals(MIXED.text(), text(EmitMode.ORIGINAL));
        assertEquals(MIXED.text(), text(EmitMode.MAIN));
        assertEquals("cleaned", CleanOutputs.json(new RecordProcessor(PIPELINE, EmitMode.CLEANED, List.of()).process(MIXED).line()).path("emit").asText());
    }

    @Test
    void cleanedModeAppliesRepairs() {
        SourceRecord broken = SourceRecord.ok("b", "", Map.of(), "我们在202四年去了北京。The s的两个头tate is large.", 10);
        String cleaned = CleanOutputs.json(new RecordProcessor(PIPELINE, EmitMode.CLEANED, List.of()).process(broken).line()).path("text").asText();
        String original = CleanOutputs.json(new RecordProcessor(PIPELINE, EmitMode.ORIGINAL, List.of()).process(broken).line()).path("text").asText();
        assertEquals(broken.text(), original);
        assertFalse(cleaned.equals(original), "the seam finder repairs something in " + original);
    }

    private static String text(EmitMode m) {
        return CleanOutputs.json(new RecordProcessor(PIPELINE, m, List.of()).process(MIXED).line()).path("text").asText();
    }

    @Test
    void rulesRejectWithTheRuleAndTheValue() {
        RecordProcessor p = new RecordProcessor(PIPELINE, EmitMode.RESULT,
                List.of(FilterRule.minLetters(5), FilterRule.parse("min-share=zh=0.8")));
        Outcome o = p.process(MIXED);
        assertEquals(Outcome.Status.REJECTED, o.status());
        assertEquals("min-share=zh=0.8", o.reason());
        JsonNode j = CleanOutputs.json(o.line());
        assertEquals("min-share=zh=0.8", j.path("rule").asText());
        assertTrue(j.path("value").asDouble() < 0.8);
        assertEquals(Outcome.Status.KEPT, new RecordProcessor(PIPELINE, EmitMode.MAIN, List.of(FilterRule.minShare("zh", 0.1))).process(MIXED).status());
    }

    @Test
    void failedRecordsKeepTheirCode() {
        Outcome o = new RecordProcessor(PIPELINE, EmitMode.RESULT, List.of())
                .process(SourceRecord.failed("f", RecordError.BINARY, "NUL bytes", 9));
        assertEquals(Outcome.Status.FAILED, o.status());
        assertEquals("{\"error\":{\"code\":\"E_BINARY\",\"message\":\"NUL bytes\"},\"id\":\"f\",\"metadata\":{},\"url\":\"\"}", o.line());
    }

    @Test
    void ruleSyntaxIsCheckedAtOnce() {
        assertEquals("max-seams-per-1000=2.5", FilterRule.parse("max-seams-per-1000=2.5").toString());
        assertEquals(FilterRule.minCompleteness(0.9), FilterRule.parse("min-completeness=0.9"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FilterRule.minCompleteness(1.5));
        var half = new io.mixdoc.Scores(100, java.util.Map.of("zh", 0.55, "en", 0.45), "zh", 10, 1);
        assertEquals(0.55, FilterRule.minCompleteness(0.9).violation(half).getAsDouble());
        assertTrue(FilterRule.minCompleteness(0.5).violation(half).isEmpty());
        assertEquals("min-share=zh=0.8", FilterRule.withValue(FilterRule.Kind.MIN_SHARE, "zh=0.8").toString());
        assertThrows(IllegalArgumentException.class, () -> FilterRule.parse("min-share=0.8"));
        assertThrows(IllegalArgumentException.class, () -> FilterRule.parse("min-share=zh=1.5"));
        assertThrows(IllegalArgumentException.class, () -> FilterRule.parse("max-vibes=1"));
        assertThrows(IllegalArgumentException.class, () -> EmitMode.parse("everything"));
    }
    /**
     * A stage that loads a "model" on its first use (4 s, as HanLP or Lingua on a loaded machine) and
     * sleeps as long on every text that asks for it ("slow"): loading must not count against a record's
     * time limit, the record's own work must.
     */
    static final class LoadsOnFirstUse implements Stage {
        static final LayerKey<Sentence> KEY = LayerKey.of("loads_on_first_use", Sentence.class);
        private final AtomicBoolean loaded = new AtomicBoolean();

        @Override
        public String id() {
            return "loads-on-first-use";
        }

        @Override
        public Set<LayerKey<?>> requires() {
            return Set.of();
        }

        @Override
        public LayerKey<?> produces() {
            return KEY;
        }

        @Override
        public Document apply(Document doc) {
            if (!loaded.getAndSet(true) || doc.text().contains("slow")) {
                try {
                    Thread.sleep(4_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return doc.with(KEY, List.of());
        }
    }

    @Test
    void loadingModelsDoesNotCountAgainstTheFirstRecordsTimeLimit() {
        LoadsOnFirstUse stage = new LoadsOnFirstUse();
        Pipeline pipeline = Mixdoc.pipeline().fast().add(stage).build();
        RecordProcessor p = new RecordProcessor(pipeline, EmitMode.RESULT, List.of(), Duration.ofSeconds(3), true);
        assertTrue(p.stages().contains("loads-on-first-use"), p.stages().toString());
        Outcome first = p.process(MIXED);
        assertEquals(Outcome.Status.KEPT, first.status(), first.line());
        assertTrue(stage.loaded.get());
        Outcome slow = p.process(SourceRecord.ok("slow#1", "", Map.of(), "A slow record, 一个慢的记录。", 40));
        assertEquals(Outcome.Status.FAILED, slow.status(), slow.line());
        assertEquals(RecordError.TIMEOUT, CleanOutputs.json(slow.line()).path("error").path("code").asText());
    }
}
