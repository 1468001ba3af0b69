package io.mixdoc.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.charset.DecodedText;
import io.mixdoc.io.charset.TextDecoder;
import io.mixdoc.io.html.MainTextExtractor;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the records of one input file (text, JSONL or WARC) from a stream, lazily, so a file of
 * any size passes through in constant memory. Bad records become error records with a stable code
 * and reading goes on:
 * the codes of {@link RecordError} ({@code E_EMPTY}, {@code E_BINARY}, {@code E_INVALID_UTF8},
 * {@code E_TOO_LARGE}, {@code E_BAD_JSON}, {@code E_NO_TEXT_FIELD}, {@code E_CORRUPT_WARC}, and
 * {@code E_READ} when the file itself breaks off).
 *
 * <p>Ids: a text file's path; {@code path#LINE} (1-based) for a JSONL line; the WARC-Record-ID for
 * a WARC record. Shared by the Spark job and the single-process path, so both see the same records.
 */
public final class RecordSources {
    /** Records larger than this are refused (E_TOO_LARGE), as {@code mixdoc analyze} does. */
    public static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An iterator over one file's records that releases the file when closed. */
    public interface RecordIterator extends Iterator<SparkRecord>, Closeable {
        @Override
        void close();
    }

    private RecordSources() {
    }

    /**
     * Opens the records of the file at {@code path} (used for ids and format detection) read from
     * {@code in}; closing the iterator closes {@code in}.
     */
    public static RecordIterator open(String path, InputStream in, InputFormat format, String textField) {
        InputFormat f = format.resolve(path);
        try {
            InputStream raw = f != InputFormat.WARC && path.toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(in, 1 << 16) : in;
            return switch (f) {
                case TEXT -> new TextFile(path, raw);
                case JSONL -> new JsonLines(path, raw, textField);
                case WARC -> new WarcRecords(path, raw);
                case AUTO -> throw new AssertionError();
            };
        } catch (IOException e) {
            closeQuietly(in);
            return single(SparkRecord.error(path, "", Map.of(), RecordError.READ, "cannot open: " + e.getMessage(), 0));
        }
    }

    /**
     * Decodes a whole text record with mixdoc-io's {@link TextDecoder} (BOM, declared charset, HTML
     * meta, UTF-8, UTF-16, then GB18030/Big5/ICU detection), exactly as {@code mixdoc clean} does; the
     * charset used is recorded in the metadata.
     */
    static SparkRecord decodeText(String id, String url, Map<String, String> metadata, byte[] bytes, String declared, boolean html) {
        if (bytes.length > MAX_RECORD_BYTES) {
            return SparkRecord.error(id, url, metadata, RecordError.TOO_LARGE, "larger than " + MAX_RECORD_BYTES + " bytes", bytes.length);
        }
        DecodedText d = html ? DECODER.decodeHtml(bytes, declared) : DECODER.decode(bytes, declared);
        if (d.error() != null) {
            return SparkRecord.error(id, url, metadata, d.error().code(), d.error().message(), bytes.length);
        }
        Map<String, String> meta = new java.util.TreeMap<>(metadata);
        meta.put("charset", d.charset());
        return checkedText(id, url, meta, d.text(), bytes.length);
    }

    private static final TextDecoder DECODER = new TextDecoder();

    private static SparkRecord checkedText(String id, String url, Map<String, String> metadata, String text, long bytes) {
        if (text.isBlank()) {
            return SparkRecord.error(id, url, metadata, RecordError.EMPTY, "no text", bytes);
        }
        return SparkRecord.text(id, url, metadata, text, bytes);
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        return in.readNBytes(MAX_RECORD_BYTES + 1);
    }

    /** One document per file. */
    private static final class TextFile extends Lazy {
        private final String path;
        private final InputStream in;
        private boolean done;

        TextFile(String path, InputStream in) {
            super(in);
            this.path = path;
            this.in = in;
        }

        @Override
        SparkRecord read() {
            if (done) {
                return null;
            }
            done = true;
            try {
                return decodeText(path, "", Map.of(), readAtMost(in), null, false);
            } catch (IOException e) {
                return SparkRecord.error(path, "", Map.of(), RecordError.READ, e.getMessage(), 0);
            }
        }
    }

    /** One JSON object per line; blank lines are skipped. */
    private static final class JsonLines extends Lazy {
        private final String path;
        private final BufferedReader lines;
        private final String textField;
        private int lineNo;
        private boolean broken;

        JsonLines(String path, InputStream in, String textField) {
            super(in);
            this.path = path;
            // Malformed UTF-8 becomes U+FFFD here; the line then still parses, or fails as bad JSON.
            this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            this.textField = textField;
        }

