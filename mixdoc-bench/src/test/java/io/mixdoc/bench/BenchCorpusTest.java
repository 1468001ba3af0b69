package io.mixdoc.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
    static BenchCorpus source;

    @BeforeAll
    static void load() throws Exception {
        source = BenchCorpus.fromRepository(Throughput.repositoryRoot());
    }

    @Test
    void sameSeedGivesSameBytesOtherSeedOtherBytes() throws Exception {
        assertArrayEquals(bytes(300_000, 7), bytes(300_000, 7));
        assertFalse(java.util.Arrays.equals(bytes(300_000, 7), bytes(300_000, 8)));
    }

    @Test
    void documentsAreMixedAndDoNotRepeat() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int docs = source.write(out, 1_000_000, 3);
        assertTrue(out.size() >= 1_000_000, "reaches the target size");
        Path file = Files.createTempFile("corpus", ".bin");
        try {
            Files.write(file, out.toByteArray());
            List<String> texts = new ArrayList<>();
            try (CorpusFile in = new CorpusFile(file, Long.MAX_VALUE)) {
                byte[] b;
                while ((b = in.next()) != null) {
                    texts.add(new String(b, StandardCharsets.UTF_8));
                }
            }
            assertEquals(docs, texts.size());
            Set<String> distinct = new HashSet<>(texts);
            assertEquals(texts.size(), distinct.size(), "no document is repeated");
            long mixed = texts.stream().filter(t -> t.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
                    && t.codePoints().anyMatch(c -> c >= 'a' && c <= 'z')).count();
            assertTrue(mixed > texts.size() / 2, "most documents mix Chinese and English: " + mixed + "/" + texts.size());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void corpusFileStopsAfterTheRecordThatCrossesTheLimit(@TempDir Path dir) throws Exception {
        Path file = source.ensure(dir, 1, 5);
        long total = 0;
        int docs = 0;
        try (CorpusFile in = new CorpusFile(file, 100_000)) {
            byte[] b;
            while ((b = in.next()) != null) {
                total += b.length;
                docs++;
            }
            assertNull(in.next());
        }
        assertTrue(total >= 100_000 && docs > 1, "read " + total + " bytes in " + docs + " documents");
        assertTrue(total < 100_000 + 20_000, "stops right after the limit: " + total);
        assertEquals(file, source.ensure(dir, 1, 5), "an existing corpus is reused");
    }

    @Test
    void splitsSentencesKeepingTheirMarks() {
        List<String> out = new ArrayList<>();
        BenchCorpus.splitSentences("他来了。Then he left. 好！end", out);
        assertEquals(List.of("他来了。", "Then he left. ", "好！", "end"), out);
    }

    private static byte[] bytes(long size, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        source.write(out, size, seed);
        return out.toByteArray();
    }
}
