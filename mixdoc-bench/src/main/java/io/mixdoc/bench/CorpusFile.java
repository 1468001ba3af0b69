package io.mixdoc.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@link BenchCorpus} file record by record (4-byte length, then the UTF-8 bytes). Safe for
 * several worker threads: {@link #next()} is synchronised, and each worker decodes what it got, so
 * reading is counted against the workers and only a handful of documents are ever in memory.
 */
public final class CorpusFile implements AutoCloseable {
    private final DataInputStream in;
    private final long limitBytes;
    private final long deadlineNanos;
    private long readBytes;
    private boolean timedOut;

    /** Reads records until {@code limitBytes} of text were handed out (the record crossing it included). */
    public CorpusFile(Path file, long limitBytes) throws IOException {
        this(file, limitBytes, 0);
    }

    /**
     * Reads records until {@code limitBytes} of text were handed out or, when {@code budgetSeconds}
     * is positive, until that much time has passed since opening (see {@link #timedOut()}).
     */
    public CorpusFile(Path file, long limitBytes, double budgetSeconds) throws IOException {
        InputStream raw = Files.newInputStream(file);
        this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        this.limitBytes = limitBytes;
        this.deadlineNanos = budgetSeconds > 0 ? System.nanoTime() + (long) (budgetSeconds * 1e9) : Long.MAX_VALUE;
    }

    /** Whether reading stopped because the time budget ran out before the byte limit was reached. */
    public synchronized boolean timedOut() {
        return timedOut;
    }

    /** The next document's UTF-8 bytes, or null at the end (or past the limit or the time budget). */
    public synchronized byte[] next() throws IOException {
        if (readBytes >= limitBytes) {
            return null;
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
            timedOut = true;
            return null;
        }
        int len;
        try {
            len = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        byte[] b = in.readNBytes(len);
        if (b.length != len) {
            throw new EOFException("truncated corpus record");
        }
        readBytes += len;
        return b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
