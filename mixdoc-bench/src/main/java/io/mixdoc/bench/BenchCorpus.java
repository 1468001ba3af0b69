package io.mixdoc.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic benchmark corpus of mixed Chinese–English documents, built from source texts
 * (by default the seed and {@code ../shared/eval/dev}, see {@link #defaultSources}) so that it looks
 * like the real input, but varied so that no cache can replay work:
 * sentences are shuffled across documents and digits, Latin letters and Han characters are
 * perturbed by a seeded {@link Random}. The same (size, seed) always gives the same bytes.
 *
 * <p>File format (streamed, never held in memory): a sequence of records, each a 4-byte big-endian
 * length followed by that many bytes of UTF-8 text. {@link CorpusFile} reads it back.
 */
public final class BenchCorpus {
    private final List<String> sentences;
    private final int[] documentLengths;
    private final char[] hanPool;
    private final String fingerprint;

    private BenchCorpus(List<String> sentences, int[] documentLengths, char[] hanPool, String fingerprint) {
        this.sentences = sentences;
        this.documentLengths = documentLengths;
        this.hanPool = hanPool;
        this.fingerprint = fingerprint;
    }

    /**
     * The seed ({@code data/seed}) and the dev set beside the repository ({@code ../shared/eval/dev})
     * when it is there; without it the team-written {@code data/samples/docs}, so a fresh clone can
     * still build a corpus (smaller variety: figures are comparable only between runs on the same sources).
     */
    public static List<Path> defaultSources(Path root) {
        Path dev = root.resolve("../shared/eval/dev").normalize();
        return List.of(root.resolve("data/seed"), Files.isDirectory(dev) ? dev : root.resolve("data/samples/docs"));
    }

    /** Loads the default sources of the repository at {@code root} ({@link #defaultSources}). */
    public static BenchCorpus fromRepository(Path root) throws IOException {
        return fromDirectories(defaultSources(root));
    }

    /** Loads every {@code *.txt} in the given directories as source texts. */
    public static BenchCorpus fromDirectories(List<Path> dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no source texts (*.txt) in " + dirs);
        }
        List<String> sentences = new ArrayList<>();
        int[] lengths = new int[files.size()];
        StringBuilder han = new StringBuilder();
        java.util.BitSet seenHan = new java.util.BitSet(0x10000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (int f = 0; f < files.size(); f++) {
            String text = Files.readString(files.get(f), StandardCharsets.UTF_8);
            crc.update(text.getBytes(StandardCharsets.UTF_8));
            lengths[f] = text.length();
            for (String line : text.split("\n")) {
                splitSentences(line, sentences);
                sentences.add("\n");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x4E00 && c <= 0x9FFF && !seenHan.get(c)) {
                    seenHan.set(c);
                    han.append(c);
                }
            }
        }
        return new BenchCorpus(List.copyOf(sentences), lengths, han.toString().toCharArray(), Long.toHexString(crc.getValue()));
    }

    /** Sentence-sized pieces, each ending after its sentence mark (and the space after it). */
    static void splitSentences(String line, List<String> out) {
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("。！？!?".indexOf(c) >= 0 || (c == '.' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
                int end = i + 1;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                out.add(line.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < line.length()) {
            out.add(line.substring(start));
        }
    }

    /** Number of sentence pieces the generator draws from. */
    public int pieces() {
        return sentences.size();
    }

    /**
     * The corpus file for (sources, megabytes, seed) under {@code dir}, written on first use and reused
     * after (generation is not part of any measurement); its name carries a checksum of the sources.
     */
    public Path ensure(Path dir, int megabytes, long seed) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("corpus-" + megabytes + "mb-seed" + seed + "-src" + fingerprint + ".bin");
        if (Files.exists(file)) {
            return file;
        }
        Path tmp = Files.createTempFile(dir, "corpus", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            write(os, (long) megabytes * 1_000_000L, seed);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Writes documents until at least {@code targetBytes} of text were written; returns the count. */
    public int write(OutputStream os, long targetBytes, long seed) throws IOException {
        Random r = new Random(seed);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        long written = 0;
        int docs = 0;
        while (written < targetBytes) {
            byte[] doc = document(r).getBytes(StandardCharsets.UTF_8);
            out.writeInt(doc.length);
            out.write(doc);
            written += doc.length;
            docs++;
        }
        out.flush();
        return docs;
    }

    /** One document: about as long as a random source document, its sentences drawn from all of them. */
    String document(Random r) {
        int target = (int) (documentLengths[r.nextInt(documentLengths.length)] * (0.5 + 1.5 * r.nextDouble()));
        StringBuilder b = new StringBuilder(target + 256);
        // Start at a random piece and mostly walk forwards, jumping now and then: keeps the local
        // mix of languages realistic while every document is a new combination.
        int at = r.nextInt(sentences.size());
        while (b.length() < target) {
            if (r.nextInt(4) == 0) {
                at = r.nextInt(sentences.size());
            }
            String piece = sentences.get(at);
            at = (at + 1) % sentences.size();
            if (piece.equals("\n") && (b.length() == 0 || b.charAt(b.length() - 1) == '\n')) {
                continue;
            }
            perturb(piece, r, b);
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
            b.setLength(b.length() - 1);
        }
        return b.append('\n').toString();
    }

    private void perturb(String piece, Random r, StringBuilder b) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c >= '0' && c <= '9') {
                c = (char) ('0' + r.nextInt(10));
            } else if (c >= 'a' && c <= 'z' && r.nextInt(40) == 0) {
                c = (char) ('a' + r.nextInt(26));
            } else if (c >= 'A' && c <= 'Z' && r.nextInt(40) == 0) {
                c = (char) ('A' + r.nextInt(26));
            } else if (c >= 0x4E00 && c <= 0x9FFF && r.nextInt(40) == 0) {
                c = hanPool[r.nextInt(hanPool.length)];
            }
            b.append(c);
        }
    }
}
