package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.mixdoc.Mixdoc;
import io.mixdoc.json.ResultJson;
import io.mixdoc.json.ResultSchema;
import io.mixdoc.testkit.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole standard pipeline (core stages plus structure and facts) on the seed, compared whole
 * with a golden file, and every output validated against the public schema.
 * Rewrite the golden file after an intended change with -Dmixdoc.updateGolden=true.
 */
class FullResultGoldenTest {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ResultSchema.assembled());
    }

    @Test
    void seedFullResultMatchesItsGoldenFileAndTheSchema() throws Exception {
        String json = ResultJson.write(Mixdoc.standard().run(TestData.SEED, TestData.seed()));
        JsonNode tree = JSON.readTree(json);
        assertTrue(tree.has("structure") && tree.has("entities"), "the facts module contributes its sections");
        var errors = schema().validate(tree);
        assertTrue(errors.isEmpty(), errors.toString());
        Path golden = TestData.path("mixdoc-cli/src/test/resources/golden/" + TestData.SEED + ".json");
        if (Boolean.getBoolean("mixdoc.updateGolden") || !Files.exists(golden)) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json,
                "seed JSON changed; if intended, rerun with -Dmixdoc.updateGolden=true and review the diff");
    }

    @Test
    void everySampleDocumentValidatesAgainstTheSchemaAndRoundTrips() throws Exception {
        assertValid(TestData.sampleDocs());
    }

    @Test
    @org.junit.jupiter.api.Tag(io.mixdoc.testkit.SharedData.TAG)
    void everyDevDocumentValidatesAgainstTheSchemaAndRoundTrips() throws Exception {
        try (var files = Files.list(TestData.devDir())) {
            List<Path> dev = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertTrue(dev.size() >= 80, "dev set not found whole: " + dev.size());
            assertValid(dev);
        }
    }

    @Test
    void theSeedsFullResultReadBackIsWrittenIdentically() {
        String json = ResultJson.write(Mixdoc.standard().run(TestData.SEED, TestData.seed()));
        assertEquals(json, ResultJson.write(ResultJson.read(json)));
    }

    /** Each text's full result validates, and write → read → write gives the same bytes. */
    private static void assertValid(List<Path> texts) throws Exception {
        JsonSchema schema = schema();
        assertFalse(texts.isEmpty());
        for (Path p : texts) {
            String json = ResultJson.write(Mixdoc.standard().run(p.getFileName().toString(), Files.readString(p)));
            var errors = schema.validate(JSON.readTree(json));
            assertTrue(errors.isEmpty(), p + ": " + errors);
            assertEquals(json, ResultJson.write(ResultJson.read(json)), p + ": the result read back writes differently");
        }
    }
}
