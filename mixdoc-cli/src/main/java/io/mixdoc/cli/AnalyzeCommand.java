package io.mixdoc.cli;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.json.ResultJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mixdoc analyze FILE...|-}: one document at a time, as a report or as schema-v1 JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse documents: languages, seams, repairs, structure and facts.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = {"Text files (charset detected: UTF-8/16, GBK/GB18030, Big5, ...) or HTML pages (.html/.htm/.xhtml or an HTML start; "
                    + "their main text is analysed, as `mixdoc clean` reads them), or - for standard input.",
            "At most 4 MB each: what the default heap (-Xmx2g) analyses; larger texts are refused with a one-line error."})
    List<String> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text (a readable report) or json (schema mixdoc/1). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write to PATH instead of standard output; with several inputs PATH is a directory that gets NAME.json or NAME.txt per input.")
    Path out;

    @Option(names = "--gloss", description = "Add the reading aid: pinyin and English senses of every Chinese word "
            + "(a 'gloss' layer in JSON; interlinear lines in the text report).")
    boolean gloss;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = gloss ? Mixdoc.standardWithGloss() : Mixdoc.standard();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean many = inputs.size() > 1;
        if (many && out != null) {
            Files.createDirectories(out);
        }
        List<Path> targets = out == null ? null : targets(out, many, err);
        int failed = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            InputText.Decoded text;
            try {
                text = InputText.read(input);
            } catch (InputText.InputException e) {
                err.println("mixdoc analyze: " + e.getMessage());
                failed++;
                continue;
            }
            String rendered;
            try {
                Document doc = pipeline.run(text.document(documentId(input)));
                rendered = format == Format.json ? ResultJson.write(doc)
                        : gloss ? TextReport.render(doc) + Interlinear.render(doc) : TextReport.render(doc);
            } catch (OutOfMemoryError e) {
                text = null; // let the collector have it back before the next input
                err.println("mixdoc analyze: " + input + ": out of memory; the default heap (-Xmx2g) fits inputs up to "
                        + InputText.MAX_BYTES / (1024 * 1024) + " MB of text; this JVM has "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
                failed++;
                continue;
            }
            if (out == null) {
                stdout.print(rendered);
                stdout.flush();
            } else {
                AtomicFiles.write(targets.get(i), rendered);
            }
        }
        return failed == 0 ? 0 : MixdocCli.EXIT_INPUT_ERROR;
    }

    /**
     * Where each input's result goes. Two inputs with one file name ({@code a/x.txt}, {@code b/x.txt})
     * never share a target: later ones get {@code x-2.json}, {@code x-3.json}, ... and a note says so.
     */
    private List<Path> targets(Path dir, boolean many, PrintWriter err) {
        List<Path> targets = new java.util.ArrayList<>();
        if (!many) {
            targets.add(dir);
            return targets;
        }
        String ext = format == Format.json ? ".json" : ".txt";
        java.util.Map<String, String> taken = new java.util.HashMap<>();
        for (String input : inputs) {
            String base = documentId(input);
            String name = base + ext;
            for (int n = 2; taken.containsKey(name); n++) {
                name = base + "-" + n + ext;
            }
            if (!name.equals(base + ext)) {
                err.println("mixdoc analyze: " + input + " -> " + dir.resolve(name) + " (" + base + ext + " is "
                        + taken.get(base + ext) + "'s)");
            }
            taken.put(name, input);
            targets.add(dir.resolve(name));
        }
        return targets;
    }

    static String documentId(String input) {
        if (input.equals("-")) {
            return "stdin";
        }
        String name = Path.of(input).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
