package io.mixdoc.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The layout of a {@code mixdoc clean} output directory and its atomic writes.
 * <pre>
 * run.json                   the settings of the run (checked by --resume)
 * kept/part-000007.jsonl     kept records of shard 7 (records 7*S .. 8*S-1 in input order)
 * rejected/part-000007.jsonl records of shard 7 dropped by a rule
 * errors/part-000007.jsonl   records of shard 7 that could not be processed
 * commits/000007.json        the shard's counts, written last: a shard exists only once this file does
 * summary.json               totals over all committed shards
 * </pre>
 * Every file is written to a temporary name and renamed, so a file is either whole or absent.
 */
final class ShardFiles {
    static final String KEPT = "kept";
    static final String REJECTED = "rejected";
    static final String ERRORS = "errors";
    static final String COMMITS = "commits";

    private final Path root;

    ShardFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    void createDirectories() throws IOException {
        for (String d : List.of(KEPT, REJECTED, ERRORS, COMMITS)) {
            Files.createDirectories(root.resolve(d));
        }
    }

    Path part(String kind, long shard) {
        return root.resolve(kind).resolve(String.format(Locale.ROOT, "part-%06d.jsonl", shard));
    }

    Path commit(long shard) {
        return root.resolve(COMMITS).resolve(String.format(Locale.ROOT, "%06d.json", shard));
    }

    /** The shards whose commit file exists. */
    Set<Long> committed() throws IOException {
        Set<Long> s = new TreeSet<>();
        Path dir = root.resolve(COMMITS);
        if (!Files.isDirectory(dir)) {
            return s;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "[0-9]*.json")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                s.add(Long.parseLong(n.substring(0, n.length() - ".json".length())));
            }
        }
        return s;
    }

    /** Removes temporary files a killed run left behind. */
    void removeTemporaries() throws IOException {
        for (String d : List.of("", KEPT, REJECTED, ERRORS, COMMITS)) {
            Path dir = d.isEmpty() ? root : root.resolve(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*.tmp")) {
                for (Path p : ds) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Writes the lines (each followed by a newline) whole or not at all; no lines removes the file. */
    static void writeLines(Path target, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            Files.deleteIfExists(target);
            return;
        }
        Path tmp = tmpFor(target);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        move(tmp, target);
    }

    static void writeString(Path target, String content) throws IOException {
        Path tmp = tmpFor(target);
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        move(tmp, target);
    }

    private static Path tmpFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
