package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AsTraditionalTest {
    @Test
    void textsAreConvertedIndexForIndexAndEnglishIsLeftAlone() {
        String simplified = "新华社北京12月1日电（记者刘江平）国务院今天发布软件发展规划。";
        for (AsTraditional.Variant v : AsTraditional.Variant.values()) {
            assertEquals(simplified.length(), AsTraditional.text(simplified, v).length(), v.name());
        }
        assertEquals("新華社北京12月1日電（記者劉江平）國務院今天發佈軟件發展規劃。", AsTraditional.text(simplified, AsTraditional.Variant.PLAIN));
        assertEquals("He said “yes”.", AsTraditional.text("He said “yes”.", AsTraditional.Variant.TAIWAN));
    }

    @Test
    void theGoldsWrittenFormsAreReadAgainFromTheConvertedText() throws Exception {
        String text = "记者刘江平报道";
        JsonNode gold = new ObjectMapper().readTree("""
                {"entities": [{"type": "PERSON", "mentions": [{"start": 2, "end": 5, "surface": "刘江平"}]}],
                 "structure": {"byline": {"start": 0, "end": 5, "surface": "记者刘江平", "authors": ["刘江平"]}}}""");
        String traditional = AsTraditional.text(text, AsTraditional.Variant.PLAIN);
        JsonNode converted = AsTraditional.gold(gold, traditional, AsTraditional.Variant.PLAIN);
        assertEquals("劉江平", converted.at("/entities/0/mentions/0/surface").asText());
        assertEquals("記者劉江平", converted.at("/structure/byline/surface").asText());
        assertEquals("劉江平", converted.at("/structure/byline/authors/0").asText());
        assertEquals(2, converted.at("/entities/0/mentions/0/start").asInt());
        assertEquals("刘江平", gold.at("/entities/0/mentions/0/surface").asText(), "the gold read is not changed");
    }
}
