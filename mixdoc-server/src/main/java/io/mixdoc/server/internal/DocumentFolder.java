package io.mixdoc.server.internal;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.Readers;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder {@code mixdoc serve --root DIR} may open documents from ({@code GET /v1/document}), and
 * nothing outside it: a client-given path is resolved against the folder and refused if it is
 * absolute, climbs out ({@code ..}), or leads out through a link. Only records are read, never written.
 */
public final class DocumentFolder {
    /** Records skipped at most to reach the one asked for (a WARC can hold many). */
    static final long MAX_RECORD = 1_000_000;

    private final Path root;

    public DocumentFolder(Path root) throws IOException {
        this.root = Objects.requireNonNull(root, "root").toRealPath();
        if (!Files.isDirectory(this.root)) {
            throw new IOException(root + " is not a folder");
        }
    }

    public Path root() {
        return root;
    }

    /** The file {@code relative} names inside the folder; an {@link ApiException} for anything else. */
    public Path resolve(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "path is required");
        }
        Path p;
        try {
            p = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "path is not a valid file name");
        }
        if (p.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "path must be relative to the document folder");
        }
        Path target = root.resolve(p).normalize();
        if (!target.startsWith(root)) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "path leads outside the document folder");
        }
        if (!Files.isRegularFile(target)) {
            throw new ApiException(ApiError.E_NOT_FOUND, "no such document in the folder");
        }
        try {
            // A link inside the folder may point anywhere: judge the file it really is.
            Path real = target.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new ApiException(ApiError.E_BAD_REQUEST, "path leads outside the document folder");
            }
            return real;
        } catch (IOException e) {
            throw new ApiException(ApiError.E_NOT_FOUND, "no such document in the folder");
        }
    }

    /** Record {@code index} (0-based) of the file, as {@code mixdoc clean} numbered it. */
    public SourceRecord record(String relative, long index) {
        if (index < 0 || index > MAX_RECORD) {
            throw new ApiException(ApiError.E_BAD_REQUEST, "record must be between 0 and " + MAX_RECORD);
        }
        Path file = resolve(relative);
        try (RecordReader r = Readers.open(file, ReaderOptions.defaults())) {
            for (long i = 0; i < index && r.hasNext(); i++) {
                r.next();
            }
            if (!r.hasNext()) {
                throw new ApiException(ApiError.E_NOT_FOUND, "the file has no record " + index);
            }
            SourceRecord rec = r.next();
            if (rec.failed()) {
                throw new ApiException(ApiError.E_BAD_REQUEST, "record " + index + " cannot be read: "
                        + rec.error().code() + " " + rec.error().message());
            }
            return rec;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException a) {
                throw a;
            }
            throw new ApiException(ApiError.E_BAD_REQUEST, "cannot read the document: " + e.getClass().getSimpleName());
        }
    }
}
