package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.mixdoc.CodeRegion;
import io.mixdoc.LayerKey;
import io.mixdoc.Mixdoc;
import io.mixdoc.SeamType;
import io.mixdoc.TokenKind;
import io.mixdoc.facts.Approx;
import io.mixdoc.facts.EntityType;
import io.mixdoc.json.ResultJson;
import io.mixdoc.json.ResultSchema;
import io.mixdoc.testkit.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One schema: the published file is the assembly of the modules' fragments (never edited by hand), and
 * what the writers write and the schema says agree, field by field and enum by enum.
 */
class ResultSchemaTest {
    private static final Path PUBLISHED = TestData.path("schema/mixdoc-result-v1.schema.json");

    @Test
    void thePublishedSchemaIsTheAssemblyOfTheModulesFragments() throws Exception {
        String assembled = ResultSchema.text();
        if (Boolean.getBoolean("mixdoc.updateGolden") || !Files.exists(PUBLISHED)) {
            Files.writeString(PUBLISHED, assembled, StandardCharsets.UTF_8);
        }
        assertEquals(assembled, Files.readString(PUBLISHED, StandardCharsets.UTF_8),
                "schema/mixdoc-result-v1.schema.json is assembled from the modules' fragments "
                        + "(result-core.schema.json, result-facts.schema.json): edit those and rerun with -Dmixdoc.updateGolden=true");
    }

    @Test
    void everyFieldWrittenIsInTheSchema() throws Exception {
        JsonSchema strict = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(strict(ResultSchema.assembled()));
        List<String> texts = new ArrayList<>();
        texts.add(TestData.seed());
        texts.add("Run `npm install mixdoc@1.2.0` then see https://x.org/a 或 @dev 的 config.yaml。\n"
                + "北京（Běijīng）是首都。\u0000 𠮷野家 is a restaurant 吃饭 Liu江平 and Liu Jiangping.");
        TestData.sampleDocs().forEach(p -> texts.add(TestData.read(p)));
        for (String text : texts) {
            JsonNode tree = ResultJson.toTree(Mixdoc.standardWithGloss().run("t", text).withMetadata("url", "u"));
            var errors = strict.validate(tree);
            assertTrue(errors.isEmpty(), "written but not in the schema (or not as the schema says): " + errors);
        }
    }

    @Test
    void everyLayerOfTheResultIsAFieldOfTheSchema() {
        JsonNode properties = ResultSchema.assembled().get("properties");
        for (LayerKey<?> key : ResultJson.resultLayers()) {
            String field = key.json().orElseThrow().field();
            assertTrue(properties.has(field), "layer " + key + " writes '" + field + "', which the schema does not describe");
        }
    }

    @Test
    void theSchemasEnumsHoldEveryValueTheWritersWrite() {
        JsonNode p = ResultSchema.assembled().get("properties");
        // A seam type is one enum entry in each: they must be equal, not merely overlap.
        assertEquals(names(SeamType.values(), false), enumAt(p, "seams"));
        assertTrue(enumAt(p, "code").containsAll(names(CodeRegion.Kind.values(), true)));
        Set<String> protectedKinds = new TreeSet<>();
        Arrays.stream(TokenKind.values()).filter(TokenKind::isProtected).forEach(k -> protectedKinds.add(k.name().toLowerCase(Locale.ROOT)));
        assertTrue(enumAt(p, "protected_tokens").containsAll(protectedKinds));
        assertTrue(enumAt(p, "entities").containsAll(names(EntityType.values(), false)));
        assertTrue(enumValues(p.at("/quantities/items/properties/approx")).containsAll(names(Approx.values(), true)));
    }

    /** The enum of an array field's items' {@code type} or {@code kind}. */
    private static Set<String> enumAt(JsonNode properties, String field) {
        JsonNode item = properties.at("/" + field + "/items/properties");
        return enumValues(item.has("type") ? item.get("type") : item.get("kind"));
    }

    private static Set<String> enumValues(JsonNode schema) {
        Set<String> s = new TreeSet<>();
        schema.get("enum").forEach(v -> s.add(v.asText()));
        return s;
    }

    private static Set<String> names(Enum<?>[] values, boolean lower) {
        Set<String> s = new TreeSet<>();
        for (Enum<?> v : values) {
            s.add(lower ? v.name().toLowerCase(Locale.ROOT) : v.name());
        }
        return s;
    }

    /** The schema with every object that lists its properties closed to others. */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")) {
                o.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                strict(it.next());
            }
        } else if (schema.isArray()) {
            schema.forEach(ResultSchemaTest::strict);
        }
        return schema;
    }
}
