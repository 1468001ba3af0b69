package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SameLengthConversionTest {
    /** A converter that writes one character as two (the phrase tables' 著 → 着 … kind of length change) and one as another. */
    private static final Map<String, String> TABLE = Map.of("A", "xy", "B", "b");

    private static String convert(String s) {
        return TABLE.getOrDefault(s, s);
    }

    @Test
    void keepsCharactersWhoseConversionChangesLengthAndConvertsTheRest() {
        assertEquals("AbC", SameLengthConversion.characterByCharacter("ABC", SameLengthConversionTest::convert, c -> true));
    }

    @Test
    void asksTheConverterOnlyForCharactersTheFilterLetThrough() {
        assertEquals("AB", SameLengthConversion.characterByCharacter("AB", SameLengthConversionTest::convert, c -> c != 'B'));
    }
}
