package io.mixdoc.spark;

import io.mixdoc.io.corpus.EmitMode;
import io.mixdoc.io.corpus.FilterRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's settings, parsed from its command line and checked at once (unknown options, missing
 * values and bad numbers throw {@link IllegalArgumentException} with the reason).
 *
 * @param inputs       files, directories or globs on any Hadoop file system (file:, hdfs:, s3a:, ...)
 * @param output       the output directory (must not exist unless {@code overwrite})
 * @param format       how inputs are read
 * @param outputFormat jsonl or parquet
 * @param rules        filter rules in {@code mixdoc clean}'s {@code NAME=VALUE} form ({@link FilterRule#parse})
 * @param emit         what a kept record carries ({@link EmitMode}: result, cleaned, original, zh, en, main)
 * @param partitions   repartition the records into this many partitions before processing (0 = one
 *                     partition per input split, fine for many files; set it for a few big files)
 * @param textField    the JSONL field holding the text
 * @param overwrite    replace an existing output directory
 * @param recordTimeLimitMillis how long one record's analysis may run; a slower one becomes an
 *                     {@code E_TIMEOUT} error record and the partition goes on
 */
public record JobOptions(List<String> inputs, String output, InputFormat format, OutputFormat outputFormat,
                         List<String> rules, String emit, int partitions, String textField, boolean overwrite,
                         long recordTimeLimitMillis)
        implements Serializable {
    /** Output file format. */
    public enum OutputFormat { JSONL, PARQUET }

    public static final String USAGE = """
            usage: MixdocSparkJob --input PATH [--input PATH ...] --output DIR
                   [--format auto|text|jsonl|warc] [--output-format jsonl|parquet]
                   [--emit result|cleaned|original|zh|en|main] [--max-seams-per-1000 X]
                   [--max-switches-per-1000 X] [--min-letters N] [--min-share LANG=X ...]
                   [--max-share LANG=X ...] [--partitions N] [--text-field NAME] [--overwrite]
                   [--record-time-limit SECONDS]""";

    public JobOptions {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        rules.forEach(FilterRule::parse);
        EmitMode.parse(emit);
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
    }

    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        InputFormat format = InputFormat.AUTO;
        OutputFormat outputFormat = OutputFormat.JSONL;
        List<String> rules = new ArrayList<>();
        String emit = EmitMode.RESULT.id();
        int partitions = 0;
        String textField = "text";
        boolean overwrite = false;
        long recordTimeLimitMillis = io.mixdoc.io.corpus.RecordProcessor.DEFAULT_TIME_LIMIT.toMillis();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> inputs.add(value(args, ++i, a));
                case "--output" -> output = value(args, ++i, a);
                case "--format" -> format = InputFormat.parse(value(args, ++i, a));
                case "--output-format" -> {
                    String v = value(args, ++i, a);
                    try {
                        outputFormat = OutputFormat.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--output-format must be jsonl or parquet, got '" + v + "'");
                    }
                }
                case "--emit" -> emit = EmitMode.parse(value(args, ++i, a)).id();
                case "--max-seams-per-1000", "--max-switches-per-1000", "--min-letters", "--min-share", "--max-share" ->
                        rules.add(FilterRule.parse(a.substring(2) + "=" + value(args, ++i, a)).toString());
                case "--partitions" -> partitions = (int) number(args, ++i, a);
                case "--text-field" -> textField = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--record-time-limit" -> recordTimeLimitMillis = Math.round(number(args, ++i, a) * 1000);
                default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        return new JobOptions(inputs, output, format, outputFormat, rules, emit, partitions, textField, overwrite,
                recordTimeLimitMillis);
    }

    /** The filter rules, parsed (the record keeps their text form, which serialises). */
    public List<FilterRule> filterRules() {
        return rules.stream().map(FilterRule::parse).toList();
    }

    public EmitMode emitMode() {
        return EmitMode.parse(emit);
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
