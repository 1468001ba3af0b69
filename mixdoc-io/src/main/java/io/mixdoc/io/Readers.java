package io.mixdoc.io;

import io.mixdoc.io.readers.ConcatReader;
import io.mixdoc.io.readers.JsonlReader;
import io.mixdoc.io.readers.SingleFileReader;
import io.mixdoc.io.readers.WarcRecordReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Opens the right {@link RecordReader} for a path. By extension: {@code .jsonl}/{@code .ndjson}
 * (optionally {@code .gz}) JSON Lines; {@code .warc}, {@code .warc.gz}, {@code .wet}, {@code .wet.gz}
 * WARC; {@code .html}/{@code .htm}/{@code .xhtml} HTML; {@code .txt} and other names by content
 * (a WARC or gzip signature, a leading <code>{</code>, an HTML start, else plain text). A directory is
 * read recursively, files in path order, so record order is stable; in a directory only files with
 * one of those extensions or with no extension are read (hidden files and, say, {@code .json} or
 * {@code .png} files beside a corpus are not records).
 */
public final class Readers {
    /** The kind of reader chosen for a path. */
    public enum Format { TEXT, JSONL, HTML, WARC }

    private Readers() {
    }

    public static RecordReader open(Path path, ReaderOptions options) throws IOException {
        return open(path, options, new HashSet<>());
    }

    /** {@code seen}: the real paths of files already opened in this run; a file reached again is skipped. */
    private static RecordReader open(Path path, ReaderOptions options, Set<Path> seen) throws IOException {
        if (Files.isDirectory(path)) {
            return new ConcatReader(filesUnder(path), p -> openMember(p, options, seen));
        }
        if (!Files.exists(path)) {
            throw new IOException(path + (Files.isSymbolicLink(path) ? ": a broken link" : ": no such file"));
        }
        if (!Files.isReadable(path)) {
            throw new IOException(path + ": not readable (permission denied)");
        }
        if (!seen.add(path.toRealPath())) {
            return of(List.of()); // the same file through a link or a second path: read once
        }
        if (!Files.isRegularFile(path)) {
            return openStream(path, options); // a pipe or device named on the command line: read it once, as a stream
        }
        return open(path.toString(), Files.newInputStream(path), options);
    }

    /**
     * The records of one input file called {@code name} (a path or URI: it names the records and,
     * by its extension, the format; else the first bytes decide), read from {@code in}, which the
     * reader closes. Never throws for bad bytes: a file that cannot be read becomes one
     * {@link RecordError#READ} record. This is the one way every front end ({@code mixdoc clean},
     * {@code extract}, the Spark job) reads records.
     */
    public static RecordReader open(String name, InputStream in, ReaderOptions options) {
        InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        Format format;
        try {
            format = formatOf(name, buffered);
        } catch (IOException e) {
            closeQuietly(buffered);
            return of(List.of(SourceRecord.failed(name, RecordError.READ, "cannot read: " + e, 0)));
        }
        return open(name, buffered, format, options);
    }

    /** As {@link #open(String, InputStream, ReaderOptions)}, in the given format whatever the name says. */
    public static RecordReader open(String name, InputStream in, Format format, ReaderOptions options) {
        if (format == Format.WARC) {
            return new WarcRecordReader(name, in, options); // jwarc recognises gzip itself
        }
        InputStream raw;
        try {
            raw = gunzipIfNamed(name, in);
        } catch (IOException e) {
            // Not gzip after all, or cut inside the gzip header: one bad record, not a failed run.
            closeQuietly(in);
            return of(List.of(SourceRecord.failed(name, RecordError.READ, "not a readable gzip file: " + e, 0)));
        }
        return switch (format) {
            case JSONL -> new JsonlReader(name, raw, options);
            case HTML -> new SingleFileReader(name, raw, SingleFileReader.Kind.HTML, options);
            case TEXT -> new SingleFileReader(name, raw, SingleFileReader.Kind.TEXT, options);
            case WARC -> throw new AssertionError(format);
        };
    }

    /**
     * A file found inside a directory. Special files (pipes, devices, sockets) there are not read (a
     * pipe would wait for a writer forever) and broken links cannot be: each becomes one
     * {@link RecordError#READ} record, so nothing in the directory is skipped without a word.
     */
    private static RecordReader openMember(Path p, ReaderOptions options, Set<Path> seen) throws IOException {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            return of(List.of(SourceRecord.failed(p.toString(), RecordError.READ, "a broken link", 0)));
        }
        if (Files.isDirectory(p)) {
            return of(List.of(SourceRecord.failed(p.toString(), RecordError.READ, "a link to a directory (not followed)", 0)));
        }
        if (!Files.isRegularFile(p)) {
            return of(List.of(SourceRecord.failed(p.toString(), RecordError.READ,
                    "not a regular file (a pipe, device or socket); name it on the command line to read it as a stream", 0)));
        }
        return open(p, options, seen);
    }

    /**
     * A pipe or device ({@code <(zcat x.jsonl.gz)}, {@code /dev/stdin}) read exactly once: its first
     * bytes are sniffed from a buffer, never by opening it twice (a pipe gives its data only once).
     */
    private static RecordReader openStream(Path path, ReaderOptions options) throws IOException {
        // FileInputStream, not Files.newInputStream: the channel stream asks a pipe its position ("Illegal seek").
        BufferedInputStream in = new BufferedInputStream(new java.io.FileInputStream(path.toFile()), 1 << 16);
        try {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            in.reset();
            Format f = formatByName(path);
            Format format = f != null ? f : sniff(head);
            String id = path.toString();
            switch (format) {
                case JSONL -> {
                    boolean gz = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
                    return new JsonlReader(id, gz ? new GZIPInputStream(in, 1 << 16) : in, options);
                }
                case WARC -> {
                    in.close();
                    return of(List.of(SourceRecord.failed(id, RecordError.READ,
                            "WARC is read from regular files only; save the stream to a file first", 0)));
                }
                default -> {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
                    in.close();
                    if (bytes.length > options.maxRecordBytes()) {
                        return of(List.of(SourceRecord.failed(id, RecordError.TOO_LARGE,
                                "stream over the per-record limit of " + options.maxRecordBytes() + " bytes", bytes.length)));
                    }
                    return of(List.of(format == Format.HTML ? SingleFileReader.html(id, "", bytes, null)
                            : SingleFileReader.text(id, "", bytes, null, java.util.Map.of())));
                }
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * One file of a run's inputs: named by the user, or {@code found} in a folder walk (then a pipe, device or
     * broken link there is reported as a record, never opened).
     */
    public record InputFile(Path path, boolean found) {
    }

    /**
     * The files a run's inputs stand for, in order: a folder becomes the files under it ({@link #filesUnder}).
     * With {@link #open(InputFile, ReaderOptions, Set)} this is the one folder walk: {@link #open(List, ReaderOptions)}
     * and {@code mixdoc clean} (which also needs each record's file) both read through it.
     */
    public static List<InputFile> inputFiles(List<Path> inputs) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                filesUnder(p).forEach(f -> files.add(new InputFile(f, true)));
            } else {
                files.add(new InputFile(p, false));
            }
        }
        return files;
    }

    /**
     * The records of one input file. {@code seen} holds the real paths already read in this run: a file
     * reached again (through a link, or named and also found in a folder) gives no records.
     */
    public static RecordReader open(InputFile file, ReaderOptions options, Set<Path> seen) throws IOException {
        return file.found() ? openMember(file.path(), options, seen) : open(file.path(), options, seen);
    }

    /** The records of several inputs (files or directories) in the order given; a file reached twice is read once. */
    public static RecordReader open(List<Path> paths, ReaderOptions options) {
        Set<Path> seen = new HashSet<>();
        return new ConcatReader(paths, p -> open(p, options, seen));
    }

    /**
     * The files a directory holds, recursively, in path order, without hidden files. Special files
     * and links that do not lead to a regular file are listed too (their reader reports them).
     */
    public static List<Path> filesUnder(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Readers::isCorpusFileName)
                    .forEach(files::add);
        }
        files.sort((a, b) -> a.toString().compareTo(b.toString()));
        return files;
    }

    private static boolean isCorpusFileName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (!base.contains(".")) {
            return !name.endsWith(".gz");
        }
        for (String ext : List.of(".warc", ".wet", ".arc", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".txt", ".text", ".md")) {
            if (base.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The format of one file, by extension first, then by its first bytes. */
    public static Format formatOf(Path path) throws IOException {
        Format byName = formatByName(path);
        if (byName != null) {
            return byName;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(512);
        }
        return sniff(head);
    }

    /**
     * The format of an input called {@code name} whose first bytes are {@code head}: by extension, else
     * by content. For front ends that hold one input's bytes already ({@code mixdoc analyze}).
     */
    public static Format formatOf(String name, byte[] head) {
        Format byName = formatOfName(name);
        return byName != null ? byName : sniff(head);
    }

    /** The format its name tells, or null (a path is only looked at, never opened: it may be a pipe). */
    private static Format formatByName(Path path) {
        return formatOfName(path.toString());
    }

    /** The format of the file called {@code name}: by extension, else by the first bytes of {@code in} (which must support mark). */
    private static Format formatOf(String name, InputStream in) throws IOException {
        Format byName = formatOfName(name);
        if (byName != null) {
            return byName;
        }
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        return sniff(head);
    }

    /** The format an extension names, or null when the name does not tell. */
    private static Format formatOfName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1).toLowerCase(Locale.ROOT);
        String base = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
        if (base.endsWith(".warc") || base.endsWith(".wet") || base.endsWith(".arc")) {
            return Format.WARC;
        }
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (base.endsWith(".txt") || base.endsWith(".text") || base.endsWith(".md")) {
            return Format.TEXT;
        }
        return null;
    }

    static Format sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Format.WARC; // gzip without a telling name: WARC.gz is the gzip we read
        }
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("\uFEFF") || s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(s.charAt(0) == '\uFEFF' ? 1 : 3).stripLeading();
        }
        if (s.startsWith("WARC/")) {
            return Format.WARC;
        }
        if (s.startsWith("{")) {
            return Format.JSONL;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || (lower.startsWith("<!--") && lower.contains("<html"))) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** A reader over records already in hand (a single page from standard input, say). */
    public static RecordReader of(List<SourceRecord> records) {
        java.util.Iterator<SourceRecord> it = List.copyOf(records).iterator();
        return new RecordReader() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SourceRecord next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    /** {@code in} gunzipped when {@code name} ends in {@code .gz} (WARC excepted: jwarc reads gzip members itself). */
    private static InputStream gunzipIfNamed(String name, InputStream in) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the record that says why this input failed is already made
        }
    }
}
