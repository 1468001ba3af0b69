package io.mixdoc.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.io.Readers;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.corpus.Outcome;
import io.mixdoc.corpus.RecordProcessor;
import java.io.InputStream;
import io.mixdoc.corpus.CorpusJson;
import io.mixdoc.corpus.CorpusReport;
import io.mixdoc.corpus.CorpusStats;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;

/**
 * {@code mixdoc clean} on Apache Spark: reads text, JSONL and WARC files from any Hadoop file system,
 * with mixdoc-io's {@link Readers} (the readers of {@code mixdoc clean}: same records, ids, error
 * codes and per-record limit), processes the records of each partition with {@code mixdoc clean}'s
 * {@link RecordProcessor} (around the per-JVM standard pipeline, so dictionaries and models load once
 * per executor), and writes one JSON line
 * per record under {@code OUTPUT/status=kept|rejected|errors/} (or Parquet with columns
 * {@code id, url, json} partitioned by {@code status}), plus {@code OUTPUT/_mixdoc_summary.json}
 * with the counts and {@code OUTPUT/_mixdoc_report.html}, the corpus report {@code mixdoc clean} also writes.
 *
 * <pre>
 * spark-submit --class io.mixdoc.spark.MixdocSparkJob mixdoc-spark-VERSION-all.jar \
 *   --input hdfs:///crawl/*.warc.gz --output hdfs:///mixdoc/out --min-share zh=0.8
 * </pre>
 */
public final class MixdocSparkJob {
    /** Name of the summary file written next to the output (Spark readers skip names starting with _). */
    public static final String SUMMARY_FILE = "_mixdoc_summary.json";

    static final StructType SCHEMA = new StructType()
            .add("status", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false);

    private MixdocSparkJob() {
    }

    /** Name of the corpus report written next to the summary, drawn from it ({@link CorpusReport}). */
    public static final String REPORT_FILE = "_mixdoc_report.html";

    /**
     * Counts of one run. Record counts (and errors per code, rejections per rule) are exact, read back
     * from the output; input bytes, seams per type and the report's distributions are summed by
     * accumulators (a retried task may count twice).
     */
    public record Summary(long kept, long rejected, long errors, Map<String, Long> errorsByCode, long inputBytes,
                          Map<String, Long> rejectedByRule, CorpusStats distributions) {
        public Summary {
            errorsByCode = Collections.unmodifiableMap(new TreeMap<>(errorsByCode));
            rejectedByRule = Collections.unmodifiableMap(new TreeMap<>(rejectedByRule));
        }

        public long records() {
            return kept + rejected + errors;
        }

        /** One line of JSON, keys sorted; the report reads the same field names from here as from mixdoc clean's summary. */
        public String toJson() {
            ObjectNode o = CorpusJson.object();
            o.put("records", records());
            o.put("kept", kept);
            o.put("rejected", rejected);
            o.put("errors", errors);
            errorsByCode.forEach(o.putObject("errors_by_code")::put);
            o.put("input_bytes", inputBytes);
            rejectedByRule.forEach(o.putObject("rejected_by_rule")::put);
            distributions.seamsByType().forEach(o.putObject("seams_by_type")::put);
            o.set("distributions", distributions.toJson());
            return CorpusJson.line(o);
        }
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("mixdoc-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("mixdoc clean").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.println(s.toJson());
        } finally {
            spark.stop();
        }
    }

    /**
     * The per-record logic of a partition: {@code mixdoc clean}'s own {@link RecordProcessor}, built on
     * the executor from the options (only the rule and emit strings travel with the job) around the
     * per-JVM standard pipeline, so the job writes exactly the lines {@code mixdoc clean} writes.
     */
    static RecordProcessor processor(JobOptions options) {
        return new RecordProcessor(Mixdoc.standard(), options.emitMode(), options.filterRules(),
                java.time.Duration.ofMillis(options.recordTimeLimitMillis()), options.facts());
    }

    /** The records of one input file, read by mixdoc-io's readers exactly as {@code mixdoc clean} reads them. */
    static RecordReader records(String name, InputStream in, JobOptions options) {
        return options.readersFormat()
                .map(f -> Readers.open(name, in, f, options.readerOptions()))
                .orElseGet(() -> Readers.open(name, in, options.readerOptions()));
    }

