package io.mixdoc.cli;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.Readers;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            Path target = out == null ? null : out.resolve(AnalyzeCommand.documentId(input) + ".txt");
            Path tmp = target == null ? null : Files.createTempFile(out, "." + target.getFileName(), ".tmp");
            int written = 0;
            try (RecordReader reader = open(input);
                 Writer w = tmp == null ? null : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                // Streams page by page: a WARC of any size never sits in memory whole.
                while (reader.hasNext()) {
                    SourceRecord r = reader.next();
                    if (r.failed()) {
                        err.println("mixdoc extract: " + r.id() + ": " + r.error().code() + " " + r.error().message());
                        failed++;
                        continue;
                    }
                    String text = (written > 0 ? "\n" : "") + r.text().strip() + "\n";
                    written++;
                    if (w != null) {
                        w.write(text);
                    } else {
                        stdout.print(text);
                        stdout.flush();
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("mixdoc extract: " + input + ": cannot read (" + e.getMessage() + ")");
                failed++;
            }
            if (tmp != null) {
                if (written > 0) {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.deleteIfExists(tmp);
            }
        }
        return failed == 0 ? 0 : MixdocCli.EXIT_INPUT_ERROR;
    }

    private static RecordReader open(String input) throws IOException {
        ReaderOptions options = ReaderOptions.defaults();
        if (input.equals("-")) {
            return Readers.open("stdin", System.in, Readers.Format.HTML, options);
        }
        Path p = Path.of(input);
        // A page saved as .txt (or with no extension) is still a page here: extract is for HTML.
        return Files.isRegularFile(p) && Readers.formatOf(p) == Readers.Format.TEXT
                ? Readers.open(p.toString(), Files.newInputStream(p), Readers.Format.HTML, options) : Readers.open(p, options);
    }
}
