package io.mixdoc.io.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.io.RecordError;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    static final String ZH = "北京大学的研究人员发现，这种新材料的导电性能比铜高出三倍。研究结果发表在《自然》杂志上，"
            + "引起了国际学术界的广泛关注。专家认为，这项技术有望在未来五年内实现商业化应用。";
    final TextDecoder decoder = new TextDecoder();

    private void assertDecodes(byte[] bytes, String declared, String text, String charset, String source) {
        DecodedText d = decoder.decode(bytes, declared);
        assertEquals(null, d.error());
        assertEquals(text, d.text());
        assertEquals(charset, d.charset());
        assertEquals(source, d.source());
    }

    @Test
    void detectsGbkWithoutDeclaration() {
        assertDecodes(ZH.getBytes(Charset.forName("GBK")), null, ZH, "GB18030", "detected");
    }

    @Test
    void detectsGb18030() {
        assertDecodes(ZH.getBytes(Charset.forName("GB18030")), null, ZH, "GB18030", "detected");
    }

    @Test
    void detectsBig5() {
        String tw = "臺灣大學的研究人員發現，這種新材料的導電性能比銅高出三倍。研究結果發表在國際期刊上，引起了學術界的廣泛關注。";
        assertDecodes(tw.getBytes(Charset.forName("Big5")), null, tw, "Big5", "detected");
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = ZH.getBytes(StandardCharsets.UTF_8);
        assertDecodes(plain, null, ZH, "UTF-8", "detected");
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertDecodes(bom, null, ZH, "UTF-8", "bom");
    }

    @Test
    void utf16WithBomAndWithout() {
        String mixed = "Mixed 中文 and English text. " + ZH;
        assertDecodes(mixed.getBytes(StandardCharsets.UTF_16), null, mixed, "UTF-16BE", "bom"); // Java writes a BE BOM
        byte[] le = mixed.getBytes(StandardCharsets.UTF_16LE);
        byte[] leBom = new byte[le.length + 2];
        leBom[0] = (byte) 0xFF;
        leBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, leBom, 2, le.length);
        assertDecodes(leBom, null, mixed, "UTF-16LE", "bom");
        assertDecodes(le, null, mixed, "UTF-16LE", "detected");
        assertDecodes(mixed.getBytes(StandardCharsets.UTF_16BE), null, mixed, "UTF-16BE", "detected");
    }

    @Test
    void declaredCharsetWinsOverDetection() {
        // Valid UTF-8 bytes, but the server says GBK: the declaration is honoured.
        byte[] gbk = ZH.getBytes(Charset.forName("GBK"));
        assertDecodes(gbk, "gb2312", ZH, "GB18030", "declared");
        assertDecodes(gbk, "no-such-charset", ZH, "GB18030", "detected");
    }

    @Test
    void htmlMetaCharsetCountsForHtmlOnly() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>" + ZH + "</body></html>";
        DecodedText d = decoder.decodeHtml(html.getBytes(Charset.forName("GBK")), null);
        assertEquals("GB18030", d.charset());
        assertEquals("meta", d.source());
        assertEquals(html, d.text());
    }

    @Test
    void mostlyUtf8WithAFewBrokenBytesStaysUtf8() {
        byte[] b = ZH.getBytes(StandardCharsets.UTF_8);
        b[10] = (byte) 0xFF;
        DecodedText d = decoder.decode(b, null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.replaced() >= 1 && d.replaced() <= 3, "one broken character: " + d.replaced());
        assertTrue(d.text().contains("\uFFFD"));
    }

    @Test
    void badBytesBecomeErrors() {
        assertEquals(RecordError.EMPTY, decoder.decode(new byte[0], null).error().code());
        assertEquals(RecordError.EMPTY, decoder.decode(" \n ".getBytes(StandardCharsets.US_ASCII), null).error().code());
        byte[] random = new byte[2048];
        new java.util.Random(7).nextBytes(random);
        assertEquals(RecordError.BINARY, decoder.decode(random, null).error().code());
        byte[] controls = new byte[300];
        java.util.Arrays.fill(controls, (byte) 3);
        assertEquals(RecordError.BINARY, decoder.decode(controls, null).error().code());
    }
}
