package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedKeys} answers a string equal to the key, as {@code toString()} did, whatever the table holds: team-written
 * keys with colliding hash codes, random keys, and threads racing on the same slots. A short key that a second
 * document meets again is the first one's string (the allocation saved); a long one is copied as before.
 */
class SharedKeysTest {
    @Test
    void answersAStringEqualToTheKey() {
        // "Aa"/"BB" and "AaAa"/"BBBB"/"AaBB" share hash codes: a slot holding one must not answer for another
        String[] written = {"the", "Aa", "BB", "AaAa", "BBBB", "AaBB", "spring", "sixteen-chars-ok",
                "seventeen-chars-no", "", "http", "Ünïcode", "中文", "the"};
        for (String k : written) {
            assertEquals(k, SharedKeys.of(new StringBuilder(k), k.hashCode()), k);
        }
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            String k = randomKey(random);
            assertEquals(k, SharedKeys.of(new StringBuilder(k), k.hashCode()), k);
        }
    }

    @Test
    void aSecondDocumentGetsTheFirstOnesStringForAShortKey() {
        KeyNumbers first = new KeyNumbers();
        KeyNumbers second = new KeyNumbers();
        String shortKey = "kubernetes-pod";
        String longKey = "a-rather-long-hyphenated-key";
        String firstShort = first.key(first.count(new StringBuilder(shortKey)));
        String firstLong = first.key(first.count(new StringBuilder(longKey)));
        assertSame(firstShort, second.key(second.count(new StringBuilder(shortKey))));
        assertNotSame(firstLong, second.key(second.count(new StringBuilder(longKey))));
        assertEquals(firstLong, second.key(second.idOf(longKey)));
    }

    @Test
    void threadsRacingOnTheTableEachGetAnEqualString() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                runs.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    int checked = 0;
                    for (int i = 0; i < 100_000; i++) {
                        String k = random.nextBoolean() ? "k" + random.nextInt(50) : randomKey(random);
                        String got = SharedKeys.of(new StringBuilder(k), k.hashCode());
                        if (!k.equals(got)) {
                            throw new AssertionError(k + " answered as " + got);
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(100_000, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String randomKey(Random random) {
        String alphabet = "abAB-.é中";
        int length = random.nextInt(22);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
