package io.mixdoc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.eval.AsTraditional;
import io.mixdoc.eval.CleanSetScorer;
import io.mixdoc.eval.EvalReport;
import io.mixdoc.eval.Evaluator;
import io.mixdoc.eval.ExtractionBenchmark;
import io.mixdoc.eval.FactsEvaluator;
import io.mixdoc.eval.FactsGoldScorer;
import io.mixdoc.eval.FactsScorer;
import io.mixdoc.eval.NewsGold;
import io.mixdoc.io.html.MainTextExtractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mixdoc eval --gold PATH...}: scores mixdoc (and the Lingua baseline) against gold annotations.
 * {@code mixdoc eval --clean PATH...}: scores mixdoc on clean, unannotated documents (every seam a false
 * alarm, every edit damage), e.g. the real-text corpus in {@code data/real}.
 * {@code mixdoc eval --extraction DIR...}: scores the main-text extractor on article-extraction benchmarks
 * (alone or beside --gold). The evaluation data lives beside the repository: with no option at all,
 * {@code ../shared/eval/dev}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score results against gold annotations (NAME.gold.json beside NAME.txt, default ../shared/eval/dev;",
                "KEY.facts.json naming a news text in ../shared/eval),",
                "or on clean documents without gold (--clean): false seams, edits applied, Latin letters per language tag,",
                "and main-text extraction against benchmark pages (--extraction: html/NAME.html.gz + ground-truth.json)."})
final class EvalCommand implements Callable<Integer> {
    /** The evaluation report's own mapper (its JSON is no result): map keys sorted, as the reports have always been written. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** The gold set used when no --gold, --clean or --extraction is given (relative to the working directory). */
    static final Path DEFAULT_GOLD = Path.of("../shared/eval/dev");

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
    Input input;

    @Option(names = "--extraction", arity = "1..*", paramLabel = "DIR",
            description = "Article-extraction benchmark directories (e.g. ../shared/eval/article-extraction);"
                    + " Chinese sets are scored with one token per Han character.")
    List<Path> extraction;

    @Option(names = "--min-extraction-f1", paramLabel = "X", description = "Exit 3 when extraction F1 of any --extraction set is below X.")
    Double minExtractionF1;

    static final class Input {
        @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "PATH",
                description = "Gold files or directories of NNNN.gold.json files and/or KEY.facts.json files.")
        List<Path> gold;

