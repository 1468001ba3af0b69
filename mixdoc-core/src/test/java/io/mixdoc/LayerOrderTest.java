package io.mixdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Layer#of} sorts only spans that are out of order: its spans must be those the old copy-and-sort gave
 * (same spans, same order, equal spans of different kinds left as they came), for lists in order, nearly in order
 * and shuffled.
 */
class LayerOrderTest {
    private static final LayerKey<Token> KEY = LayerKey.of("layer_order_test", Token.class);
    private static final TokenKind[] KINDS = TokenKind.values();

    @Test
    void spansAsTheOldSortGaveThem() {
        Random r = new Random(15);
        int unsorted = 0;
        for (int n = 0; n < 3_000; n++) {
            List<Token> spans = new ArrayList<>();
            int size = r.nextInt(80);
            int at = 0;
            for (int i = 0; i < size; i++) {
                at += r.nextInt(3);
                spans.add(new Token(at, at + 1 + r.nextInt(4), KINDS[r.nextInt(KINDS.length)]));
            }
            if (n % 3 == 1 && size > 1) {
                java.util.Collections.swap(spans, r.nextInt(size), r.nextInt(size));
            } else if (n % 3 == 2) {
                java.util.Collections.shuffle(spans, r);
            }
            if (!Layer.inOrder(spans)) {
                unsorted++;
            }
            List<Token> old = new ArrayList<>(spans);
            old.sort(Comparator.comparingInt(Token::start).thenComparingInt(Token::end));
            assertEquals(old, Layer.of(KEY, spans).spans());
        }
        assertTrue(unsorted > 1_000, "lists out of order: " + unsorted);
    }

    @Test
    void tellsOrder() {
        assertTrue(Layer.inOrder(List.of(new Token(0, 2, TokenKind.WORD), new Token(0, 3, TokenKind.WORD), new Token(1, 2, TokenKind.WORD))));
        assertFalse(Layer.inOrder(List.of(new Token(0, 3, TokenKind.WORD), new Token(0, 2, TokenKind.WORD))));
    }
}
