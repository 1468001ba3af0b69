package io.mixdoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.json.ResultJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordToJsonTest {
    private static final String TEXT = "AMs across the political spectrum are worried. 有人提议应将 AM 的头衔改为MWP。𠮷 Liu江平 said so.";

    @Test
    void keptRecordWrapsTheStandardResult() throws Exception {
        RecordToJson p = new RecordToJson(Mixdoc.standard(), KeepRules.keepAll());
        ProcessedRecord r = p.process(new SourceRecord("d1", "http://e/1", Map.of("b", "2", "a", "1"), TEXT, null, 10));
        assertEquals(ProcessedRecord.Status.KEPT, r.status());
        JsonNode o = ResultJson.MAPPER.readTree(r.json());
        assertEquals("d1", o.get("id").asText());
        assertEquals("http://e/1", o.get("url").asText());
        assertEquals("{\"a\":\"1\",\"b\":\"2\"}", o.get("metadata").toString(), "metadata sorted by key");
        Document doc = Mixdoc.standard().run("d1", TEXT);
        assertEquals(ResultJson.toTree(doc), o.get("result"), "result is exactly ResultJson.toTree");
        assertFalse(r.json().contains("\n"));
    }

    @Test
    void rejectedRecordSaysWhy() throws Exception {
        RecordToJson p = new RecordToJson(Mixdoc.standard(), KeepRules.keepAll().minShare("zh=0.9"));
        ProcessedRecord r = p.process(new SourceRecord("d2", "", Map.of(), TEXT, null, 10));
        assertEquals(ProcessedRecord.Status.REJECTED, r.status());
        JsonNode o = ResultJson.MAPPER.readTree(r.json());
        assertTrue(o.get("reject_reason").asText().startsWith("language_share zh "), o.get("reject_reason").asText());
        assertEquals("mixdoc/1", o.get("result").get("schema").asText());
    }

    @Test
    void readErrorsAndPipelineFailuresBecomeErrorRecords() throws Exception {
        RecordToJson p = new RecordToJson(Mixdoc.standard(), KeepRules.keepAll());
        ProcessedRecord bad = p.process(new SourceRecord("d3", "", Map.of(), null, new RecordError("E_NOT_UTF8", "not valid UTF-8"), 5));
        assertEquals(ProcessedRecord.Status.ERROR, bad.status());
        assertEquals("{\"id\":\"d3\",\"url\":\"\",\"metadata\":{},\"error\":{\"code\":\"E_NOT_UTF8\",\"message\":\"not valid UTF-8\"}}", bad.json());

        RecordToJson failing = new RecordToJson(Mixdoc.pipeline().add(new io.mixdoc.Stage() {
            @Override
            public String id() {
                return "boom";
            }

            @Override
            public java.util.Set<io.mixdoc.LayerKey<?>> requires() {
                return java.util.Set.of();
            }

            @Override
            public io.mixdoc.LayerKey<?> produces() {
                return io.mixdoc.Layers.SCRIPT;
            }

            @Override
            public Document apply(Document doc) {
                throw new IllegalStateException("stage failed");
            }
        }).build(), KeepRules.keepAll());
        ProcessedRecord e = failing.process(new SourceRecord("d4", "", Map.of(), "text", null, 4));
        assertEquals(ProcessedRecord.Status.ERROR, e.status());
        JsonNode o = ResultJson.MAPPER.readTree(e.json());
        assertEquals(RecordToJson.E_PIPELINE, o.get("error").get("code").asText());
        assertEquals("IllegalStateException: stage failed", o.get("error").get("message").asText());
    }
}
