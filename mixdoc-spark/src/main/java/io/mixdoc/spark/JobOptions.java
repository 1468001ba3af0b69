package io.mixdoc.spark;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.Readers;
import io.mixdoc.corpus.EmitMode;
import io.mixdoc.corpus.FilterRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's settings, parsed from its command line and checked at once (unknown options, missing
 * values and bad numbers throw {@link IllegalArgumentException} with the reason). The filter-rule flags
 * come from {@link FilterRule.Kind}'s table, as {@code mixdoc clean}'s do; the reader settings are
 * {@code mixdoc clean}'s {@link ReaderOptions} (same per-record limit by default).
 *
 * @param inputs         files, directories or globs on any Hadoop file system (file:, hdfs:, s3a:, ...)
 * @param output         the output directory (must not exist unless {@code overwrite})
 * @param format         how inputs are read: {@code auto} (by name, then by the first bytes, as
 *                       {@code mixdoc clean} does) or one {@link Readers.Format} for every file
 * @param outputFormat   jsonl or parquet
 * @param rules          filter rules in {@code mixdoc clean}'s {@code NAME=VALUE} form ({@link FilterRule#parse})
 * @param emit           what a kept record carries ({@link EmitMode}: result, cleaned, original, zh, en, main)
 * @param partitions     repartition the records into this many partitions before processing (0 = one
 *                       partition per input split, fine for many files; set it for a few big files)
 * @param textField      the JSONL field holding the text
 * @param maxRecordBytes records larger than this become {@code E_TOO_LARGE}
 * @param overwrite      replace an existing output directory
 * @param recordTimeLimitMillis how long one record's analysis may run; a slower one becomes an
 *                       {@code E_TIMEOUT} error record and the partition goes on
 * @param facts          with {@code --emit result}, add the facts (structure, entities, quantities, dates)
 *                       and run their stages, as {@code mixdoc clean --facts}; without it only the core stages run
 */
public record JobOptions(List<String> inputs, String output, String format, OutputFormat outputFormat,
                         List<String> rules, String emit, int partitions, String textField, long maxRecordBytes,
                         boolean overwrite, long recordTimeLimitMillis, boolean facts) implements Serializable {
    /** Output file format. */
    public enum OutputFormat { JSONL, PARQUET }

    public static final String USAGE = "usage: MixdocSparkJob --input PATH [--input PATH ...] --output DIR\n"
            + "       [--format auto|text|jsonl|html|warc] [--output-format jsonl|parquet]\n"
            + "       [--emit result|cleaned|original|zh|en|main] " + FilterRule.Kind.usage() + "\n"
            + "       [--partitions N] [--text-field NAME] [--max-record-bytes N] [--overwrite]\n"
            + "       [--record-time-limit SECONDS] [--facts]";

    public JobOptions {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        rules.forEach(FilterRule::parse);
        EmitMode.parse(emit);
        readersFormat(format);
        readerOptions(textField, maxRecordBytes);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one --input is needed");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("--output is needed");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be >= 0");
        }
        if (recordTimeLimitMillis < 1) {
            throw new IllegalArgumentException("--record-time-limit must be positive");
        }
        if (facts && EmitMode.parse(emit) != EmitMode.RESULT) {
            throw new IllegalArgumentException("--facts adds the facts to --emit result; --emit " + emit + " holds no facts");
        }
    }

    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String format = "auto";
        OutputFormat outputFormat = OutputFormat.JSONL;
        List<String> rules = new ArrayList<>();
        String emit = EmitMode.RESULT.id();
        int partitions = 0;
        ReaderOptions reader = ReaderOptions.defaults();
        boolean overwrite = false;
        boolean facts = false;
        long recordTimeLimitMillis = io.mixdoc.corpus.RecordProcessor.DEFAULT_TIME_LIMIT.toMillis();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> inputs.add(value(args, ++i, a));
                case "--output" -> output = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                case "--output-format" -> {
                    String v = value(args, ++i, a);
                    try {
                        outputFormat = OutputFormat.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--output-format must be jsonl or parquet, got '" + v + "'");
                    }
                }
                case "--emit" -> emit = EmitMode.parse(value(args, ++i, a)).id();
                case "--partitions" -> partitions = (int) number(args, ++i, a);
                case "--text-field" -> reader = reader.withTextField(value(args, ++i, a));
                case "--max-record-bytes" -> reader = reader.withMaxRecordBytes((long) number(args, ++i, a));
                case "--overwrite" -> overwrite = true;
                case "--facts" -> facts = true;
                case "--record-time-limit" -> recordTimeLimitMillis = Math.round(number(args, ++i, a) * 1000);
                default -> {
                    FilterRule.Kind kind = FilterRule.Kind.byFlag(a)
                            .orElseThrow(() -> new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE));
                    rules.add(FilterRule.withValue(kind, value(args, ++i, a)).toString());
                }
            }
        }
        return new JobOptions(inputs, output, format, outputFormat, rules, emit, partitions, reader.textField(),
                reader.maxRecordBytes(), overwrite, recordTimeLimitMillis, facts);
    }

    /** The filter rules, parsed (the record keeps their text form, which serialises). */
    public List<FilterRule> filterRules() {
        return rules.stream().map(FilterRule::parse).toList();
    }

    public EmitMode emitMode() {
        return EmitMode.parse(emit);
    }

    /** The reader settings, as {@code mixdoc clean} takes them. */
    public ReaderOptions readerOptions() {
        return readerOptions(textField, maxRecordBytes);
    }

    /** The format every input is read in, or empty for {@code auto}. */
    public java.util.Optional<Readers.Format> readersFormat() {
        return readersFormat(format);
    }

    private static ReaderOptions readerOptions(String textField, long maxRecordBytes) {
        return new ReaderOptions(textField, maxRecordBytes);
    }

    private static java.util.Optional<Readers.Format> readersFormat(String format) {
        if (format.equals("auto")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Readers.Format.valueOf(format.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be auto, text, jsonl, html or warc, got '" + format + "'");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static double number(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + v + "' is not a number");
        }
    }
}
