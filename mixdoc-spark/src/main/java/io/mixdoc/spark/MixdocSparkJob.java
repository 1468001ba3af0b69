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
import io.mixdoc.Mixdoc;
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
 * processes the records of each partition with one {@link RecordProcessor} (around the per-JVM
 * standard pipeline, so dictionaries and models load once per executor), and writes one JSON line
 * per record under {@code OUTPUT/status=kept|rejected|errors/} (or Parquet with columns
 * {@code id, url, json} partitioned by {@code status}), plus {@code OUTPUT/_mixdoc_summary.json}
 * with the counts.
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

    /**
     * Counts of one run. Record counts (and errors per code) are exact, read back from the output;
     * input bytes are summed by an accumulator (a retried task may count twice).
     */
    public record Summary(long kept, long rejected, long errors, Map<String, Long> errorsByCode, long inputBytes) {
        public Summary {
            errorsByCode = Collections.unmodifiableMap(new TreeMap<>(errorsByCode));
        }

        public long records() {
            return kept + rejected + errors;
        }

        public String toJson() {
            StringBuilder codes = new StringBuilder();
            errorsByCode.forEach((k, v) -> codes.append(codes.length() == 0 ? "" : ",").append('"').append(k).append("\":").append(v));
            return String.format(Locale.ROOT,
                    "{\"records\":%d,\"kept\":%d,\"rejected\":%d,\"errors\":%d,\"errors_by_code\":{%s},\"input_bytes\":%d}",
                    records(), kept, rejected, errors, codes, inputBytes);
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
            Summary s = run(spark, options, processorFactory(options));
            System.out.println(s.toJson());
        } finally {
            spark.stop();
        }
    }

    /**
     * The per-record logic: {@code mixdoc clean}'s own {@link io.mixdoc.io.corpus.RecordProcessor}
     * around the per-JVM standard pipeline, so the job writes exactly the lines {@code mixdoc clean}
     * writes. Built on the executor (only the rule and emit strings travel with the job).
     */
    public static RecordProcessorFactory processorFactory(JobOptions options) {
        List<String> rules = options.rules();
        String emit = options.emit();
        long limitMillis = options.recordTimeLimitMillis();
        return () -> {
            io.mixdoc.io.corpus.RecordProcessor clean = new io.mixdoc.io.corpus.RecordProcessor(Mixdoc.standard(),
                    io.mixdoc.io.corpus.EmitMode.parse(emit), rules.stream().map(io.mixdoc.io.corpus.FilterRule::parse).toList(),
                    java.time.Duration.ofMillis(limitMillis));
            return record -> adapt(record, clean.process(record));
        };
    }

    static ProcessedRecord adapt(io.mixdoc.io.SourceRecord record, io.mixdoc.io.corpus.Outcome outcome) {
        ProcessedRecord.Status status = switch (outcome.status()) {
            case KEPT -> ProcessedRecord.Status.KEPT;
            case REJECTED -> ProcessedRecord.Status.REJECTED;
            case FAILED -> ProcessedRecord.Status.ERROR;
        };
        return new ProcessedRecord(record.id(), record.url() == null ? "" : record.url(), status, outcome.line());
    }

    /** Runs the job and returns its counts; the output directory is complete when this returns. */
    public static Summary run(SparkSession spark, JobOptions options, RecordProcessorFactory factory) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator inputBytes = sc.sc().longAccumulator("mixdoc input bytes");
        InputFormat format = options.format();
        String textField = options.textField();

        // At least one partition per core: binaryFiles would otherwise pack many small files into few.
        JavaRDD<SparkRecord> records = sc.binaryFiles(String.join(",", options.inputs()), sc.defaultParallelism()).flatMap(file -> {
            RecordSources.RecordIterator it = RecordSources.open(file._1(), file._2().open(), format, textField);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) ctx -> it.close());
            }
            return it;
        });
        if (options.partitions() > 0) {
            records = records.repartition(options.partitions());
        }
        JavaRDD<Row> rows = records.mapPartitions(it -> {
            RecordProcessor processor = factory.create();
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    SparkRecord r = it.next();
                    inputBytes.add(r.bytes());
                    ProcessedRecord p = processor.process(r.toSourceRecord());
                    return RowFactory.create(p.status().dir(), p.id(), p.url(), p.json());
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
        Summary summary = new Summary(kept, rejected, errors, byCode, inputBytes.value());
        writeSummary(sc, options.output(), summary);
        return summary;
    }

    private static void writeSummary(JavaSparkContext sc, String output, Summary summary) {
        Path p = new Path(output, SUMMARY_FILE);
        try {
            FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
            try (OutputStream os = fs.create(p, true)) {
                os.write((summary.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }
}
