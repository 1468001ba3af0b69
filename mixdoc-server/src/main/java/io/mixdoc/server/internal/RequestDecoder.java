package io.mixdoc.server.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.io.RecordError;
import io.mixdoc.io.SourceRecord;
import io.mixdoc.io.readers.SingleFileReader;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * Turns the body of {@code POST /v1/analyze} into an {@link AnalyzeRequest}, whatever its content type:
 * {@code text/plain}, {@code text/html}, {@code application/json} ({@code {"text":…}} or {@code {"html":…}},
 * optional {@code "id"}) or {@code multipart/form-data} (one part named {@code file}). Everything is
 * decoded from bytes already read and size-checked; uploads are parsed in memory and never touch the
 * file system (the client's file name only suggests the document id and the format).
 */
public final class RequestDecoder {
    /** One JSON value, no repeated keys (which one would win is up to the parser), nothing after it. */
    private static final ObjectReader STRICT_JSON = ServerJson.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final long maxBodyBytes;

    public RequestDecoder(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Reads the request body ({@link #readBounded}); a body that ends before its Content-Length is
     * {@code 400 E_INCOMPLETE_BODY}, one that stops arriving is {@code 408 E_REQUEST_TIMEOUT}, never a
     * bare 500.
     */
    public static byte[] readBody(InputStream in, long max) {
        try {
            return readBounded(in, max);
        } catch (IOException e) {
            if (causedByTimeout(e)) {
                throw new ApiException(ApiError.E_REQUEST_TIMEOUT, "the request body stopped arriving before it was complete");
            }
            throw new ApiException(ApiError.E_INCOMPLETE_BODY, "the request body ended before its declared length");
        }
    }

    static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Reads at most {@code max} bytes; one more means the body is too large, whatever Content-Length said. */
    public static byte[] readBounded(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new ApiException(ApiError.E_TOO_LARGE, "the request body is larger than " + max + " bytes");
        }
        return bytes;
    }

    public AnalyzeRequest decode(String contentType, byte[] body, String idParam) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiException(ApiError.E_UNSUPPORTED_MEDIA_TYPE,
                    "a Content-Type is required: text/plain, text/html, application/json or multipart/form-data");
        }
        MediaType type = MediaType.parse(contentType);
        return switch (type.essence()) {
            case "text/plain" -> new AnalyzeRequest(AnalyzeRequest.checkedId(idParam), text(body, type.charset()), "text");
            case "text/html" -> html(AnalyzeRequest.checkedId(idParam), body, type.charset());
            case "application/json" -> json(body, type.charset(), idParam);
            case "multipart/form-data" -> multipart(body, contentType, idParam);
            default -> throw new ApiException(ApiError.E_UNSUPPORTED_MEDIA_TYPE, "unsupported content type '"
                    + type.essence() + "'; use text/plain, text/html, application/json or multipart/form-data");
        };
    }

    static String text(byte[] body, String charsetName) {
        String text = decodeBytes(body, charsetName);
        if (text.isBlank()) {
            throw new ApiException(ApiError.E_EMPTY, "the text is empty or only white space");
        }
        return text;
    }

    static AnalyzeRequest html(String id, byte[] body, String charsetName) {
        return fromHtml(id, decodeBytes(body, charsetName));
    }

    /**
     * Markup to a request through mixdoc-io's HTML reader, the one path from a page to a record: the same
     * main text, title and page date as {@code mixdoc clean} gets from the same page, so both date it alike.
     * The markup is already strictly decoded here; it goes on as UTF-8.
     */
    private static AnalyzeRequest fromHtml(String id, String markup) {
        SourceRecord r = SingleFileReader.html(id, "", markup.getBytes(StandardCharsets.UTF_8), "UTF-8");
        if (r.failed()) {
            throw switch (r.error().code()) {
                case RecordError.BAD_HTML -> new ApiException(ApiError.E_BAD_REQUEST, r.error().message());
                case RecordError.BINARY -> new ApiException(ApiError.E_BINARY, r.error().message());
                default -> new ApiException(ApiError.E_EMPTY, "no text found in the HTML");
            };
        }
        if (r.text().isBlank()) {
            throw new ApiException(ApiError.E_EMPTY, "no text found in the HTML");
        }
        return new AnalyzeRequest(id, r.text(), "html", r.metadata());
    }

    private AnalyzeRequest json(byte[] body, String charsetName, String idParam) {
        JsonNode node;
        try {
            node = STRICT_JSON.readTree(decodeBytes(body, charsetName));
        } catch (JsonProcessingException e) {
            // Limit errors (nesting, number length) carry no location.
            JsonLocation at = e.getLocation();
            throw new ApiException(ApiError.E_BAD_JSON, "the body is not valid JSON"
                    + (at == null ? " (" + firstLine(e.getOriginalMessage()) + ")"
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ApiException(ApiError.E_BAD_JSON, "the body is not valid JSON");
        }
        if (!(node instanceof ObjectNode obj)) {
            throw new ApiException(ApiError.E_BAD_JSON, "expected a JSON object such as {\"text\": \"...\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!key.equals("text") && !key.equals("html") && !key.equals("id")) {
                throw new ApiException(ApiError.E_BAD_JSON, "unknown field '" + key + "'; allowed: text, html, id");
            }
        }
        if (obj.has("text") == obj.has("html")) {
            throw new ApiException(ApiError.E_BAD_JSON, "give exactly one of \"text\" or \"html\"");
        }
        String field = obj.has("text") ? "text" : "html";
        JsonNode value = obj.get(field);
        if (!value.isTextual()) {
            throw new ApiException(ApiError.E_BAD_JSON, "\"" + field + "\" must be a string");
        }
        String id = idParam;
        if (obj.has("id")) {
            if (!obj.get("id").isTextual()) {
                throw new ApiException(ApiError.E_BAD_JSON, "\"id\" must be a string");
            }
            id = obj.get("id").asText();
        }
        if (field.equals("html")) {
            return fromHtml(AnalyzeRequest.checkedId(id), value.asText());
        }
        String text = value.asText();
        if (text.isBlank()) {
            throw new ApiException(ApiError.E_EMPTY, "the text is empty or only white space");
        }
        return new AnalyzeRequest(AnalyzeRequest.checkedId(id), text, field);
    }

    private AnalyzeRequest multipart(byte[] body, String contentType, String idParam) {
        // Everything stays in memory: the threshold is above the body limit, so no part is spooled to disk.
        MultipartConfigElement config = new MultipartConfigElement(null, maxBodyBytes, maxBodyBytes,
                (int) Math.min(Integer.MAX_VALUE, maxBodyBytes + 1));
        MultiPartFormInputStream parser = new MultiPartFormInputStream(new ByteArrayInputStream(body), contentType,
                config, null, 16);
        List<Part> files = new ArrayList<>();
        try {
            for (Part p : parser.getParts()) {
                if ("file".equals(p.getName())) {
                    files.add(p);
                }
            }
            if (files.size() != 1) {
                throw new ApiException(ApiError.E_BAD_REQUEST,
                        "multipart/form-data needs exactly one part named 'file', found " + files.size());
            }
            Part file = files.get(0);
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = readBounded(in, maxBodyBytes);
            }
            String name = file.getSubmittedFileName();
            MediaType partType = MediaType.parse(file.getContentType() == null ? "" : file.getContentType());
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            boolean isHtml = partType.essence().equals("text/html") || partType.essence().equals("application/xhtml+xml")
                    || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
            boolean isText = partType.essence().isEmpty() || partType.essence().equals("text/plain")
                    || partType.essence().equals("application/octet-stream") || partType.essence().startsWith("text/");
            if (!isHtml && !isText) {
                throw new ApiException(ApiError.E_UNSUPPORTED_MEDIA_TYPE, "unsupported file type '"
                        + partType.essence() + "'; upload a UTF-8 text or HTML file");
            }
            String id = idParam != null ? AnalyzeRequest.checkedId(idParam) : AnalyzeRequest.idFromFileName(name);
            return isHtml ? html(id, bytes, partType.charset())
                    : new AnalyzeRequest(id, text(bytes, partType.charset()), "text");
        } catch (IOException | IllegalStateException e) {
            // Jetty reports malformed multipart as IOException and over-limit parts as IllegalStateException.
            if (e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("exceeds")) {
                throw new ApiException(ApiError.E_TOO_LARGE, "the uploaded file is larger than " + maxBodyBytes + " bytes");
            }
            throw new ApiException(ApiError.E_BAD_REQUEST, "malformed multipart/form-data body");
        } finally {
            parser.deleteParts();
        }
    }

    /** Strict decoding (bad bytes are an error, not U+FFFD); UTF-8 unless the client declared a charset. */
    static String decodeBytes(byte[] body, String charsetName) {
        Charset cs;
        try {
            cs = charsetName == null ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiException(ApiError.E_UNSUPPORTED_MEDIA_TYPE, "unsupported charset '" + charsetName + "'");
        }
        int start = cs.equals(StandardCharsets.UTF_8) && body.length >= 3 && (body[0] & 0xff) == 0xEF
                && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        if (!cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
            for (int i = start; i < body.length; i++) { // the whole body: a NUL after 8 KB is binary too
                if (body[i] == 0) {
                    throw new ApiException(ApiError.E_BINARY, "binary data (NUL byte at " + i + "), not text");
                }
            }
        }
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) { // UTF-16/32: NUL bytes are normal there, a NUL character is not
                throw new ApiException(ApiError.E_BINARY, "binary data (NUL character at " + nul + "), not text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ApiException(ApiError.E_BAD_ENCODING, "the body is not valid " + cs.name() + " text");
        }
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.lines().findFirst().orElse("");
        return t.length() > 160 ? t.substring(0, 160) : t;
    }

    /** A parsed Content-Type: lower-case {@code type/subtype} and the charset parameter, if any. */
    record MediaType(String essence, String charset) {
        static MediaType parse(String header) {
            String[] parts = header.split(";");
            String essence = parts[0].trim().toLowerCase(Locale.ROOT);
            String charset = null;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                int eq = p.indexOf('=');
                if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                    charset = p.substring(eq + 1).trim().replace("\"", "");
                }
            }
            return new MediaType(essence, charset);
        }
    }
}
