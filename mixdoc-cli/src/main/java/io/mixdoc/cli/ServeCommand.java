package io.mixdoc.cli;

import io.mixdoc.Mixdoc;
import io.mixdoc.server.MixdocServer;
import io.mixdoc.server.ServerSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mixdoc serve}: the HTTP API and the web viewer until interrupted (Ctrl-C). Binds to
 * 127.0.0.1 unless told otherwise; prints the address on its first line of output.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (POST /v1/analyze, GET /v1/health, GET /v1/openapi.json) and the web viewer at /.",
                "Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--max-body", defaultValue = "4MB", paramLabel = "SIZE",
            description = "Largest request body, e.g. 512KB, 4MB (answered with 413 beyond). Default: ${DEFAULT-VALUE}.")
    String maxBody;

    @Option(names = "--time-limit", defaultValue = "20s", paramLabel = "DURATION",
            description = "Longest analysis per request, e.g. 500ms, 20s (answered with 503 beyond). Default: ${DEFAULT-VALUE}.")
    String timeLimit;

    @Option(names = "--workers", paramLabel = "N", description = "Analysis threads. Default: one per core.")
    Integer workers;

    @Option(names = "--root", paramLabel = "DIR",
            description = "A folder the viewer may open documents from (/?doc=FILE&record=N, e.g. the links of a clean run's report.html). Files outside it are refused.")
    Path root;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A name clients may use in the Host header besides localhost, 127.0.0.1, [::1] and --host (repeatable). Other names get 403.")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "A web origin (https://example.org) whose pages may POST to this server, or * for any (repeatable). Other cross-origin POSTs get 403.")
    java.util.List<String> allowOrigins = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Counted down to stop the server (tests); Ctrl-C stops it through the shutdown hook instead. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings;
        try {
            settings = ServerSettings.defaults().withHost(host).withPort(port)
                    .withMaxBodyBytes(parseSize(maxBody)).withTimeLimit(parseDuration(timeLimit))
                    .withAllowedHosts(java.util.Set.copyOf(allowHosts)).withAllowedOrigins(java.util.Set.copyOf(allowOrigins));
            if (workers != null) {
                settings = settings.withWorkers(workers);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (root != null && !Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--root " + root + " is not a folder");
        }
        if (!MixdocServer.isLoopback(settings.host())) {
            err.println("mixdoc serve: warning: binding to " + settings.host()
                    + ", which other machines may reach; the API has no authentication");
        }
        // Load the language models before listening, so the first client does not pay for it.
        Mixdoc.standardWithGloss().run("warm-up", "预热 warm-up 文本 text.");
        MixdocServer server = MixdocServer.start(settings, Mixdoc.standard(), Optional.ofNullable(root));
        Thread hook = new Thread(server::close, "mixdoc-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("mixdoc serve: listening on " + server.url() + " (API under /v1/, Ctrl-C to stop)");
        if (root != null) {
            out.println("mixdoc serve: documents from " + root.toAbsolutePath().normalize() + " open as " + server.url() + "?doc=FILE&record=N");
        }
        out.flush();
        try {
            stop.await();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Already shutting down: the hook closes the server, which is harmless twice.
            }
        }
        return 0;
    }

    /** {@code 4MB}, {@code 512KB}, {@code 1048576} (bytes); binary units. */
    static long parseSize(String s) {
        String t = s.trim().toUpperCase(Locale.ROOT).replace("IB", "B");
        long unit = 1;
        if (t.endsWith("KB")) {
            unit = 1024;
        } else if (t.endsWith("MB")) {
            unit = 1024 * 1024;
        } else if (t.endsWith("GB")) {
            unit = 1024L * 1024 * 1024;
        }
        String digits = unit == 1 ? (t.endsWith("B") ? t.substring(0, t.length() - 1) : t) : t.substring(0, t.length() - 2);
        try {
            return Math.multiplyExact(Long.parseLong(digits.trim()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("bad size '" + s + "'; use e.g. 512KB or 4MB");
        }
    }

    /** {@code 500ms}, {@code 20s}, {@code 2m}. */
    static Duration parseDuration(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("bad duration '" + s + "'; use e.g. 500ms, 20s or 2m");
    }
}
