package io.mixdoc.io;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Streams the records of one input. Never holds the whole input in memory; a bad record becomes a
 * {@link SourceRecord} with an error and reading goes on; only an unreadable input as a whole
 * throws from {@link #hasNext()} / {@link #next()} as {@link java.io.UncheckedIOException}.
 */
public interface RecordReader extends Iterator<SourceRecord>, Closeable {
}
