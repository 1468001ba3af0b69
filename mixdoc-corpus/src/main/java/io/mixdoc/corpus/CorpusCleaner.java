package io.mixdoc.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.io.Readers;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine of {@code mixdoc clean}: reads the inputs in order, numbers the records, processes them
 * on worker threads with a {@link RecordProcessor}, and commits them in shards of consecutive
 * records (see {@link ShardFiles} for the layout).
 *
 * <p>Nothing lost, nothing twice: every record read ends in exactly one of kept, rejected, errors;
 * a shard's three parts are written first and its commit file last, each by atomic rename, so after
 * {@code kill -9} a shard is either committed whole or redone by {@code --resume}. Records are
 * numbered by input order and processing is deterministic, so the redone shard's lines are the same
 * bytes. Memory is bounded: a fixed number of records in flight, and at most {@code threads + 1}
 * shards open.
 */
public final class CorpusCleaner {
    private final CleanOptions options;
    private final Pipeline pipeline;
    private final PrintStream log;

    public CorpusCleaner(CleanOptions options, Pipeline pipeline, PrintStream log) {
        this.options = options;
        this.pipeline = pipeline;
        this.log = log;
    }

    /** Runs the clean job with the flags of {@link CleanOptions#parse}; exit 0 on success, 2 on misuse. */
    public static void main(String[] args) {
        CleanOptions o;
        try {
            o = CleanOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("mixdoc clean: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new CorpusCleaner(o, Mixdoc.standard(), System.err).run();
            System.exit(0);
        } catch (IllegalStateException e) {
            System.err.println("mixdoc clean: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("mixdoc clean: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs the job and writes {@code summary.json}. Throws {@link IllegalStateException} for misuse
     * (an output directory in use without {@code --resume}, or resumed with other settings).
     */
    public CleanSummary run() throws IOException {
        long t0 = System.nanoTime();
        ShardFiles files = new ShardFiles(options.output());
        prepare(files);
        Set<Long> committed = files.committed();
        RecordProcessor processor = new RecordProcessor(pipeline, options.emit(), options.rules(), options.recordTimeLimit(), options.facts());
        ProgressMeter meter = new ProgressMeter(options, log, totalInputBytes());
        int threads = options.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mixdoc-clean");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        ConcurrentSkipListMap<Long, Shard> open = new ConcurrentSkipListMap<>();
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        Object windowLock = new Object();
        int window = threads + 1;
        long seq = 0;
        long resumedRecords = 0;
        meter.start();
        LocatedRecords reader = new LocatedRecords(options.inputs(), options.reader());
        try (reader) {
            while (seq < options.limit() && fatal.get() == null && reader.hasNext()) {
                LocatedRecords.Located located = reader.next();
                SourceRecord record = located.record();
                Place place = new Place(record.id(), located.source(), located.index());
                long shardNo = seq / options.shardSize();
                int index = (int) (seq % options.shardSize());
                seq++;
                if (committed.contains(shardNo)) {
                    resumedRecords++;
                    meter.skipped(record.bytes());
                    continue;
                }
                synchronized (windowLock) {
                    while (fatal.get() == null && shardNo - oldestOpen(open, shardNo) >= window) {
                        windowLock.wait(1000);
                    }
                }
                Shard shard = open.computeIfAbsent(shardNo, n -> new Shard(n, n * options.shardSize(), options.shardSize()));
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        Outcome outcome = processor.process(record);
                        meter.done(outcome);
                        if (shard.put(index, outcome, place)) {
                            commit(files, shard, open, windowLock);
                        }
                    } catch (Throwable e) {
                        fatal.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            // The last shard may be short: tell it how many records it has.
            if (fatal.get() == null && seq > 0 && seq % options.shardSize() != 0) {
                Shard last = open.get((seq - 1) / options.shardSize());
                if (last != null && last.finish((int) (seq % options.shardSize()))) {
                    commit(files, last, open, windowLock);
                }
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (fatal.get() != null) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
            meter.stop();
        }
        Throwable f = fatal.get();
        if (f != null) {
            throw new IOException("run stopped, committed shards are kept (use --resume): " + f, f);
        }
        if (!open.isEmpty()) {
            throw new IOException("shards left uncommitted: " + open.keySet());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CleanSummary summary = CleanSummary.collect(files, seconds, resumedRecords, meter.samples(), reader.root().toString(),
                processor.stages());
        ShardFiles.writeString(options.output().resolve("summary.json"), summary.toJson() + "\n");
        // The report is drawn from the summary just written, so its figures are the summary's.
        ShardFiles.writeString(options.output().resolve("report.html"), CorpusReport.html(CorpusJson.MAPPER.readTree(summary.toJson()), options.viewer()));
        log.println(summary.describe(options.output()));
        return summary;
    }

    private void prepare(ShardFiles files) throws IOException {
        Path out = options.output();
        Path runFile = out.resolve("run.json");
        String fingerprint = CorpusJson.line(fingerprint()) + "\n";
        if (Files.isDirectory(out) && hasEntries(out)) {
            if (!options.resume()) {
                throw new IllegalStateException(out + " is not empty: use --resume to continue the run there, or choose a new directory");
            }
            if (!Files.exists(runFile)) {
                throw new IllegalStateException(out + " holds no mixdoc clean run (no run.json)");
            }
            String before = Files.readString(runFile);
            if (!before.equals(fingerprint)) {
                throw new IllegalStateException("cannot resume: " + out + " was written with other settings:\n  was " + before.strip()
                        + "\n  now " + fingerprint.strip());
            }
        }
        files.createDirectories();
        files.removeTemporaries();
        Files.deleteIfExists(out.resolve("summary.json"));
        Files.deleteIfExists(out.resolve("report.html"));
        ShardFiles.writeString(runFile, fingerprint);
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    /** The settings that decide which line each record gets; a resumed run must match them. */
    private JsonNode fingerprint() {
        ObjectNode o = CorpusJson.MAPPER.createObjectNode();
        ArrayNode in = o.putArray("inputs");
        options.inputs().forEach(p -> in.add(p.toString()));
        o.put("emit", options.emit().id());
        o.put("facts", options.facts());
        ArrayNode rules = o.putArray("rules");
        options.rules().forEach(r -> rules.add(r.toString()));
        o.put("limit", options.limit());
        o.put("shard_size", options.shardSize());
        o.put("max_record_bytes", options.reader().maxRecordBytes());
        o.put("text_field", options.reader().textField());
        return o;
    }

    private long totalInputBytes() {
        long total = 0;
        try {
            for (Path p : options.inputs()) {
                for (Path f : Files.isDirectory(p) ? Readers.filesUnder(p) : List.of(p)) {
                    if (f.getFileName().toString().endsWith(".gz")) {
                        return -1; // compressed: record bytes cannot be compared with file sizes
                    }
                    total += Files.isRegularFile(f) ? Files.size(f) : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return total;
    }

    /**
     * The oldest shard still open, or {@code shardNo} when none is. Workers commit and remove shards
     * outside the reader's lock, so the map may empty between an isEmpty check and firstKey (which
     * would throw); one read of firstEntry cannot race.
     */
    private static long oldestOpen(ConcurrentSkipListMap<Long, Shard> open, long shardNo) {
        Map.Entry<Long, Shard> first = open.firstEntry();
        return first == null ? shardNo : first.getKey();
    }

    private void commit(ShardFiles files, Shard shard, ConcurrentSkipListMap<Long, Shard> open, Object windowLock) throws IOException {
        List<String> kept = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ObjectNode c = CorpusJson.MAPPER.createObjectNode();
        Map<String, Integer> seams = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, Integer> rules = new TreeMap<>();
        long bytes = 0;
        CorpusStats stats = new CorpusStats();
        List<Place> where = shard.locations();
        List<Outcome> outcomes = shard.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            Place at = where.get(i);
            stats.add(o, at.id(), at.source(), at.index());
            switch (o.status()) {
                case KEPT -> kept.add(o.line());
                case REJECTED -> {
                    rejected.add(o.line());
                    rules.merge(o.reason(), 1, Integer::sum);
                }
                case FAILED -> {
                    errors.add(o.line());
                    codes.merge(o.reason(), 1, Integer::sum);
                }
            }
            o.seams().forEach((k, v) -> seams.merge(k, v, Integer::sum));
            bytes += o.bytes();
        }
        ShardFiles.writeLines(files.part(ShardFiles.KEPT, shard.number), kept);
        ShardFiles.writeLines(files.part(ShardFiles.REJECTED, shard.number), rejected);
        ShardFiles.writeLines(files.part(ShardFiles.ERRORS, shard.number), errors);
        c.put("shard", shard.number);
        c.put("first_record", shard.first);
        c.put("records", shard.outcomes().size());
        c.put("kept", kept.size());
        c.put("rejected", rejected.size());
        c.put("failed", errors.size());
        c.put("bytes", bytes);
        seams.forEach(c.putObject("seams_by_type")::put);
        codes.forEach(c.putObject("errors_by_code")::put);
        rules.forEach(c.putObject("rejected_by_rule")::put);
        c.set("stats", stats.toJson());
        ShardFiles.writeString(files.commit(shard.number), CorpusJson.line(c) + "\n");
        open.remove(shard.number);
        synchronized (windowLock) {
            windowLock.notifyAll();
        }
    }

    /** Where a record came from, kept with its outcome until the shard commits (for the report's links). */
    private record Place(String id, String source, long index) {
    }

    /** The outcomes of one shard as they arrive; complete when all its records are in. */
    private static final class Shard {
        final long number;
        final long first;
        private final Outcome[] outcomes;
        private final Place[] locations;
        private int expected;
        private int done;
        private boolean completed;

        Shard(long number, long first, int size) {
            this.number = number;
            this.first = first;
            this.outcomes = new Outcome[size];
            this.locations = new Place[size];
            this.expected = size;
        }

        /** Stores one outcome; true for the caller that completes the shard (it commits). */
        synchronized boolean put(int index, Outcome o, Place at) {
            outcomes[index] = o;
            locations[index] = at;
            done++;
            return complete();
        }

        /** The input ended: the shard holds {@code count} records; true if that completes it now. */
        synchronized boolean finish(int count) {
            expected = count;
            return complete();
        }

        private boolean complete() {
            if (!completed && done == expected) {
                completed = true;
                return true;
            }
            return false;
        }

        synchronized List<Place> locations() {
            return java.util.Arrays.asList(locations).subList(0, expected);
        }

        synchronized List<Outcome> outcomes() {
            List<Outcome> l = new ArrayList<>(expected);
            for (int i = 0; i < expected; i++) {
                l.add(outcomes[i]);
            }
            return l;
        }
    }
}
