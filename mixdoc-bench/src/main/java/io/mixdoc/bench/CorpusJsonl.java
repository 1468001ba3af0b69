package io.mixdoc.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bench corpus as JSONL ({@code {"id": "...", "text": "..."}} per line), the input of a
 * real {@code mixdoc clean} run: {@code bench/clean-heap.sh} measures that command's peak heap on it.
 * Usage: {@code CorpusJsonl MB OUT.jsonl} (the corpus is the one {@code bench/run.sh --mb MB} reads).
 */
public final class CorpusJsonl {
    private CorpusJsonl() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CorpusJsonl MB OUT.jsonl");
        }
        int mb = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path root = Throughput.repositoryRoot();
        Path corpus = BenchCorpus.fromDirectories(BenchCorpus.defaultSources(root))
                .ensure(root.resolve("mixdoc-bench/target/bench-corpus"), mb, 20261124L);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        long docs = 0;
        try (CorpusFile in = new CorpusFile(corpus, Long.MAX_VALUE);
             OutputStream os = Files.newOutputStream(tmp);
             JsonGenerator g = new JsonFactory().createGenerator(os)) {
            g.setRootValueSeparator(null);
            byte[] b;
            while ((b = in.next()) != null) {
                g.writeStartObject();
                g.writeStringField("id", "bench-" + docs++);
                g.writeStringField("text", new String(b, StandardCharsets.UTF_8));
                g.writeEndObject();
                g.flush();
                os.write('\n');
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s: %,d documents from %s%n", out, docs, corpus);
    }
}
