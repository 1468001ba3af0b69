package io.mixdoc.corpus;

import io.mixdoc.io.ReaderOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one {@code mixdoc clean} run, checked when built.
 *
 * @param inputs    files and directories, read in this order (record numbers follow it)
 * @param output    the output directory
 * @param threads   worker threads (at least 1)
 * @param resume    continue a run in {@code output}, skipping its committed shards
 * @param emit      what goes into kept records
 * @param rules     filter rules, checked in order; the first broken one rejects the record
 * @param limit     stop after this many input records ({@link Long#MAX_VALUE} for all)
 * @param reader    reader settings (text field, per-record byte limit)
 * @param shardSize records per shard: the unit of atomic commit and of resume
 * @param progress  how progress is shown
 * @param recordTimeLimit how long one record's analysis may run; slower ones become {@code E_TIMEOUT}
 * @param facts     a result ({@code --emit result}) holds the facts too (structure, entities, quantities,
 *                  dates: {@code --facts}); without it only the core layers are computed, at a fraction
 *                  of the cost. Only meaningful with {@link EmitMode#RESULT}: no other output reads facts.
 * @param viewer    where {@code mixdoc serve --root} for this corpus is reached (e.g. {@code http://127.0.0.1:8080/}):
 *                  the report's worst records link into that viewer; empty (the default), the report names each
 *                  record's viewer query instead of guessing an address ({@code --viewer-url})
 */
public record CleanOptions(List<Path> inputs, Path output, int threads, boolean resume, EmitMode emit,
                           List<FilterRule> rules, long limit, ReaderOptions reader, int shardSize, Progress progress,
                           Duration recordTimeLimit, boolean facts, Optional<URI> viewer) {
    public static final int DEFAULT_SHARD_SIZE = 200;

    /** How progress is shown on standard error. */
    public enum Progress {
        /** A bar when {@code System.console() != null}, else periodic log lines. */
        AUTO,
        /** A redrawn bar. */
        BAR,
        /** Plain log lines every few seconds. */
        LOG,
        /** Nothing but the final summary. */
        QUIET
    }

    public CleanOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input");
        }
        Objects.requireNonNull(output, "output");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(emit, "emit");
        rules = List.copyOf(rules);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        Objects.requireNonNull(reader, "reader");
        if (shardSize < 1) {
            throw new IllegalArgumentException("shard size must be at least 1, got " + shardSize);
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(recordTimeLimit, "recordTimeLimit");
        if (recordTimeLimit.isNegative() || recordTimeLimit.isZero()) {
            throw new IllegalArgumentException("the per-record time limit must be positive, got " + recordTimeLimit);
        }
        if (facts && emit != EmitMode.RESULT) {
            throw new IllegalArgumentException("--facts adds the facts to --emit result; --emit " + emit.id() + " holds no facts");
        }
        Objects.requireNonNull(viewer, "viewer");
        viewer.ifPresent(CorpusReport::checkViewer);
    }

    /** Defaults: all cores, no resume, emit result, no rules, no limit, default reader settings. */
    public static CleanOptions of(List<Path> inputs, Path output) {
        return new CleanOptions(inputs, output, Runtime.getRuntime().availableProcessors(), false, EmitMode.RESULT,
                List.of(), Long.MAX_VALUE, ReaderOptions.defaults(), DEFAULT_SHARD_SIZE, Progress.AUTO,
                RecordProcessor.DEFAULT_TIME_LIMIT, false, Optional.empty());
    }

    public CleanOptions withThreads(int n) {
        return new CleanOptions(inputs, output, n, resume, emit, rules, limit, reader, shardSize, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withResume(boolean r) {
        return new CleanOptions(inputs, output, threads, r, emit, rules, limit, reader, shardSize, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withEmit(EmitMode e) {
        return new CleanOptions(inputs, output, threads, resume, e, rules, limit, reader, shardSize, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withRules(List<FilterRule> r) {
        return new CleanOptions(inputs, output, threads, resume, emit, r, limit, reader, shardSize, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withLimit(long l) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, l, reader, shardSize, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withReader(ReaderOptions r) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, r, shardSize, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withShardSize(int s) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, reader, s, progress, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withRecordTimeLimit(Duration d) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, reader, shardSize, progress, d, facts, viewer);
    }

    public CleanOptions withProgress(Progress p) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, reader, shardSize, p, recordTimeLimit, facts, viewer);
    }

    public CleanOptions withViewer(Optional<URI> v) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, reader, shardSize, progress, recordTimeLimit, facts, v);
    }

    public CleanOptions withFacts(boolean f) {
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, reader, shardSize, progress, recordTimeLimit, f, viewer);
    }

    /**
     * Parses the flags of {@link CorpusCleaner#main}: {@code --input P} (repeatable), {@code --output D},
     * {@code --threads N}, {@code --resume}, {@code --emit M}, {@code --limit N}, {@code --shard-size N},
     * {@code --max-record-bytes N}, {@code --text-field F}, {@code --progress auto|bar|log|quiet}, {@code --facts}, {@code --viewer-url URL}, and a
     * flag per {@link FilterRule.Kind} ({@code --min-share LANG=X}, ...; each repeatable).
     */
    public static CleanOptions parse(String... args) {
        List<Path> inputs = new ArrayList<>();
        Path output = null;
        List<FilterRule> rules = new ArrayList<>();
        int threads = Runtime.getRuntime().availableProcessors();
        boolean resume = false;
        EmitMode emit = EmitMode.RESULT;
        long limit = Long.MAX_VALUE;
        int shard = DEFAULT_SHARD_SIZE;
        ReaderOptions reader = ReaderOptions.defaults();
        Progress progress = Progress.AUTO;
        Duration recordTimeLimit = RecordProcessor.DEFAULT_TIME_LIMIT;
        boolean facts = false;
        Optional<URI> viewer = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--resume" -> resume = true;
                case "--facts" -> facts = true;
                case "--input" -> inputs.add(Path.of(value(args, ++i, a)));
                case "--output" -> output = Path.of(value(args, ++i, a));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
                case "--emit" -> emit = EmitMode.parse(value(args, ++i, a));
                case "--limit" -> limit = Long.parseLong(value(args, ++i, a));
                case "--shard-size" -> shard = Integer.parseInt(value(args, ++i, a));
                case "--max-record-bytes" -> reader = reader.withMaxRecordBytes(Long.parseLong(value(args, ++i, a)));
                case "--text-field" -> reader = reader.withTextField(value(args, ++i, a));
                case "--record-time-limit" -> recordTimeLimit = Duration.ofMillis(Math.round(1000 * Double.parseDouble(value(args, ++i, a))));
                case "--viewer-url" -> viewer = Optional.of(URI.create(value(args, ++i, a)));
                case "--progress" -> progress = Progress.valueOf(value(args, ++i, a).toUpperCase(java.util.Locale.ROOT));
                default -> {
                    FilterRule.Kind kind = FilterRule.Kind.byFlag(a)
                            .orElseThrow(() -> new IllegalArgumentException("unknown option " + a));
                    rules.add(FilterRule.withValue(kind, value(args, ++i, a)));
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        return new CleanOptions(inputs, output, threads, resume, emit, rules, limit, reader, shard, progress, recordTimeLimit, facts, viewer);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
