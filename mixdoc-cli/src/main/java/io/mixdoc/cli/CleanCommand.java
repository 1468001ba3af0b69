package io.mixdoc.cli;

import io.mixdoc.Mixdoc;
import io.mixdoc.io.ReaderOptions;
import io.mixdoc.corpus.CleanOptions;
import io.mixdoc.corpus.CorpusCleaner;
import io.mixdoc.corpus.EmitMode;
import io.mixdoc.corpus.FilterRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code mixdoc clean}: a whole corpus to JSONL shards; a thin wrapper over {@link CorpusCleaner}. */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Clean a corpus: text files, directories, JSONL, HTML, WARC/WARC.gz (WET).",
                "Writes OUTPUT/kept/part-N.jsonl, rejected/part-N.jsonl, errors/part-N.jsonl, summary.json and report.html (plots of the summary).",
                "Every input record ends in exactly one of kept, rejected, errors; a killed run continues with --resume."})
final class CleanCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH", description = "Files or directories, read in this order.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (new or empty, or an earlier run with --resume).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    Integer threads;

    @Option(names = "--resume", description = "Continue the run in DIR: committed shards are kept, the rest is redone.")
    boolean resume;

    @Option(names = "--emit", defaultValue = "result", paramLabel = "MODE",
            description = "What each kept record holds: original, cleaned, zh, en, main or result (schema-v1 JSON). Default: ${DEFAULT-VALUE}.")
    String emit;

    @Option(names = "--facts",
            description = "With --emit result: add the facts (structure, entities, quantities, dates), as `mixdoc analyze` writes them. "
                    + "Without it a result holds languages, sentences, seams, edits, code and diagnostics, and only the stages "
                    + "computing those run (many times faster). summary.json lists the stages that ran.")
    boolean facts;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N input records.")
    Long limit;

    @Option(names = "--max-record-bytes", paramLabel = "N", description = "Per-record size limit; larger records become E_TOO_LARGE. Default: 8388608.")
    Long maxRecordBytes;

    @Option(names = "--record-time-limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "Longest analysis of one record; a slower record is stopped and becomes E_TIMEOUT in errors/, the run goes on. Default: ${DEFAULT-VALUE}.")
    double recordTimeLimit;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME", description = "JSONL field holding the text. Default: ${DEFAULT-VALUE}.")
    String textField;

    @Option(names = "--shard-size", defaultValue = "" + CleanOptions.DEFAULT_SHARD_SIZE, paramLabel = "N",
            description = "Records per output shard (the unit of atomic commit and resume). Default: ${DEFAULT-VALUE}.")
    int shardSize;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
            description = "auto (a bar on a terminal, log lines otherwise), bar, log or quiet. Default: ${DEFAULT-VALUE}.")
    String progress;

    @Option(names = "--viewer-url", paramLabel = "URL",
            description = "Where `mixdoc serve --root` serves this corpus (e.g. http://127.0.0.1:8080/): report.html links "
                    + "its worst records there. Default: no links, each record's viewer query is shown instead.")
    java.net.URI viewerUrl;

    @Spec
    CommandSpec spec;

    /**
     * Adds one repeatable option per filter rule, made from {@link FilterRule.Kind}'s table (the rules'
     * one declaration), to the {@code clean} command's spec.
     */
    static void addRuleOptions(CommandSpec clean) {
        for (FilterRule.Kind kind : FilterRule.Kind.values()) {
            clean.addOption(OptionSpec.builder(kind.flag()).paramLabel(kind.paramLabel()).description(kind.description())
                    .type(List.class).auxiliaryTypes(String.class).arity("1").build());
        }
    }

    @Override
    public Integer call() throws IOException {
        CleanOptions o;
        try {
            List<FilterRule> rules = new ArrayList<>();
            for (FilterRule.Kind kind : FilterRule.Kind.values()) {
                List<String> values = spec.findOption(kind.flag()).getValue();
                if (values != null) {
                    values.forEach(v -> rules.add(FilterRule.withValue(kind, v)));
                }
            }
            ReaderOptions reader = ReaderOptions.defaults().withTextField(textField);
            if (maxRecordBytes != null) {
                reader = reader.withMaxRecordBytes(maxRecordBytes);
            }
            o = CleanOptions.of(inputs, output)
                    .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                    .withResume(resume)
                    .withEmit(EmitMode.parse(emit))
                    .withFacts(facts)
                    .withRules(rules)
                    .withLimit(limit == null ? Long.MAX_VALUE : limit)
                    .withReader(reader)
                    .withShardSize(shardSize)
                    .withRecordTimeLimit(java.time.Duration.ofMillis(Math.round(recordTimeLimit * 1000)))
                    .withProgress(CleanOptions.Progress.valueOf(progress.toUpperCase(java.util.Locale.ROOT)))
                    .withViewer(java.util.Optional.ofNullable(viewerUrl));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        io.mixdoc.corpus.CleanSummary summary;
        try {
            summary = new CorpusCleaner(o, Mixdoc.standard(), System.err).run();
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("mixdoc clean: " + e.getMessage());
            return MixdocCli.EXIT_USAGE;
        }
        // Bad records are data (errors/); an input that could not be read at all is a failed run.
        long unread = summary.errorsByCode().getOrDefault(io.mixdoc.io.RecordError.READ, 0L);
        if (unread > 0) {
            spec.commandLine().getErr().println("mixdoc clean: " + unread + " input(s) could not be read (E_READ in "
                    + o.output().resolve("errors") + ")");
            return MixdocCli.EXIT_INPUT_ERROR;
        }
        return 0;
    }
}
