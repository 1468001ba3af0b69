package io.mixdoc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.eval.CleanSetScorer;
import io.mixdoc.eval.EvalReport;
import io.mixdoc.eval.Evaluator;
import io.mixdoc.facts.FactsScorer;
import io.mixdoc.json.ResultJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mixdoc eval --gold PATH...}: scores mixdoc (and the Lingua baseline) against gold annotations.
 * {@code mixdoc eval --clean PATH...}: scores mixdoc on clean, unannotated documents (every seam a false
 * alarm, every edit damage), e.g. the real-text corpus in {@code data/real}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score results against gold annotations (NAME.gold.json beside NAME.txt),",
                "or on clean documents without gold (--clean): false seams, edits applied, Latin letters per language tag."})
final class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "PATH",
                description = "Gold files or directories of NNNN.gold.json files.")
        List<Path> gold;

        @Option(names = "--clean", arity = "1..*", required = true, paramLabel = "PATH",
                description = "Clean .txt files or directories of them (searched recursively; the first folder level is reported as the kind).")
        List<Path> clean;
    }

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
                reports.put(gold.name(), FactsScorer.score(g, ResultJson.toTree(r.analysed().get(i))));
            }
        }
        return reports;
    }

    @Override
    public Integer call() throws Exception {
        if (input.clean != null) {
            return clean();
        }
        PrintWriter out = spec.commandLine().getOut();
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), coreOnly).run(input.gold, baseline);
        if (json) {
            ObjectNode o = EvalReport.toJson(r);
            ObjectNode facts = o.putObject("facts");
            factsReports(r).forEach((name, report) -> facts.set(name, ResultJson.MAPPER.valueToTree(report)));
            out.println(ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.print(EvalReport.table(r));
            factsReports(r).forEach((name, report) -> out.print("\nstructure and facts, " + name + ":\n" + report.format()));
            if (errors > 0) {
                out.print(EvalReport.errors(r, errors));
            }
        }
        out.flush();
        var t = r.mixdoc();
        boolean missed = (minF1 != null && t.f1() < minF1)
                || (minRepair != null && t.repairExactMatch() < minRepair)
                || (minLetterAccuracy != null && t.letterAccuracy() < minLetterAccuracy)
                || (maxFalse != null && t.falseSeamsPer10k() > maxFalse);
        if (missed) {
            spec.commandLine().getErr().println("mixdoc eval: a threshold was missed");
            return MixdocCli.EXIT_THRESHOLD;
        }
        return 0;
    }

    /** Seams, edits and language tags come from the fast path; the other stages add none of them. */
    private Integer clean() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CleanSetScorer scorer = new CleanSetScorer(Mixdoc.pipeline().fast().build()).scoreAll(input.clean);
        if (json) {
            out.println(ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(scorer.toJson(ResultJson.MAPPER, errors)));
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
