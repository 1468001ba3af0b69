package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.json.ResultJson;
import io.mixdoc.json.ResultSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps CONTRIBUTING.md's "Adding an output field" honest: the key, the section and the fragment are all it takes. */
class HashtagExampleTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewLayerIsWrittenReadBackAndDescribedByTheSchema() throws Exception {
        String text = "𠮷 见 #mixdoc";
        Document doc = Mixdoc.pipeline().withoutExtensions().fast().build().run("h", text);
        assertFalse(ResultJson.toTree(doc).has("hashtags"), "written only when the layer is there");

        doc = doc.with(HashtagExample.HASHTAG, List.of(new HashtagExample.Hashtag(5, 12, "mixdoc")));
        String json = ResultJson.write(doc);
        JsonNode hashtag = JSON.readTree(json).get("hashtags").get(0);
        assertEquals(4, hashtag.get("start").asInt(), "code points: 𠮷 counts one");
        assertEquals("mixdoc", hashtag.get("tag").asText());

        assertEquals(doc.layer(HashtagExample.HASHTAG).spans(), ResultJson.read(json).layer(HashtagExample.HASHTAG).spans());
        assertEquals(json, ResultJson.write(ResultJson.read(json)));
        JsonNode schema = ResultSchema.assembled().at("/properties/hashtags/items/properties");
        assertTrue(schema.has("start") && schema.has("tag"), "the module's fragment is in the assembled schema");
    }
}