        @Override
        SparkRecord read() {
            if (broken) {
                return null;
            }
            String line;
            try {
                do {
                    line = lines.readLine();
                    lineNo++;
                } while (line != null && line.isBlank());
            } catch (IOException e) {
                broken = true;
                return SparkRecord.error(path + "#" + lineNo, "", Map.of(), RecordError.READ, "file breaks off: " + e.getMessage(), 0);
            }
            if (line == null) {
                return null;
            }
            String id = path + "#" + lineNo;
            long bytes = line.getBytes(StandardCharsets.UTF_8).length;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                return SparkRecord.error(id, "", Map.of(), RecordError.BAD_JSON, "line " + lineNo + " is not JSON", bytes);
            }
            if (node == null || !node.isObject()) {
                return SparkRecord.error(id, "", Map.of(), RecordError.BAD_JSON, "line " + lineNo + " is not a JSON object", bytes);
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            String url = "";
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(textField)) {
                    continue;
                }
                String v = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
                if (e.getKey().equals("url")) {
                    url = v;
                } else {
                    metadata.put(e.getKey(), v);
                }
            }
            JsonNode text = node.get(textField);
            if (text == null || !text.isTextual()) {
                return SparkRecord.error(id, url, metadata, RecordError.NO_TEXT_FIELD, "no string field '" + textField + "'", bytes);
            }
            if (text.asText().length() > MAX_RECORD_BYTES) {
                return SparkRecord.error(id, url, metadata, RecordError.TOO_LARGE, "text larger than " + MAX_RECORD_BYTES, bytes);
            }
            return checkedText(id, url, metadata, text.asText(), bytes);
        }
    }

    /** HTML and plain-text payloads of a WARC file; requests, metadata and other types are skipped. */
    private static final class WarcRecords extends Lazy {
        private final String path;
        private final WarcReader reader;
        private final MainTextExtractor extractor = new MainTextExtractor();
        private boolean broken;

        WarcRecords(String path, InputStream in) throws IOException {
            super(in);
            this.path = path;
            this.reader = new WarcReader(in);
            this.reader.setLenient(true);
        }

        @Override
        SparkRecord read() {
            while (!broken) {
                WarcRecord r;
                try {
                    r = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    broken = true;
                    return SparkRecord.error(path + "@" + reader.position(), "", Map.of(), RecordError.CORRUPT_WARC,
                            "WARC breaks off: " + e.getMessage(), 0);
                }
                if (r == null) {
                    return null;
                }
                SparkRecord out = convert(r);
                if (out != null) {
                    return out;
                }
            }
            return null;
        }

        private SparkRecord convert(WarcRecord r) {
            String id = r.id().toString();
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("warc_type", r.type());
            meta.put("warc_date", r.date().toString());
            meta.put("source", path);
            try {
                MediaType type;
                InputStream body;
                String url;
                if (r instanceof WarcResponse resp) {
                    url = resp.target();
                    HttpResponse http = resp.http();
                    type = http.contentType();
                    body = http.bodyDecoded().stream();
                } else if (r instanceof WarcResource res) {
                    url = res.target();
                    type = res.contentType();
                    body = res.body().stream();
                } else if (r instanceof WarcConversion conv) {
                    url = conv.target();
                    type = conv.contentType();
                    body = conv.body().stream();
                } else {
                    return null;
                }
                String base = type.base().toString().toLowerCase(Locale.ROOT);
                boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
                if (!html && !base.equals("text/plain")) {
                    return null;
                }
                meta.put("content_type", base);
                byte[] bytes = readAtMost(body);
                SparkRecord decoded = decodeText(id, url, meta, bytes, type.parameters().get("charset"), html);
                if (!html || decoded.toSourceRecord().failed()) {
                    return decoded;
                }
                String text = extractor.extract(decoded.toSourceRecord().text(), url).mainText();
                return checkedText(id, url, meta, text, bytes.length);
            } catch (IOException | RuntimeException e) {
                return SparkRecord.error(id, "", meta, RecordError.READ, "unreadable record: " + e.getMessage(), 0);
            }
        }

        @Override
        public void close() {
            closeQuietly(reader);
            super.close();
        }
    }

    /** Reads one record ahead; {@link #read()} returns null at the end. */
    private abstract static class Lazy implements RecordIterator {
        private final Closeable source;
        private SparkRecord next;
        private boolean ended;

        Lazy(Closeable source) {
            this.source = source;
        }

        abstract SparkRecord read();

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                next = read();
                if (next == null) {
                    ended = true;
                    close();
                }
            }
            return next != null;
        }

        @Override
        public SparkRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SparkRecord r = next;
            next = null;
            return r;
        }

        @Override
        public void close() {
            closeQuietly(source);
        }
    }

    private static RecordIterator single(SparkRecord r) {
        return new Lazy(() -> { }) {
            private boolean done;

            @Override
            SparkRecord read() {
                if (done) {
                    return null;
                }
                done = true;
                return r;
            }
        };
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Nothing was lost: every record already read stands; the file is done with.
        }
    }
}
