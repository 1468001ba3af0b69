package io.mixdoc.cli;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.Readers;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.io.readers.SingleFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mixdoc extract FILE...|-}: the article body of each page as plain text (charset detected,
 * boilerplate removed). Works on HTML files, WARC files (every page) and text; {@code -} reads one
 * HTML page from standard input.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write the main text (article body) of web pages as plain text.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML or WARC files, or - for one HTML page on standard input.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.txt per input instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            Files.createDirectories(out);
        }
        int failed = 0;
        for (String input : inputs) {
            List<String> texts = new ArrayList<>();
            for (SourceRecord r : records(input)) {
                if (r.failed()) {
                    err.println("mixdoc extract: " + r.id() + ": " + r.error().code() + " " + r.error().message());
                    failed++;
                } else {
                    texts.add(r.text().strip());
                }
            }
            if (texts.isEmpty()) {
                continue;
            }
            String body = String.join("\n\n", texts) + "\n";
            if (out == null) {
                stdout.print(body);
                stdout.flush();
            } else {
                AtomicFiles.write(out.resolve(AnalyzeCommand.documentId(input) + ".txt"), body);
            }
        }
        return failed == 0 ? 0 : MixdocCli.EXIT_INPUT_ERROR;
    }

    private static List<SourceRecord> records(String input) throws IOException {
        ReaderOptions options = ReaderOptions.defaults();
        if (input.equals("-")) {
            byte[] bytes;
            try (InputStream in = System.in) {
                bytes = in.readNBytes(options.maxBytes() + 1);
            }
            if (bytes.length > options.maxRecordBytes()) {
                return List.of(SourceRecord.failed("stdin", io.mixdoc.io.RecordError.TOO_LARGE, "over " + options.maxRecordBytes() + " bytes", bytes.length));
            }
            return List.of(SingleFileReader.html("stdin", "", bytes, null));
        }
        Path p = Path.of(input);
        List<SourceRecord> l = new ArrayList<>();
        try {
            // A file named .txt is still a page here: extract is for HTML.
            try (RecordReader r = Readers.formatOf(p) == Readers.Format.TEXT
                    ? new SingleFileReader(p, SingleFileReader.Kind.HTML, options) : Readers.open(p, options)) {
                r.forEachRemaining(l::add);
            }
        } catch (IOException e) {
            l.add(SourceRecord.failed(input, io.mixdoc.io.RecordError.READ, "cannot read: " + e.getMessage(), 0));
        }
        return l;
    }
}
