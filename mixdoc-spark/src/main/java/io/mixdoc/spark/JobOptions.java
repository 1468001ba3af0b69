package io.mixdoc.spark;

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
 * @param rules        which analysed documents are kept
 * @param partitions   repartition the records into this many partitions before processing (0 = one
 *                     partition per input split, fine for many files; set it for a few big files)
 * @param textField    the JSONL field holding the text
 * @param overwrite    replace an existing output directory
 */
public record JobOptions(List<String> inputs, String output, InputFormat format, OutputFormat outputFormat,
                         KeepRules rules, int partitions, String textField, boolean overwrite) implements Serializable {
    /** Output file format. */
    public enum OutputFormat { JSONL, PARQUET }

    public static final String USAGE = """
            usage: MixdocSparkJob --input PATH [--input PATH ...] --output DIR
                   [--format auto|text|jsonl|warc] [--output-format jsonl|parquet]
                   [--max-seams-per-1000 X] [--min-share LANG=SHARE ...] [--partitions N]
                   [--text-field NAME] [--overwrite]""";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one --input is needed");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("--output is needed");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be >= 0");
        }
    }

    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        InputFormat format = InputFormat.AUTO;
        OutputFormat outputFormat = OutputFormat.JSONL;
        KeepRules rules = KeepRules.keepAll();
        int partitions = 0;
        String textField = "text";
        boolean overwrite = false;
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
                case "--max-seams-per-1000" -> rules = rules.maxSeamsPer1000(number(args, ++i, a));
                case "--min-share" -> rules = rules.minShare(value(args, ++i, a));
                case "--partitions" -> partitions = (int) number(args, ++i, a);
                case "--text-field" -> textField = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        return new JobOptions(inputs, output, format, outputFormat, rules, partitions, textField, overwrite);
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
