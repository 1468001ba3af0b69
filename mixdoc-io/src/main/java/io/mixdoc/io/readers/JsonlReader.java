package io.mixdoc.io.readers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.io.ReaderOptions;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Lines: one JSON object per line, UTF-8. The configured text field becomes the text, every
 * other field metadata (scalars as text, objects and arrays as compact JSON); a {@code url} field
 * also becomes the record's URL. Record id: {@code NAME#LINE} (1-based line number). Blank lines are
 * not records. A line over the per-record limit is skipped while streaming, never held whole.
 */
public final class JsonlReader extends LookaheadReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final InputStream in;
    private final ReaderOptions options;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long lineNo;
    private boolean eof;

    public JsonlReader(String name, InputStream in, ReaderOptions options) {
        this.name = name;
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        this.options = options;
    }

    @Override
    protected SourceRecord computeNext() {
        while (!eof) {
            line.reset();
            long length;
            try {
                length = readLine();
            } catch (IOException e) {
                eof = true;
                return SourceRecord.failed(name + "#" + (lineNo + 1), RecordError.READ, "cannot read on: " + e, 0);
            }
            if (length < 0) {
                eof = true;
                return null;
            }
            lineNo++;
            String id = name + "#" + lineNo;
            if (length > options.maxRecordBytes()) {
                return SourceRecord.failed(id, RecordError.TOO_LARGE,
                        "line of " + length + " bytes is over the per-record limit of " + options.maxRecordBytes(), length);
            }
            byte[] bytes = line.toByteArray();
            if (isBlank(bytes)) {
                continue;
            }
            return parse(id, bytes);
        }
        return null;
    }

    /** Reads one line into {@link #line} (up to the limit); returns its full length, or -1 at the end. */
    private long readLine() throws IOException {
        long length = 0;
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (length < options.maxRecordBytes()) {
                line.write(c);
            }
            length++;
        }
        if (!any) {
            return -1;
        }
        if (length <= options.maxRecordBytes() && line.size() > 0 && endsWithCr()) {
            length--;
        }
        return length;
    }

    private boolean endsWithCr() {
        byte[] b = line.toByteArray();
        if (b[b.length - 1] == '\r') {
            line.reset();
            line.write(b, 0, b.length - 1);
            return true;
        }
        return false;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    private SourceRecord parse(String id, byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return SourceRecord.failed(id, RecordError.INVALID_UTF8, "the line is not valid UTF-8", bytes.length);
        }
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (JsonProcessingException | RuntimeException e) {
            return SourceRecord.failed(id, RecordError.BAD_JSON, "not JSON: " + firstLine(e.getMessage()), bytes.length);
        }
        if (node == null || !node.isObject()) {
            return SourceRecord.failed(id, RecordError.BAD_JSON, "not a JSON object", bytes.length);
        }
        Map<String, String> meta = new TreeMap<>();
        String text = null;
        String url = "";
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (f.getKey().equals(options.textField())) {
                text = v.isTextual() ? v.textValue() : null;
                continue;
            }
            String value = v.isValueNode() ? v.asText() : v.toString();
            meta.put(f.getKey(), value);
            if (f.getKey().equals("url") && v.isTextual()) {
                url = v.textValue();
            }
        }
        if (text == null) {
            return SourceRecord.failed(id, url, meta, new RecordError(RecordError.NO_TEXT_FIELD,
                    "no string field \"" + options.textField() + "\""), bytes.length);
        }
        if (text.isBlank()) {
            return SourceRecord.failed(id, url, meta, new RecordError(RecordError.EMPTY, "the text field is empty"), bytes.length);
        }
        return SourceRecord.ok(id, url, meta, text, bytes.length);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String m = nl < 0 ? message : message.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
