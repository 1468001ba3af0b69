package io.mixdoc.io.readers;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz files (jwarc), read from a stream. Records: {@code response} records whose HTTP payload is HTML
 * (reduced to main text) or plain text, {@code resource} records of those types, and {@code conversion} records (extracted text, as in Common
 * Crawl WET files). Other records (warcinfo, request, metadata, images, ...) are not text records and
 * are skipped. The charset declared in the HTTP {@code Content-Type} wins over a {@code <meta>}
 * charset, which wins over detection. Record id: the WARC-Record-ID; URL: WARC-Target-URI; metadata:
 * {@code warc_type}, {@code warc_date}, {@code content_type}, {@code charset}, {@code title}.
 *
 * <p>A truncated or corrupt file gives one {@link RecordError#CORRUPT_WARC} record at the point of
 * damage (id {@code FILE@OFFSET}), and reading of that file stops there.
 */
public final class WarcRecordReader extends LookaheadReader {
    private final String name;
    private final InputStream in;
    private final ReaderOptions options;
    private WarcReader reader;
    private boolean broken;

    /** Reads the WARC file called {@code name} from {@code in}; closing the reader closes it. */
    public WarcRecordReader(String name, InputStream in, ReaderOptions options) {
        this.name = name;
        this.in = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        this.options = options;
    }

    @Override
    protected SourceRecord computeNext() {
        if (reader == null && !broken) {
            // Opened on first use: jwarc reads the first bytes at once, and an empty or cut file must
            // become a record, not an exception.
            try {
                in.mark(1);
                if (in.read() < 0) {
                    broken = true;
                    return SourceRecord.failed(name, RecordError.EMPTY, "empty WARC file", 0);
                }
                in.reset();
                reader = new WarcReader(in);
            } catch (IOException | RuntimeException e) {
                return corrupt(0, e);
            }
        }
        while (!broken) {
            long position = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                return corrupt(position, e);
            }
            if (next.isEmpty()) {
                return null;
            }
            WarcRecord record = next.get();
            try {
                SourceRecord r = convert(record);
                if (r != null) {
                    return r;
                }
            } catch (IOException e) {
                return corrupt(position, e);
            } catch (RuntimeException e) {
                // Malformed headers in a well-framed record (say, two Target-URIs): this record only.
                return SourceRecord.failed(name + "@" + position, RecordError.CORRUPT_WARC,
                        "malformed record at byte " + position + ": " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())), 0);
            }
        }
        return null;
    }

    private SourceRecord corrupt(long position, Exception e) {
        broken = true;
        return SourceRecord.failed(name + "@" + position, RecordError.CORRUPT_WARC,
                "cannot read on at byte " + position + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())), 0);
    }

    /** The text record for a WARC record, or null when it is not a text record. */
    private SourceRecord convert(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            return response(response);
        }
        if (record instanceof WarcConversion conversion) {
            Map<String, String> meta = meta(record, conversion.contentType());
            String url = conversion.target() == null ? "" : conversion.target();
            long size = record.body().size();
            byte[] bytes = BoundedBytes.readAtMost(record.body().stream(), options.maxBytes());
            String id = id(record);
            if (bytes == null) {
                return SourceRecord.failed(id, url, meta, tooLarge(size), size);
            }
            String declared = conversion.contentType().parameters().get("charset");
            return SingleFileReader.text(id, url, bytes, declared, meta);
        }
        if (record instanceof WarcResource resource) {
            return resource(resource);
        }
        return null;
    }

    /** A resource record holding a page or a text file as it is (no HTTP around it); other types are skipped. */
    private SourceRecord resource(WarcResource resource) throws IOException {
        MediaType type = resource.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!html && !base.equals("text/plain")) {
            return null;
        }
        String id = id(resource);
        String url = resource.target() == null ? "" : resource.target();
        Map<String, String> meta = meta(resource, type);
        long size = resource.body().size();
        byte[] bytes = BoundedBytes.readAtMost(resource.body().stream(), options.maxBytes());
        if (bytes == null) {
            return SourceRecord.failed(id, url, meta, tooLarge(size), size);
        }
        String declared = type.parameters().get("charset");
        return html ? SingleFileReader.html(id, url, bytes, declared, meta)
                : SingleFileReader.text(id, url, bytes, declared, meta);
    }

    private SourceRecord response(WarcResponse response) throws IOException {
        String id = id(response);
        String url = response.target() == null ? "" : response.target();
        long size = response.body().size();
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return null; // a DNS or Gemini response: not a web page
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return SourceRecord.failed(id, url, Map.of("warc_type", "response"),
                    new RecordError(RecordError.BAD_HTTP, "unparseable HTTP response: " + e.getClass().getSimpleName()), size);
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!html && !base.equals("text/plain")) {
            return null;
        }
        Map<String, String> meta = meta(response, type);
        byte[] bytes;
        try {
            MessageBody body = http.bodyDecoded();
            try (InputStream in = body.stream()) {
                bytes = BoundedBytes.readAtMost(in, options.maxBytes());
            }
        } catch (IOException e) {
            // A broken gzip or chunked payload damages this record only when the WARC framing is intact.
            if (e instanceof java.io.EOFException) {
                throw e;
            }
            return SourceRecord.failed(id, url, meta, new RecordError(RecordError.BAD_HTTP,
                    "undecodable HTTP payload: " + e.getClass().getSimpleName()), size);
        }
        if (bytes == null) {
            return SourceRecord.failed(id, url, meta, tooLarge(size), size);
        }
        String declared = type.parameters().get("charset");
        return html ? SingleFileReader.html(id, url, bytes, declared, meta)
                : SingleFileReader.text(id, url, bytes, declared, meta);
    }

    private RecordError tooLarge(long size) {
        return new RecordError(RecordError.TOO_LARGE,
                "record of " + size + " bytes is over the per-record limit of " + options.maxRecordBytes());
    }

    private static String id(WarcRecord record) {
        return record.headers().first("WARC-Record-ID").orElse("<no id>");
    }

    private static Map<String, String> meta(WarcRecord record, MediaType type) {
        Map<String, String> m = new TreeMap<>();
        m.put("warc_type", record.type());
        record.headers().first("WARC-Date").ifPresent(d -> m.put("warc_date", d));
        if (type != null) {
            m.put("content_type", type.toString());
        }
        return m;
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ').replace('\r', ' ');
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        in.close();
    }
}
