package io.mixdoc.io.readers;

import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.io.charset.DecodedText;
import io.mixdoc.io.charset.TextDecoder;
import io.mixdoc.io.html.MainTextExtractor;
import io.mixdoc.io.html.PageDate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file, one record: a plain text file or an HTML page (reduced to its main text), read from a
 * stream. The bytes are held only if they fit the per-record limit; a larger file is counted through
 * and becomes {@link RecordError#TOO_LARGE}. Record id: the file's name as given; metadata:
 * {@code charset} (and {@code title} for HTML).
 */
public final class SingleFileReader extends LookaheadReader {
    /** How the file's bytes become text. */
    public enum Kind { TEXT, HTML }

    private final String name;
    private final InputStream in;
    private final Kind kind;
    private final ReaderOptions options;
    private boolean read;

    /** Reads the one record of the file called {@code name} from {@code in}; closing the reader closes it. */
    public SingleFileReader(String name, InputStream in, Kind kind, ReaderOptions options) {
        this.name = name;
        this.in = in;
        this.kind = kind;
        this.options = options;
    }

    @Override
    protected SourceRecord computeNext() {
        if (read) {
            return null;
        }
        read = true;
        String id = name;
        byte[] bytes;
        try {
            bytes = BoundedBytes.readAtMost(in, options.maxBytes());
            if (bytes == null) {
                // Counted through, never held: the size is the one figure the error needs.
                long size = options.maxRecordBytes() + 1 + BoundedBytes.skipToEnd(in);
                return SourceRecord.failed(id, RecordError.TOO_LARGE,
                        "file of " + size + " bytes is over the per-record limit of " + options.maxRecordBytes(), size);
            }
        } catch (IOException | RuntimeException e) {
            return SourceRecord.failed(id, RecordError.READ, "cannot read: " + e, 0);
        }
        return kind == Kind.HTML ? html(id, "", bytes, null) : text(id, "", bytes, null, Map.of());
    }

    /** Decodes plain text bytes into a record; {@code declaredCharset} may be null. */
    public static SourceRecord text(String id, String url, byte[] bytes, String declaredCharset, Map<String, String> meta) {
        DecodedText d = new TextDecoder().decode(bytes, declaredCharset);
        Map<String, String> m = new TreeMap<>(meta);
        if (d.failed()) {
            return SourceRecord.failed(id, url, m, d.error(), bytes.length);
        }
        m.put("charset", d.charset());
        return SourceRecord.ok(id, url, m, d.text(), bytes.length);
    }

    /** Decodes an HTML page and reduces it to its main text; {@code declaredCharset} may be null. */
    public static SourceRecord html(String id, String url, byte[] bytes, String declaredCharset) {
        return html(id, url, bytes, declaredCharset, Map.of());
    }

    static SourceRecord html(String id, String url, byte[] bytes, String declaredCharset, Map<String, String> meta) {
        DecodedText d = new TextDecoder().decodeHtml(bytes, declaredCharset);
        Map<String, String> m = new TreeMap<>(meta);
        if (d.failed()) {
            return SourceRecord.failed(id, url, m, d.error(), bytes.length);
        }
        m.put("charset", d.charset());
        MainTextExtractor.Extraction ex;
        try {
            ex = new MainTextExtractor().extract(d.text(), url);
        } catch (RuntimeException | StackOverflowError e) {
            // Hostile markup (deep nesting) must cost one record, not the run.
            return SourceRecord.failed(id, url, m, new RecordError(RecordError.BAD_HTML,
                    "the HTML extractor failed: " + e.getClass().getSimpleName()), bytes.length);
        }
        if (ex.title() != null && !ex.title().isBlank()) {
            m.put("title", ex.title().strip());
        }
        try {
            PageDate.find(d.text(), url).ifPresent(p -> {
                m.put(PageDate.METADATA_KEY, p.value());
                m.put(PageDate.METADATA_EVIDENCE_KEY, p.evidence());
            });
        } catch (RuntimeException | StackOverflowError e) {
            // a page date is evidence, never a reason to lose the record
        }
        if (ex.mainText() == null || ex.mainText().isBlank()) {
            return SourceRecord.failed(id, url, m, new RecordError(RecordError.NO_MAIN_TEXT, "the page has no main text"), bytes.length);
        }
        return SourceRecord.ok(id, url, m, ex.mainText(), bytes.length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
