package io.mixdoc.bench;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Scores;
import io.mixdoc.Stage;
import io.mixdoc.stage.LanguageTagger;
import io.mixdoc.stage.Mender;
import io.mixdoc.stage.CodeTagger;
import io.mixdoc.stage.ScriptRunTagger;
import io.mixdoc.stage.TokenTagger;
import io.mixdoc.stage.SeamFinder;
import io.mixdoc.stage.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the fast path's hot stages, one stage at a time. One operation processes the
 * source texts: by default the seed plus {@code ../shared/eval/dev} (82 documents, about 0.21 MB of
 * UTF-8: MB/s = 0.21 / (ms/op) * 1000), or the directories in {@code -Dmixdoc.bench.source=DIR[:DIR]}
 * (the exact size is printed at setup). Each stage gets documents that already carry the layers it
 * requires, so only its own work is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmarks {
    private final ScriptRunTagger scripts = new ScriptRunTagger();
    private final TokenTagger tokens = new TokenTagger();
    private final CodeTagger code = new CodeTagger();
    private final LanguageTagger languages = new LanguageTagger();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final SeamFinder seams = new SeamFinder();
    private final Mender mender = new Mender();
    private final Pipeline fast = Mixdoc.pipeline().withoutExtensions().fast().build();

    private List<byte[]> utf8;
    private List<Document> plain;
    private List<Document> withScripts;
    private List<Document> withLanguages;
    private List<Document> withSentences;
    private List<Document> withSeams;
    private List<Document> done;

    @Setup
    public void load() throws IOException {
        String chosen = System.getProperty("mixdoc.bench.source", "");
        List<Path> sources = chosen.isBlank() ? BenchCorpus.defaultSources(Throughput.repositoryRoot())
                : java.util.Arrays.stream(chosen.split(java.io.File.pathSeparator)).map(Path::of).toList();
        utf8 = new ArrayList<>();
        for (Path dir : sources) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    utf8.add(Files.readAllBytes(p));
                }
            }
        }
        long bytes = utf8.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%n[setup] %d documents, %d bytes of UTF-8 per operation%n", utf8.size(), bytes);
        plain = new ArrayList<>();
        for (int i = 0; i < utf8.size(); i++) {
            plain.add(Document.of("d" + i, new String(utf8.get(i), StandardCharsets.UTF_8)));
        }
        withScripts = applyAll(code, applyAll(tokens, applyAll(scripts, plain)));
        withLanguages = applyAll(languages, withScripts);
        withSentences = applyAll(sentences, withLanguages);
        withSeams = applyAll(seams, withSentences);
        done = applyAll(mender, withSeams);
    }

    private static List<Document> applyAll(Stage stage, List<Document> in) {
        List<Document> out = new ArrayList<>(in.size());
        for (Document d : in) {
            out.add(stage.apply(d));
        }
        return out;
    }

    private static void run(Stage stage, List<Document> in, Blackhole bh) {
        for (Document d : in) {
            bh.consume(stage.apply(d));
        }
    }

    /** The physical floor: UTF-8 decode and one look at every character. */
    @Benchmark
    public void decodeAndScan(Blackhole bh) {
        for (byte[] b : utf8) {
            bh.consume(Throughput.decodeAndScan(b));
        }
    }

    @Benchmark
    public void scriptRuns(Blackhole bh) {
        run(scripts, plain, bh);
    }

    @Benchmark
    public void tokens(Blackhole bh) {
        run(tokens, plain, bh);
    }

    @Benchmark
    public void languages(Blackhole bh) {
        run(languages, withScripts, bh);
    }

    @Benchmark
    public void sentences(Blackhole bh) {
        run(sentences, withLanguages, bh);
    }

    @Benchmark
    public void seams(Blackhole bh) {
        run(seams, withSentences, bh);
    }

    @Benchmark
    public void mend(Blackhole bh) {
        run(mender, withSeams, bh);
    }

    @Benchmark
    public void scores(Blackhole bh) {
        for (Document d : done) {
            bh.consume(Scores.of(d));
        }
    }

    /** Everything the throughput harness's fast path does, minus reading from disk. */
    @Benchmark
    public void fastPath(Blackhole bh) {
        for (byte[] b : utf8) {
            bh.consume(Scores.of(fast.run("d", new String(b, StandardCharsets.UTF_8))));
        }
    }
}
