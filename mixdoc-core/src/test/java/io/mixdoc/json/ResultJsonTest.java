package io.mixdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.testkit.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class ResultJsonTest {
    private static final Pipeline FAST = Mixdoc.pipeline().withoutExtensions().fast().build();
    /** Run with -Dmixdoc.updateGolden=true to rewrite golden files after an intended change. */
    private static final boolean UPDATE = Boolean.getBoolean("mixdoc.updateGolden");

    public static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ResultSchema.assembled());
    }

    @Test
    void seedJsonMatchesTheGoldenFileWhole() throws Exception {
        String json = ResultJson.write(FAST.run(TestData.SEED, TestData.seed()));
        Path golden = TestData.path("mixdoc-core/src/test/resources/golden/" + TestData.SEED + ".fast.json");
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json,
                "seed JSON changed; if intended, rerun with -Dmixdoc.updateGolden=true and review the diff");
    }

    @Test
    void seedJsonValidatesAgainstTheSchemaAndRoundTrips() throws Exception {
        Document doc = FAST.run(TestData.SEED, TestData.seed());
        String json = ResultJson.write(doc);
        JsonNode tree = ResultJson.MAPPER.readTree(json);
        Set<ValidationMessage> errors = schema().validate(tree);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("mixdoc/1", tree.get("schema").asText());
        // Round trip: parsing and writing again gives the same bytes.
        assertEquals(json, ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
        // Every seam's surface is the text at its offsets.
        String text = tree.get("text").asText();
        int[] cps = text.codePoints().toArray();
        for (JsonNode s : tree.get("seams")) {
            assertEquals(s.get("surface").asText(), new String(cps, s.get("start").asInt(), s.get("end").asInt() - s.get("start").asInt()));
        }
    }

    @Test
    void offsetsAreCodePointsEvenOutsideTheBmp() throws Exception {
        String text = "𠮷野家的s的两个头tate drew up a plan. 𠮷𠮷 Liu Jiangping met Ambassador Liu江平!";
        JsonNode tree = ResultJson.MAPPER.readTree(ResultJson.write(FAST.run("bmp", text)));
        assertTrue(schema().validate(tree).isEmpty());
        int[] cps = text.codePoints().toArray();
        boolean sawSplit = false;
        for (JsonNode s : tree.get("seams")) {
            String surface = new String(cps, s.get("start").asInt(), s.get("end").asInt() - s.get("start").asInt());
            assertEquals(s.get("surface").asText(), surface);
            sawSplit |= surface.equals("s的两个头tate");
        }
        assertTrue(sawSplit, tree.get("seams").toString());
        JsonNode last = tree.get("spans").get(tree.get("spans").size() - 1);
        assertEquals(cps.length, last.get("end").asInt());
    }

    @Test
    void aResultReadBackIsWrittenIdentically() {
        for (String text : new String[] {TestData.seed(),
                "𠮷野家的s的两个头tate drew up a plan. 𠮷𠮷 Liu Jiangping met Ambassador Liu江平! 见 `npm install` 和 https://x.org/𠮷"}) {
            Document doc = FAST.run("rt", text).withMetadata("url", "https://example.org/𠮷");
            String json = ResultJson.write(doc);
            Document back = ResultJson.read(json);
            assertEquals(json, ResultJson.write(back));
            // Confidences come back rounded as the JSON gives them; offsets, types and repairs exactly.
            assertEquals(doc.layer(io.mixdoc.Layers.SEAM).spans().stream().map(m -> m.start() + "-" + m.end() + m.type() + m.repair()).toList(),
                    back.layer(io.mixdoc.Layers.SEAM).spans().stream().map(m -> m.start() + "-" + m.end() + m.type() + m.repair()).toList());
            assertEquals(doc.layer(io.mixdoc.Layers.LANG).spans(), back.layer(io.mixdoc.Layers.LANG).spans());
            assertEquals(doc.metadata(), back.metadata());
            assertEquals(ResultJson.writeLine(doc), ResultJson.writeLine(ResultJson.read(ResultJson.writeLine(doc))));
        }
    }

    @Test
    void readingSomethingThatIsNoResultSaysSo() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ResultJson.read("{\"text\": \"x\"}"));
        assertTrue(e.getMessage().contains("mixdoc/1"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ResultJson.read("{\"schema\": \"mixdoc/1\", \"id\": \"a\", \"text\": \"ab\", \"spans\": [{\"start\": 0, \"end\": 9, \"lang\": \"en\"}]}"));
    }
}
