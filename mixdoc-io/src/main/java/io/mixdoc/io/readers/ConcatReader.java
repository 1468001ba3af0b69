package io.mixdoc.io.readers;

import io.mixdoc.io.RecordError;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The records of several inputs, one after the other, each opened only when reached. An input that
 * cannot be opened at all becomes one {@link RecordError#READ} record.
 */
public final class ConcatReader extends LookaheadReader {
    /** Opens one input. */
    public interface Opener {
        RecordReader open(Path path) throws IOException;
    }

    private final Iterator<Path> paths;
    private final Opener opener;
    private RecordReader current;

    public ConcatReader(List<Path> paths, Opener opener) {
        this.paths = List.copyOf(paths).iterator();
        this.opener = opener;
    }

    @Override
    protected SourceRecord computeNext() throws IOException {
        while (true) {
            if (current != null) {
                boolean more;
                try {
                    more = current.hasNext();
                } catch (UncheckedIOException e) {
                    current.close();
                    current = null;
                    throw e.getCause();
                }
                if (more) {
                    return current.next();
                }
                current.close();
                current = null;
            }
            if (!paths.hasNext()) {
                return null;
            }
            Path p = paths.next();
            try {
                current = opener.open(p);
            } catch (IOException | RuntimeException e) {
                return SourceRecord.failed(p.toString(), RecordError.READ, "cannot open: " + e, 0);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