        @Option(names = "--clean", arity = "1..*", required = true, paramLabel = "PATH",
                description = "Clean .txt files or directories of them (searched recursively; the first folder level is reported as the kind).")
        List<Path> clean;
    }

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared data directory holding eval/ (default: -Dmixdoc.shared, MIXDOC_SHARED, or a shared/ beside the repository).")
    Path shared;

    @Option(names = "--facts-misses", description = "List every facts miss and false alarm (facts gold files).")
    boolean factsMisses;

    @Option(names = "--as-traditional", arity = "0..1", fallbackValue = "PLAIN", paramLabel = "VARIANT",
            description = "With facts gold files or --clean: convert each text to traditional characters, index for index,"
                    + " before analysing it, to measure what the script costs: PLAIN (the default: characters only)"
                    + " or TAIWAN (Taiwan's words too: 软件 → 軟體).")
    AsTraditional.Variant asTraditional;

    @Option(names = "--baseline", description = "Also score the Lingua baseline, measured in the same run.")
    boolean baseline;

    @Option(names = "--core-only", description = "Score only gold seams marked difficulty=core.")
    boolean coreOnly;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "List the N worst misses, false alarms and wrong repairs.")
    int errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 3 when seam F1 is below X.")
    Double minF1;

    @Option(names = "--min-repair", paramLabel = "X", description = "Exit 3 when repair exact-match is below X.")
    Double minRepair;

    @Option(names = "--min-letter-accuracy", paramLabel = "X", description = "Exit 3 when letter-level language accuracy is below X.")
    Double minLetterAccuracy;

    @Option(names = "--max-false-per-10k", paramLabel = "X", description = "Exit 3 when false seams per 10,000 characters of clean documents exceed X.")
    Double maxFalse;

    @Option(names = "--max-edits", paramLabel = "N", description = "With --clean: exit 3 when more than N edits are applied.")
    Integer maxEdits;

    @Option(names = "--max-other-latin", paramLabel = "X", description = "With --clean: exit 3 when the share (0..1) of Latin letters tagged other than en/zxx/zh-Latn exceeds X.")
    Double maxOtherLatin;

    @Spec
    CommandSpec spec;

    /** Structure, quantities, dates and entities scored for the gold files that annotate them. */
    private static java.util.Map<String, FactsScorer.Report> factsReports(Evaluator.Result r) {
        java.util.Map<String, FactsScorer.Report> reports = new java.util.TreeMap<>();
        for (int i = 0; i < r.documents().size(); i++) {
            var gold = r.documents().get(i);
            var g = gold.json();
            if (g.has("structure") || g.has("quantities") || g.has("dates") || g.has("entities")) {
                reports.put(gold.name(), FactsScorer.score(g, r.analysed().get(i)));
            }
        }
        return reports;
    }

    /** Facts gold files ({@code *.facts.json}) scored by the gold format's rules, or null when there are none. */
    private FactsGoldScorer newsFacts(List<Path> gold) throws java.io.IOException {
        boolean any = false;
        for (Path p : gold) {
            any |= !NewsGold.find(p).isEmpty();
        }
        if (!any) {
            return null;
        }
        Path eval = shared != null ? shared.resolve("eval") : NewsGold.sharedEval(gold.get(0)).orElse(null);
        if (eval == null || !java.nio.file.Files.isDirectory(eval)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "facts gold files name texts in the shared evaluation data: give --shared DIR (the directory holding eval/)");
        }
        return FactsEvaluator.run(Mixdoc.standard(), gold, eval, asTraditional);
    }

    @Override
    public Integer call() throws Exception {
        List<Path> gold = input == null ? null : input.gold;
        if (input != null && input.clean != null) {
            if (extraction != null) {
                throw new ParameterException(spec.commandLine(), "--extraction cannot be combined with --clean");
            }
            return clean();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (gold == null && extraction == null) {
            if (!Files.isDirectory(DEFAULT_GOLD)) {
                throw new ParameterException(spec.commandLine(), "no --gold, --clean or --extraction given, and the default "
                        + DEFAULT_GOLD + " (the dev set beside the repository) is not there");
            }
            gold = List.of(DEFAULT_GOLD);
        }
        boolean missed = false;
        ObjectNode extractionJson = JSON.createObjectNode();
        if (extraction != null) {
            missed = extraction(out, extractionJson);
        }
        if (gold != null) {
            missed |= seams(out, gold, extractionJson);
        } else if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(extractionJson));
        }
        out.flush();
        if (missed) {
            spec.commandLine().getErr().println("mixdoc eval: a threshold was missed");
            return MixdocCli.EXIT_THRESHOLD;
        }
        return 0;
    }

    /** Scores the extractor on each benchmark directory (figures into {@code all} for --json); true when a floor was missed. */
    private boolean extraction(PrintWriter out, ObjectNode all) {
        boolean missed = false;
        for (Path dir : extraction) {
            if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
                throw new ParameterException(spec.commandLine(), "not an extraction benchmark (no ground-truth.json): " + dir);
            }
            ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir, new MainTextExtractor());
            if (json) {
                ObjectNode o = all.putObject(dir.toString());
                o.put("pages", r.pages().size());
                o.put("tokens", r.tokens().name().toLowerCase(Locale.ROOT));
                o.put("precision", r.precision());
                o.put("recall", r.recall());
                o.put("f1", r.f1());
            } else {
                out.printf(Locale.ROOT, "extraction %s: %s%n", dir, r);
                for (ExtractionBenchmark.PageScore s : r.worst(errors)) {
                    out.printf(Locale.ROOT, "  F1=%.3f P=%.3f R=%.3f %s %s%n", s.f1(), s.precision(), s.recall(), s.id(), s.url());
                }
            }
            missed |= minExtractionF1 != null && r.f1() < minExtractionF1;
        }
        return missed;
    }

    /** Scores seams, languages and facts against the gold files; true when a floor was missed. */
    private boolean seams(PrintWriter out, List<Path> gold, ObjectNode extractionJson) throws Exception {
        FactsGoldScorer news = newsFacts(gold);
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), coreOnly).run(gold, baseline);
        if (news != null && r.documents().isEmpty()) {
            if (json) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(news.toJson()));
            } else {
                out.print(news.format());
                if (factsMisses) {
                    news.misses().forEach(out::println);
                }
            }
            out.flush();
            return false;
        }
        if (json) {
            ObjectNode o = EvalReport.toJson(r);
            ObjectNode facts = o.putObject("facts");
            factsReports(r).forEach((name, report) -> facts.set(name, JSON.valueToTree(report)));
            if (!extractionJson.isEmpty()) {
                o.set("extraction", extractionJson);
            }
            if (news != null) {
                o.set("news_facts", news.toJson());
            }
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.print(EvalReport.table(r));
            factsReports(r).forEach((name, report) -> out.print("\nstructure and facts, " + name + ":\n" + report.format()));
            if (news != null) {
                out.print("\n" + news.format());
            }
            if (errors > 0) {
                out.print(EvalReport.errors(r, errors));
            }
        }
        out.flush();
        var t = r.mixdoc();
        return (minF1 != null && t.f1() < minF1)
                || (minRepair != null && t.repairExactMatch() < minRepair)
                || (minLetterAccuracy != null && t.letterAccuracy() < minLetterAccuracy)
                || (maxFalse != null && t.falseSeamsPer10k() > maxFalse);
    }

    /** Seams, edits and language tags come from the fast path; the other stages add none of them. */
    private Integer clean() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CleanSetScorer scorer = new CleanSetScorer(Mixdoc.pipeline().fast().build(),
                asTraditional == null ? java.util.function.UnaryOperator.identity() : t -> AsTraditional.text(t, asTraditional))
                .scoreAll(input.clean);
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scorer.toJson(JSON, errors)));
        } else {
            out.print(scorer.table(errors));
        }
        out.flush();
        CleanSetScorer.Figures f = scorer.all();
        boolean missed = (maxFalse != null && f.falseSeamsPer10k() > maxFalse)
                || (maxEdits != null && f.editsApplied() > maxEdits)
                || (maxOtherLatin != null && f.otherLatinShare() > maxOtherLatin);
        if (missed) {
            spec.commandLine().getErr().println("mixdoc eval: a threshold was missed");
            return MixdocCli.EXIT_THRESHOLD;
        }
        return 0;
    }
}
