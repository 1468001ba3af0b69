package io.mixdoc.io.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlDecoderTest {
    @Test
    void honoursMetaCharset() {
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body>caf\u00e9 \u2019</body></html>"
                .getBytes(Charset.forName("windows-1252"));
        assertTrue(HtmlDecoder.decode(bytes).contains("caf\u00e9 \u2019"));
    }

    @Test
    void honoursHttpEquivAndReadsLatin1AsWindows1252() {
        byte[] bytes = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<p>\u201cquoted\u201d</p>").getBytes(Charset.forName("windows-1252"));
        assertTrue(HtmlDecoder.decode(bytes).contains("\u201cquoted\u201d"));
    }

    @Test
    void decodesDeclaredChineseCharsets() {
        String text = "<meta charset=gb2312><p>\u4e2d\u6587\u6587\u672c</p>";
        assertTrue(HtmlDecoder.decode(text.getBytes(Charset.forName("GB18030"))).contains("\u4e2d\u6587\u6587\u672c"));
    }

    @Test
    void byteOrderMarkWins() {
        byte[] body = "<meta charset=windows-1252><p>\u00e9\ud842\udfb7</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(StandardCharsets.UTF_8, HtmlDecoder.charsetOf(withBom));
        assertTrue(HtmlDecoder.decode(withBom).contains("\u00e9\ud842\udfb7"));
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseDetected() {
        String text = "<p>\u00e9t\u00e9 \ud842\udfb7 \u4e2d\u6587</p>";
        assertEquals(StandardCharsets.UTF_8, HtmlDecoder.charsetOf(text.getBytes(StandardCharsets.UTF_8)));
        String french = "<html><body><p>Les \u00e9l\u00e8ves ont d\u00e9j\u00e0 re\u00e7u leur r\u00e9sultat, "
                + "et la r\u00e9ponse du minist\u00e8re est arriv\u00e9e tr\u00e8s t\u00f4t ce matin-l\u00e0.</p>"
                + "</body></html>";
        byte[] latin = french.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(french, HtmlDecoder.decode(latin));
    }
}
