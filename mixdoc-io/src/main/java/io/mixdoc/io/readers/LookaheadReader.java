package io.mixdoc.io.readers;

import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** Base of the readers: subclasses produce the next record or null at the end. */
abstract class LookaheadReader implements RecordReader {
    private SourceRecord next;
    private boolean done;

    /** The next record, or null when the input is exhausted. */
    protected abstract SourceRecord computeNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = computeNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
    }
}
