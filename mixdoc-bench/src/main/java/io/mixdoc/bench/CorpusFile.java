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
    private long readBytes;

    /** Reads records until {@code limitBytes} of text were handed out (the record crossing it included). */
    public CorpusFile(Path file, long limitBytes) throws IOException {
        InputStream raw = Files.newInputStream(file);
        this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        this.limitBytes = limitBytes;
    }

    /** The next document's UTF-8 bytes, or null at the end (or past the limit). */
    public synchronized byte[] next() throws IOException {
        if (readBytes >= limitBytes) {
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
