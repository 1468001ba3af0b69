package io.mixdoc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mixdoc} command. Exit codes: 0 success, 1 some inputs failed (each reported on one
 * line), 2 usage error, 3 an evaluation threshold was missed.
 */
@Command(name = "mixdoc", mixinStandardHelpOptions = true, version = "mixdoc 0.1.0 (result schema mixdoc/1)",
        description = "Clean, structured data from half-translated Chinese-English documents.",
        subcommands = {AnalyzeCommand.class, CleanCommand.class, ExtractCommand.class, EvalCommand.class,
                ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:one or more inputs could not be processed", "2:usage error",
                "3:an evaluation threshold was missed"})
public final class MixdocCli implements Runnable {
    public static final int EXIT_INPUT_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_THRESHOLD = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MixdocCli());
        CleanCommand.addRuleOptions(cl.getSubcommands().get("clean").getCommandSpec());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("mixdoc: " + ex.getMessage());
            return EXIT_INPUT_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // One line, never a stack trace: the heap is set by MIXDOC_JAVA_OPTS (default -Xmx2g).
            System.err.println("mixdoc: out of memory; give the JVM more heap, e.g. MIXDOC_JAVA_OPTS=-Xmx6g, or split the input");
            code = EXIT_INPUT_ERROR;
        }
        System.exit(code);
    }
}
