package io.mixdoc.corpus;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.RecordReader;
import io.mixdoc.io.Readers;
import io.mixdoc.io.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a run's inputs in order (as {@link Readers#open(List, ReaderOptions)} gives them),
 * each with where it came from: its file relative to the corpus root and its position in that file.
 * That is what the viewer needs to open a record again ({@code mixdoc serve --root ROOT},
 * {@code /?doc=FILE&record=N}).
 */
final class LocatedRecords implements Closeable {
    /** A record and its place. */
    record Located(SourceRecord record, String source, long index) {
    }

    private final Path root;
    private final Iterator<Readers.InputFile> files;
    /** Real paths already read: a file reached again (a link, or a folder and a file in it) is read once. */
    private final java.util.Set<Path> seen = new java.util.HashSet<>();
    private final ReaderOptions options;
    private RecordReader current;
    private String currentName;
    private long index;
    private Located pendingFailure;

    LocatedRecords(List<Path> inputs, ReaderOptions options) throws IOException {
        this.options = options;
        this.root = rootOf(inputs);
        this.files = Readers.inputFiles(inputs).iterator(); // the one folder walk, shared with Readers.open
    }

    /** The folder all inputs are under: a single input folder itself, else the inputs' common parent. */
    static Path rootOf(List<Path> inputs) {
        Path common = null;
        for (Path p : inputs) {
            Path a = p.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(a) ? a : a.getParent();
            if (common == null) {
                common = dir;
            } else {
                while (!dir.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common == null ? Path.of("").toAbsolutePath() : common;
    }

    Path root() {
        return root;
    }

    boolean hasNext() throws IOException {
        while (true) {
            if (pendingFailure != null) {
                return true;
            }
            if (current != null) {
                boolean more;
                try {
                    more = current.hasNext();
                } catch (UncheckedIOException e) {
                    close();
                    throw e.getCause();
                }
                if (more) {
                    return true;
                }
                close();
            }
            if (!files.hasNext()) {
                return false;
            }
            Readers.InputFile input = files.next();
            Path f = input.path();
            currentName = root.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
            index = 0;
            try {
                current = Readers.open(input, options, seen);
            } catch (IOException | RuntimeException e) {
                pendingFailure = new Located(SourceRecord.failed(f.toString(), RecordError.READ, "cannot open: " + e, 0), currentName, 0);
            }
        }
    }

    Located next() throws IOException {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        if (pendingFailure != null) {
            Located l = pendingFailure;
            pendingFailure = null;
            return l;
        }
        return new Located(current.next(), currentName, index++);
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
