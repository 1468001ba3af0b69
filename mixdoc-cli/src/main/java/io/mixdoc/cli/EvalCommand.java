package io.mixdoc.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.eval.EvalReport;
import io.mixdoc.eval.Evaluator;
import io.mixdoc.eval.FactsEvaluator;
import io.mixdoc.eval.FactsGoldScorer;
import io.mixdoc.eval.NewsGold;
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

/** {@code mixdoc eval --gold PATH...}: scores mixdoc (and the Lingua baseline) against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score results against gold annotations (NAME.gold.json beside NAME.txt; KEY.facts.json naming a text in ../shared/eval).")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Gold files or directories of NNNN.gold.json files and/or KEY.facts.json files.")
    List<Path> gold;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared data directory holding eval/ (default: -Dmixdoc.shared, MIXDOC_SHARED, or a shared/ beside the repository).")
    Path shared;

    @Option(names = "--facts-misses", description = "List every facts miss and false alarm (facts gold files).")
    boolean factsMisses;

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

    /** Facts gold files ({@code *.facts.json}) scored by the gold format's rules, or null when there are none. */
    private FactsGoldScorer newsFacts() throws java.io.IOException {
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
        return FactsEvaluator.run(Mixdoc.standard(), gold, eval);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        FactsGoldScorer news = newsFacts();
        Evaluator.Result r = new Evaluator(Mixdoc.standard(), coreOnly).run(gold, baseline);
        if (news != null && r.documents().isEmpty()) {
            if (json) {
                out.println(ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(news.toJson()));
            } else {
                out.print(news.format());
                if (factsMisses) {
                    news.misses().forEach(out::println);
                }
            }
            out.flush();
            return 0;
        }
        if (json) {
            ObjectNode o = EvalReport.toJson(r);
            ObjectNode facts = o.putObject("facts");
            factsReports(r).forEach((name, report) -> facts.set(name, ResultJson.MAPPER.valueToTree(report)));
            if (news != null) {
                o.set("news_facts", news.toJson());
            }
            out.println(ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
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
}