    /** Runs the job and returns its counts; the output directory is complete when this returns. */
    public static Summary run(SparkSession spark, JobOptions options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator inputBytes = sc.sc().longAccumulator("mixdoc input bytes");
        CorpusStatsAccumulator stats = new CorpusStatsAccumulator();
        sc.sc().register(stats, "mixdoc corpus report");

        // At least one partition per core: binaryFiles would otherwise pack many small files into few.
        JavaRDD<SourceRecord> records = sc.binaryFiles(String.join(",", options.inputs()), sc.defaultParallelism()).flatMap(file -> {
            RecordReader reader = records(file._1(), file._2().open(), options);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) ctx -> closeQuietly(reader));
            }
            return reader;
        });
        if (options.partitions() > 0) {
            records = records.repartition(options.partitions());
        }
        JavaRDD<Row> rows = records.mapPartitions(it -> {
            RecordProcessor processor = processor(options);
            CorpusStats partition = new CorpusStats();
            return new Iterator<Row>() {
                private boolean added;

                @Override
                public boolean hasNext() {
                    boolean more = it.hasNext();
                    if (!more && !added) {
                        added = true;
                        stats.add(partition); // once per partition, not per record
                    }
                    return more;
                }

                @Override
                public Row next() {
                    SourceRecord r = it.next();
                    inputBytes.add(r.bytes());
                    Outcome o = processor.process(r);
                    // No file position on this engine: the report lists the record without a viewer link.
                    partition.add(o, r.id(), "", -1);
                    return RowFactory.create(o.status().dir(), r.id(), r.url(), o.line());
                }
            };
        });
        Dataset<Row> out = spark.createDataFrame(rows, SCHEMA);
        SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Dataset<Row> written;
        if (options.outputFormat() == JobOptions.OutputFormat.PARQUET) {
            out.write().mode(mode).partitionBy("status").parquet(options.output());
            written = spark.read().parquet(options.output()).select("status", "json");
        } else {
            out.select("status", "json").write().mode(mode).partitionBy("status").text(options.output());
            written = spark.read().text(options.output()).select("status", "value");
        }
        long kept = 0;
        long rejected = 0;
        long errors = 0;
        List<Row> counts = written.groupBy("status").count().collectAsList();
        for (Row c : counts) {
            String status = String.valueOf(c.get(0));
            long n = c.getLong(1);
            switch (status) {
                case "kept" -> kept = n;
                case "rejected" -> rejected = n;
                case "errors" -> errors = n;
                default -> throw new IllegalStateException("unexpected status directory " + status);
            }
        }
        Map<String, Long> byCode = new TreeMap<>();
        if (errors > 0) {
            Column code = functions.get_json_object(written.col(written.columns()[1]), "$.error.code");
            for (Row c : written.where(written.col("status").equalTo("errors")).groupBy(code).count().collectAsList()) {
                byCode.put(String.valueOf(c.get(0)), c.getLong(1));
            }
        }
        Map<String, Long> byRule = new TreeMap<>();
        if (rejected > 0) {
            Column rule = functions.get_json_object(written.col(written.columns()[1]), "$.rule");
            for (Row c : written.where(written.col("status").equalTo("rejected")).groupBy(rule).count().collectAsList()) {
                byRule.put(String.valueOf(c.get(0)), c.getLong(1));
            }
        }
        Summary summary = new Summary(kept, rejected, errors, byCode, inputBytes.value(), byRule, stats.value());
        writeSummary(sc, options.output(), summary);
        return summary;
    }

    private static void closeQuietly(RecordReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // every record already read stands; the file is done with
        }
    }

    private static void writeSummary(JavaSparkContext sc, String output, Summary summary) {
        Path p = new Path(output, SUMMARY_FILE);
        try {
            FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
            try (OutputStream os = fs.create(p, true)) {
                os.write((summary.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            try (OutputStream os = fs.create(new Path(output, REPORT_FILE), true)) {
                os.write(CorpusReport.html(CorpusJson.tree(summary.toJson())).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }
}
