package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Document;
import io.mixdoc.json.ResultJson;
import org.junit.jupiter.api.Test;

/** The JSON sections: code-point offsets (a character outside the BMP shifts them), fields and determinism. */
class FactsJsonTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TEXT = """
            𠮷野家进军中亚市场
            中新网北京3月5日电（记者 王小明）2024年2月28日，吉野家在比什凯克开设了800多家门店。
            Liu Jiangping said sales grew 52.6% in May 2023.
            """;

    @Test
    void offsetsAreCodePoints() throws Exception {
        Document doc = TestData.run("json", TEXT);
        JsonNode r = JSON.readTree(ResultJson.write(doc));
        JsonNode dateline = r.path("structure").path("dateline");
        int cpStart = TEXT.codePointCount(0, TEXT.indexOf("中新网"));
        assertEquals(cpStart, dateline.path("start").asInt());
        assertEquals(TEXT.indexOf("中新网") - 1, cpStart, "𠮷 is two UTF-16 units but one code point");
        assertEquals("中新网", dateline.path("agency").asText());
        assertEquals(3, dateline.path("month").asInt());
        assertEquals("2024-03-05", r.path("structure").path("publication_date").path("value").asText());
        assertEquals("王小明", r.path("structure").path("byline").path("authors").get(0).asText());
        assertEquals("𠮷野家进军中亚市场", r.path("structure").path("headline").path("text").asText());

        JsonNode q = r.path("quantities").get(0);
        String surface = new String(TEXT.codePoints().skip(q.path("start").asInt()).limit(q.path("end").asInt() - q.path("start").asInt()).toArray(), 0,
                q.path("end").asInt() - q.path("start").asInt());
        assertEquals("800多家", surface);
        assertEquals(800, q.path("value").asLong());
        assertEquals("more_than", q.path("approx").asText());

        boolean found = false;
        for (JsonNode e : r.path("entities")) {
            if (e.path("names").path("en").toString().contains("Liu Jiangping")) {
                found = true;
                assertEquals("PERSON", e.path("type").asText());
                JsonNode m = e.path("mentions").get(0);
                assertEquals("Liu Jiangping", new String(TEXT.codePoints().skip(m.path("start").asInt())
                        .limit(m.path("end").asInt() - m.path("start").asInt()).toArray(), 0, m.path("end").asInt() - m.path("start").asInt()));
            }
        }
        assertTrue(found, r.path("entities").toString());
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(ResultJson.write(TestData.run("json", TEXT)), ResultJson.write(TestData.run("json", TEXT)));
    }
}
