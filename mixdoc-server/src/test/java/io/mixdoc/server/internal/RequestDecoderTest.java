package io.mixdoc.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestDecoderTest {
    private final RequestDecoder decoder = new RequestDecoder(1000);

    private static ApiError refused(Runnable r) {
        return assertThrows(ApiException.class, r::run).error();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextIsUtf8ByDefaultAndTheDeclaredCharsetOtherwise() {
        AnalyzeRequest r = decoder.decode("text/plain", utf8("\uFEFF中文 text 𠮷"), null);
        assertEquals("中文 text 𠮷", r.text());
        assertEquals("doc", r.id());
        assertEquals("text", r.format());
        byte[] gbk = "中文 text".getBytes(Charset.forName("GBK"));
        assertEquals("中文 text", decoder.decode("Text/Plain; charset=\"GBK\"", gbk, "a-1").text());
    }

    @Test
    void badTextIsRefusedWithAStableCode() {
        assertEquals(ApiError.E_BAD_ENCODING, refused(() -> decoder.decode("text/plain", new byte[] {'a', (byte) 0xff}, null)));
        assertEquals(ApiError.E_BINARY, refused(() -> decoder.decode("text/plain", new byte[] {'a', 0, 'b'}, null)));
        assertEquals(ApiError.E_EMPTY, refused(() -> decoder.decode("text/plain", utf8(" \n\t"), null)));
        assertEquals(ApiError.E_UNSUPPORTED_MEDIA_TYPE, refused(() -> decoder.decode("text/plain; charset=x-nope", utf8("a"), null)));
        assertEquals(ApiError.E_UNSUPPORTED_MEDIA_TYPE, refused(() -> decoder.decode("image/png", utf8("a"), null)));
        assertEquals(ApiError.E_UNSUPPORTED_MEDIA_TYPE, refused(() -> decoder.decode(null, utf8("a"), null)));
        assertEquals(ApiError.E_BAD_REQUEST, refused(() -> decoder.decode("text/plain", utf8("a"), "../etc/passwd")));
    }

    @Test
    void htmlIsReducedToItsText() {
        AnalyzeRequest r = decoder.decode("text/html; charset=utf-8",
                utf8("<html><body><p>Hello <b>世界</b></p><script>alert(1)</script></body></html>"), "page");
        assertEquals("html", r.format());
        assertTrue(r.text().contains("Hello 世界"), r.text());
        assertFalse(r.text().contains("alert"), r.text());
        assertEquals(ApiError.E_EMPTY, refused(() -> decoder.decode("text/html", utf8("<html><body></body></html>"), null)));
    }

    @Test
    void jsonTakesTextOrHtmlAndRejectsEverythingElse() {
        assertEquals("中文", decoder.decode("application/json", utf8("{\"text\":\"中文\",\"id\":\"x1\"}"), null).text());
        assertEquals("x1", decoder.decode("application/json", utf8("{\"text\":\"中文\",\"id\":\"x1\"}"), null).id());
        assertEquals("Hi", decoder.decode("application/json", utf8("{\"html\":\"<p>Hi</p>\"}"), null).text());
        assertEquals(ApiError.E_BAD_JSON, refused(() -> decoder.decode("application/json", utf8("{\"text\": "), null)));
        assertEquals(ApiError.E_BAD_JSON, refused(() -> decoder.decode("application/json", utf8("[1]"), null)));
        assertEquals(ApiError.E_BAD_JSON, refused(() -> decoder.decode("application/json", utf8("{\"text\":1}"), null)));
        assertEquals(ApiError.E_BAD_JSON, refused(() -> decoder.decode("application/json", utf8("{\"text\":\"a\",\"html\":\"b\"}"), null)));
        assertEquals(ApiError.E_BAD_JSON, refused(() -> decoder.decode("application/json", utf8("{\"text\":\"a\",\"path\":\"/etc/passwd\"}"), null)));
        assertEquals(ApiError.E_EMPTY, refused(() -> decoder.decode("application/json", utf8("{\"text\":\"  \"}"), null)));
    }

    @Test
    void multipartUploadIsParsedInMemoryAndItsNameIsOnlyAnIdHint() {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"../../secret/Report 1.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n"
                + "<p>Hello 世界</p>\r\n"
                + "--" + boundary + "--\r\n";
        AnalyzeRequest r = decoder.decode("multipart/form-data; boundary=" + boundary, utf8(body), null);
        assertEquals("Report_1", r.id());
        assertEquals("html", r.format());
        assertEquals("Hello 世界", r.text());

        String pdf = body.replace("text/html", "application/pdf").replace(".html", ".pdf");
        assertEquals(ApiError.E_UNSUPPORTED_MEDIA_TYPE,
                refused(() -> decoder.decode("multipart/form-data; boundary=" + boundary, utf8(pdf), null)));
        String noFile = body.replace("name=\"file\"", "name=\"other\"");
        assertEquals(ApiError.E_BAD_REQUEST,
                refused(() -> decoder.decode("multipart/form-data; boundary=" + boundary, utf8(noFile), null)));
        assertEquals(ApiError.E_BAD_REQUEST,
                refused(() -> decoder.decode("multipart/form-data; boundary=" + boundary, utf8("junk"), null)));
    }

    @Test
    void readingStopsOneBytePastTheLimit() throws Exception {
        assertEquals(1000, RequestDecoder.readBounded(new ByteArrayInputStream(new byte[1000]), 1000).length);
        ApiException e = assertThrows(ApiException.class,
                () -> RequestDecoder.readBounded(new ByteArrayInputStream(new byte[5000]), 1000));
        assertEquals(ApiError.E_TOO_LARGE, e.error());
    }

    @Test
    void fileNamesBecomeSafeIds() {
        assertEquals("a.b", AnalyzeRequest.idFromFileName("C:\\x\\a.b.txt"));
        assertEquals("doc", AnalyzeRequest.idFromFileName(".."));
        assertEquals("doc", AnalyzeRequest.idFromFileName(null));
        assertEquals("___", AnalyzeRequest.idFromFileName("中文名.txt"));
    }

    /** A body stream that fails the way Jetty's does when the client stops sending. */
    private static java.io.InputStream failing(java.io.IOException e) {
        return new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw e;
            }
        };
    }

    @Test
    void aBodyThatStopsArrivingIs408AndOneThatEndsEarlyIs400() {
        java.io.IOException idle = new java.io.IOException(new java.util.concurrent.TimeoutException("Idle timeout expired"));
        assertEquals(ApiError.E_REQUEST_TIMEOUT, refused(() -> RequestDecoder.readBody(failing(idle), 100)));
        assertEquals(ApiError.E_INCOMPLETE_BODY, refused(() -> RequestDecoder.readBody(failing(new java.io.EOFException("Early EOF")), 100)));
        assertEquals(408, ApiError.E_REQUEST_TIMEOUT.status());
    }

    @Test
    void hostHeadersAreReadWithOrWithoutPortAndBrackets() {
        assertEquals("[::1]", AccessCheck.hostName("[::1]:8080"));
        assertEquals("localhost", AccessCheck.hostName("localhost:8080"));
        assertEquals("example.org", AccessCheck.hostName("example.org"));
        AccessCheck check = new AccessCheck("127.0.0.1", java.util.Set.of("mixdoc.example.org"), java.util.Set.of());
        check.check("GET", "[::1]:8080", null, 8080);
        check.check("GET", "MIXDOC.example.org.", null, 8080);
        check.check("POST", "localhost:8080", "http://localhost:8080", 8080);
        check.check("POST", "localhost:8080", null, 8080); // curl and scripts send no Origin
        assertEquals(ApiError.E_FORBIDDEN_HOST, refused(() -> check.check("GET", "127.0.0.1.nip.io:8080", null, 8080)));
        assertEquals(ApiError.E_FORBIDDEN_ORIGIN, refused(() -> check.check("POST", "localhost:8080", "http://localhost:3000", 8080)));
        check.check("GET", "localhost:8080", "https://evil.example", 8080); // reading needs CORS, which is never granted
    }
}
