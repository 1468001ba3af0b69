package io.mixdoc.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads back the output of a clean run for the tests. */
final class CleanOutputs {
    private CleanOutputs() {
    }

    /** Every output line by kind ("kept", "rejected", "errors"), in shard order. */
    static Map<String, List<String>> lines(Path out) {
        Map<String, List<String>> m = new TreeMap<>();
        for (String kind : List.of(ShardFiles.KEPT, ShardFiles.REJECTED, ShardFiles.ERRORS)) {
            List<String> l = new ArrayList<>();
            Path dir = out.resolve(kind);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.sorted().toList()) {
                        l.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            m.put(kind, l);
        }
        return m;
    }

    /** The ids of every output line, all kinds together. */
    static List<String> ids(Path out) {
        List<String> ids = new ArrayList<>();
        lines(out).values().forEach(l -> l.forEach(line -> ids.add(json(line).path("id").asText())));
        return ids;
    }

    static JsonNode json(String line) {
        try {
            return CorpusJson.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode summary(Path out) throws IOException {
        return CorpusJson.MAPPER.readTree(Files.readString(out.resolve("summary.json")));
    }
}
