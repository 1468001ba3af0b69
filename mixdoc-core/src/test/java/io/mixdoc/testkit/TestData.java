package io.mixdoc.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's test data (data/) from any module's tests; {@link SharedData} finds ../shared. */
public final class TestData {
    public static final String SEED = "000_dc618c4d89af0b6a";

    private TestData() {
    }

    /** The repository root: system property mixdoc.root, else the nearest parent holding mvnw. */
    public static Path root() {
        String prop = System.getProperty("mixdoc.root");
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) {
            return Path.of(prop);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
        }
        return p;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static Path seedText() {
        return path("data/seed/" + SEED + ".txt");
    }

    public static Path seedGold() {
        return path("data/seed/" + SEED + ".gold.json");
    }

    /** The dev set of generated documents with gold, read from {@code ../shared} (see {@link SharedData}). */
    public static Path devDir() {
        return SharedData.dir("eval/dev");
    }

    /** The team-written mixed documents in {@code data/samples/docs} (no gold): inputs for tests that need real-looking text. */
    public static java.util.List<Path> sampleDocs() {
        try (var files = Files.list(path("data/samples/docs"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed() {
        return read(seedText());
    }
}
