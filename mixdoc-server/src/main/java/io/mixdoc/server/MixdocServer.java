package io.mixdoc.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Stage;
import io.mixdoc.server.internal.AccessCheck;
import io.mixdoc.server.internal.AnalysisRunner;
import io.mixdoc.server.internal.AnalyzeRequest;
import io.mixdoc.server.internal.DocumentFolder;
import io.mixdoc.server.internal.ApiError;
import io.mixdoc.server.internal.ApiException;
import io.mixdoc.server.internal.ErrorJson;
import io.mixdoc.server.internal.JsonErrorHandler;
import io.mixdoc.server.internal.RequestDecoder;
import io.mixdoc.server.internal.ServerJson;
import io.mixdoc.server.internal.SecurityHeaders;
import io.mixdoc.server.internal.WebAssets;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mixdoc HTTP service and web viewer (Javalin on Jetty).
 *
 * <ul>
 *   <li>{@code POST /v1/analyze}: text, HTML, JSON or a multipart upload in; schema-v1 JSON out
 *       (offsets are Unicode code points into the analysed text, end exclusive);</li>
 *   <li>{@code GET /v1/health}, {@code GET /v1/openapi.json};</li>
 *   <li>{@code GET /v1/document?path=FILE&record=N}: a record of a file under the folder given at start
 *       ({@code mixdoc serve --root DIR}), analysed; nothing outside that folder is ever read;</li>
 *   <li>{@code GET /}: the viewer page, whose assets are all served from this jar (works offline).</li>
 * </ul>
 * Every error is JSON {@code {"error":{"code","status","message"}}} with a stable code; no stack traces.
 * The pipeline is built once ({@link Mixdoc#standard()}) and analyses run on a bounded worker pool with
 * a per-request time limit. Use {@link #start(ServerSettings)}; {@link #close()} stops it.
 */
public final class MixdocServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MixdocServer.class);
    private static final String JSON = "application/json; charset=utf-8";

    private final ServerSettings settings;
    private final Pipeline pipeline;
    private final AnalysisRunner runner;
    private final RequestDecoder decoder;
    private final AccessCheck access;
    private final WebAssets assets;
    private final Optional<DocumentFolder> folder;
    private final Javalin app;

    private MixdocServer(ServerSettings settings, Pipeline pipeline, Optional<DocumentFolder> folder) {
        this.settings = settings;
        this.folder = folder;
        this.pipeline = pipeline;
        this.runner = new AnalysisRunner(pipeline, settings.workers(), settings.queue(), settings.timeLimit());
        this.decoder = new RequestDecoder(settings.maxBodyBytes());
        this.access = new AccessCheck(settings.host(), settings.allowedHosts(), settings.allowedOrigins());
        this.assets = WebAssets.load();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
        });
        routes();
    }

    /** Starts a server with the standard pipeline. */
    public static MixdocServer start(ServerSettings settings) {
        return start(settings, Mixdoc.standard());
    }

    /** Starts a server with the given pipeline (tests, custom stage sets). */
    public static MixdocServer start(ServerSettings settings, Pipeline pipeline) {
        return start(settings, pipeline, Optional.empty());
    }

    /**
     * Starts a server that also opens documents from {@code documentRoot} ({@code GET /v1/document},
     * the viewer's {@code /?doc=FILE&record=N}); files outside that folder are refused.
     */
    public static MixdocServer start(ServerSettings settings, Pipeline pipeline, Optional<Path> documentRoot) throws UncheckedIOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(pipeline, "pipeline");
        Optional<DocumentFolder> folder;
        try {
            folder = documentRoot.isPresent() ? Optional.of(new DocumentFolder(documentRoot.get())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MixdocServer s = new MixdocServer(settings, pipeline, folder);
        try {
            s.app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            s.runner.close();
            throw e;
        }
        return s;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = settings.host();
        if (host.contains(":")) {
            host = "[" + host + "]";
        } else if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** True when the bound address is loopback (the safe default); the CLI warns otherwise. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        app.stop();
        runner.close();
    }

    private void routes() {
        app.before(ctx -> {
            SecurityHeaders.apply(ctx::header);
            ctx.header("Cache-Control", "no-store");
            access.check(ctx.method().name(), ctx.header("Host"), ctx.header("Origin"), port());
        });
        for (String path : assets.paths()) {
            app.get(path, ctx -> {
                WebAssets.Asset a = assets.get(path).orElseThrow();
                ctx.contentType(a.contentType()).result(a.bytes());
            });
        }
        app.get("/v1/health", this::health);
        app.post("/v1/analyze", this::analyze);
        app.get("/v1/document", this::document);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.error(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ApiError err = ApiError.forStatus(e.getStatus());
            error(ctx, err, e.getStatus(), err.defaultMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, ApiError.E_INTERNAL, ApiError.E_INTERNAL.defaultMessage());
        });
        // Routing misses (404/405) and other bare statuses still answer with the JSON error body.
        for (int status : new int[] {404, 405}) {
            app.error(status, ctx -> {
                // The response's type, not the request's: a JSON error already written keeps its message.
                if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                    ApiError err = ApiError.forStatus(status);
                    error(ctx, err, err.defaultMessage());
                }
            });
        }
    }

    private void health(Context ctx) throws JsonProcessingException {
        ObjectNode root = ServerJson.MAPPER.createObjectNode();
        root.put("status", "ok");
        root.put("schema", Mixdoc.SCHEMA);
        ArrayNode stages = root.putArray("stages");
        for (Stage s : pipeline.stages()) {
            stages.add(s.id());
        }
        ObjectNode limits = root.putObject("limits");
        limits.put("max_body_bytes", settings.maxBodyBytes());
        limits.put("time_limit_ms", settings.timeLimit().toMillis());
        limits.put("workers", settings.workers());
        ObjectNode load = root.putObject("load");
        load.put("busy_workers", runner.busyWorkers());
        load.put("queued", runner.queued());
        ctx.contentType(JSON).result(ServerJson.MAPPER.writeValueAsString(root));
    }

    private void analyze(Context ctx) throws IOException, InterruptedException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > settings.maxBodyBytes()) {
            // Refuse before reading: a too-large body is never buffered.
            throw new ApiException(ApiError.E_TOO_LARGE, "the request body is larger than " + settings.maxBodyBytes() + " bytes");
        }
        byte[] body = RequestDecoder.readBody(ctx.bodyInputStream(), settings.maxBodyBytes());
        String contentType = ctx.header("Content-Type");
        String id = ctx.queryParam("id");
        // Decoding (JSON parsing, HTML extraction) runs on a worker, inside the time limit.
        // ?facts=false: the core layers only, and only their stages run (the viewer asks for the facts).
        boolean facts = ctx.queryParam("facts") == null || flag(ctx, "facts");
        ObjectNode result = runner.analyze(() -> decoder.decode(contentType, body, id), body.length, flag(ctx, "gloss"), facts);
        ctx.contentType(JSON).result(ServerJson.MAPPER.writeValueAsBytes(result));
    }

    /** {@code GET /v1/document?path=FILE&record=N[&gloss=true]}: a record of a file under {@code --root}, analysed. */
    private void document(Context ctx) throws IOException, InterruptedException {
        DocumentFolder f = folder.orElseThrow(() -> new ApiException(ApiError.E_NOT_FOUND,
                "no document folder: start the server with mixdoc serve --root DIR"));
        long record;
        try {
            record = ctx.queryParam("record") == null ? 0 : Long.parseLong(ctx.queryParam("record"));
        } catch (NumberFormatException e) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "record must be a number");
        }
        boolean gloss = flag(ctx, "gloss");
        SourceRecord r = f.record(ctx.queryParam("path"), record);
        if (r.text().isBlank()) {
            throw new ApiException(ApiError.E_EMPTY, ApiError.E_EMPTY.defaultMessage());
        }
        ObjectNode result = runner.analyze(new AnalyzeRequest(r.id(), r.text(), "text"), gloss);
        ctx.contentType(JSON).result(ServerJson.MAPPER.writeValueAsBytes(result));
    }

    /** A boolean query parameter: absent or {@code false} is false, {@code true} true, anything else a client error. */
    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw new ApiException(ApiError.E_BAD_REQUEST, name + " must be true or false");
    }

    private static void error(Context ctx, ApiError error, String message) {
        error(ctx, error, error.status(), message);
    }

    private static void error(Context ctx, ApiError error, int status, String message) {
        if (error == ApiError.E_TOO_LARGE || error.status() == 503 || error == ApiError.E_INCOMPLETE_BODY
                || error == ApiError.E_REQUEST_TIMEOUT) {
            // The client may still be sending; closing keeps it from blocking on a body we will not read.
            ctx.header("Connection", "close");
        }
        if (error.status() == 503) {
            ctx.header("Retry-After", "1");
        }
        ctx.status(status).contentType(JSON).result(ErrorJson.of(error, status, message).getBytes(StandardCharsets.UTF_8));
    }
}
