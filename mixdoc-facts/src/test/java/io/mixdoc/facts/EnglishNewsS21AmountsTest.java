package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** English amounts of session 21 (s21-en): each sentence written for its rule, none taken from a gold page. */
class EnglishNewsS21AmountsTest {
    private static Map<String, String> units(String text) {
        Document doc = TestData.pipeline().run(Document.of("amounts", text).withMetadata("page_date", "2024-03-12"));
        return doc.layer(FactsLayers.QUANTITY).spans().stream()
                .collect(Collectors.toMap(q -> doc.text().substring(q.start(), q.end()), q -> q.value().stripTrailingZeros()
                        .toPlainString() + " " + q.unit(), (a, b) -> a));
    }

    @Test
    void anElectricCarsBatteryTorqueAndTrunkHaveTheirUnits() {
        Map<String, String> q = units("The hatchback carries a 64 kWh battery, makes 310 lb-ft of torque and holds 18.5 cu.ft. "
                + "of luggage.\n");
        assertEquals("64 kWh", q.get("64 kWh"), q.toString());
        assertEquals("310 lb-ft", q.get("310 lb-ft"), q.toString());
        assertEquals("18.5 cu ft", q.get("18.5 cu.ft."), q.toString());
    }
}
