package io.mixdoc.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.TokenKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokenizer#wholeKind} tries {@link Tokenizer#HYPHENATED} only on a core with {@link Tokenizer#twoHyphens} and
 * {@link Tokenizer#HYPHEN_DIGITS} only on one with an {@link Tokenizer#asciiDigit}: wherever a pattern matches, its
 * check must say yes (team-written cores and 50,000 random ones), so no answer changes.
 */
class HyphenPatternPrecheckTest {
    private static final List<String> CORES = List.of("libpam-gnome-keyring", "network-manager-openvpn", "well-known",
            "state-of-the-art", "utf-8", "x86-64", "python3-pip", "gcc-12-base", "end-to-end", "e-mail", "a-b-c", "-f", "ext4-",
            "１２-ab", "ab-１２", "co-op-2", "k8s-node", "-");

    @Test
    void everyMatchPassesItsCheck() {
        int matched = 0;
        for (String c : CORES) {
            matched += assertChecksHold(c);
        }
        assertTrue(matched >= 6, "team cores that match: " + matched);
        Random r = new Random(15);
        String alphabet = "ab-z09-x-１٣A";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            matched += assertChecksHold(b.toString());
        }
        assertTrue(matched > 300, "random cores that match: " + matched);
    }

    @Test
    void compoundsAndPackagesKeepTheirKinds() {
        assertEquals(TokenKind.IDENTIFIER, Tokenizer.wholeKind("libpam-gnome-keyring"));
        assertEquals(null, Tokenizer.wholeKind("python3-pip")); // split into python, 3, -, pip as before
        assertEquals(TokenKind.IDENTIFIER, Tokenizer.wholeKind("x86-64"));
        assertEquals(null, Tokenizer.wholeKind("well-known"));
        assertEquals(null, Tokenizer.wholeKind("state-of-the-art"));
        assertFalse(Tokenizer.twoHyphens("well-known"));
        assertFalse(Tokenizer.asciiDigit("ab-１２"));
    }

    private static int assertChecksHold(String core) {
        int matched = 0;
        if (Tokenizer.HYPHENATED.matcher(core).matches()) {
            assertTrue(Tokenizer.twoHyphens(core), core);
            matched++;
        }
        if (Tokenizer.HYPHEN_DIGITS.matcher(core).matches()) {
            assertTrue(Tokenizer.asciiDigit(core), core);
            matched++;
        }
        return matched;
    }
}
