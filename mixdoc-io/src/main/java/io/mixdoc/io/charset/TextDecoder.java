package io.mixdoc.io.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.mixdoc.io.RecordError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one record into text. Order of evidence: a byte-order mark, then a declared
 * charset (HTTP header), then an HTML {@code <meta>} charset (for HTML only), then strict UTF-8, then
 * BOM-less UTF-16, then ICU4J's {@link CharsetDetector} (GB18030/GBK, Big5, the ISO-8859 and
 * windows-125x families, ...). Bytes that are not text in any charset become an error value, never
 * an exception. Thread-safe and stateless.
 */
public final class TextDecoder {
    /** How many leading bytes the statistical detector and the meta sniffer look at. */
    static final int SNIFF_BYTES = 64 * 1024;
    /** Above this share of control characters or U+FFFD, the bytes are taken as binary. */
    static final double MAX_JUNK_SHARE = 0.05;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    /** Decodes plain bytes (no HTML meta sniffing). {@code declared} may be null. */
    public DecodedText decode(byte[] bytes, String declared) {
        return decode(bytes, declared, false);
    }

    /** Decodes the bytes of an HTML page: a {@code <meta charset>} counts after a declared charset. */
    public DecodedText decodeHtml(byte[] bytes, String declared) {
        return decode(bytes, declared, true);
    }

    private DecodedText decode(byte[] bytes, String declared, boolean html) {
        if (bytes.length == 0) {
            return DecodedText.failed(RecordError.EMPTY, "no bytes");
        }
        DecodedText result = choose(bytes, declared, html);
        return result.failed() ? result : check(result);
    }

    private DecodedText choose(byte[] b, String declared, boolean html) {
        // 1. Byte-order marks: the strongest evidence there is.
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return lenient(b, 3, StandardCharsets.UTF_8, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return lenient(b, 2, StandardCharsets.UTF_16BE, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return lenient(b, 2, StandardCharsets.UTF_16LE, "bom");
        }
        // 2. A charset the sender declared (HTTP Content-Type), then 3. an HTML meta charset.
        Optional<Charset> cs = charsetFor(declared);
        if (cs.isPresent()) {
            return lenient(b, 0, cs.get(), "declared");
        }
        if (html) {
            cs = charsetFor(metaCharset(b));
            if (cs.isPresent()) {
                return lenient(b, 0, cs.get(), "meta");
            }
        }
        // 4. Valid UTF-8 is almost never an accident; trust it before statistics.
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return DecodedText.ok(utf8, "UTF-8", "detected", 0);
        }
        // 5. UTF-16 without a BOM: ICU only sees it with a BOM.
        DecodedText utf16 = bomlessUtf16(b);
        if (utf16 != null) {
            return utf16;
        }
        if (hasNul(b)) {
            return DecodedText.failed(RecordError.BINARY, "NUL bytes: binary data, not text");
        }
        // 6. UTF-8 with a few broken sequences (a truncated or spliced page) stays UTF-8.
        if (mostlyUtf8(b)) {
            return lenient(b, 0, StandardCharsets.UTF_8, "detected");
        }
        // 7. Statistics.
        CharsetDetector detector = new CharsetDetector();
        detector.setText(b.length > SNIFF_BYTES ? java.util.Arrays.copyOf(b, SNIFF_BYTES) : b);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            Optional<Charset> c = charsetFor(m.getName());
            if (c.isPresent()) {
                return lenient(b, 0, c.get(), "detected");
            }
        }
        return DecodedText.failed(RecordError.BINARY, "no charset fits these bytes");
    }

    /** Refuses text that is mostly replacement or control characters: that was binary data. */
    private static DecodedText check(DecodedText d) {
        String t = d.text();
        int junk = 0;
        int n = 0;
        int limit = Math.min(t.length(), SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            char c = t.charAt(i);
            n++;
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
                    || (c >= 0x7F && c < 0xA0)) {
                junk++;
            }
        }
        if (n > 0 && junk > MAX_JUNK_SHARE * n) {
            return DecodedText.failed(RecordError.BINARY, String.format(Locale.ROOT,
                    "%d of the first %d characters are control or undecodable characters (as %s): binary data, not text",
                    junk, n, d.charset()));
        }
        if (t.isBlank()) {
            return DecodedText.failed(RecordError.EMPTY, "only white space");
        }
        return d;
    }

    /** The Java charset for a declared or detected name, with the web's usual supersets. */
    static Optional<Charset> charsetFor(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.length() > 2 && (n.startsWith("\"") || n.startsWith("'"))) {
            n = n.substring(1, n.length() - 1);
        }
        switch (n) {
            // GB2312 and GBK pages routinely contain GBK/GB18030-only characters.
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "gb_2312-80", "csgb2312" -> n = "GB18030";
            // The web reads Latin-1 and ASCII declarations as windows-1252.
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii" -> n = "windows-1252";
            case "big5", "big-5", "cn-big5", "x-x-big5", "csbig5" -> n = "Big5";
            case "utf8" -> n = "UTF-8";
            default -> {
            }
        }
        try {
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The charset named by the first HTML {@code <meta>} in the first bytes, or null. */
    static String metaCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static DecodedText lenient(byte[] b, int offset, Charset cs, String source) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((b.length - offset) * (double) dec.maxCharsPerByte()) + 16));
        int replaced = 0;
        while (true) {
            CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (r.isError()) {
                out.put('\uFFFD');
                in.position(in.position() + r.length());
                replaced++;
                continue;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            break;
        }
        dec.flush(out);
        out.flip();
        return DecodedText.ok(out.toString(), cs.name(), source, replaced);
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNul(byte[] b) {
        int limit = Math.min(b.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** At least 8 well-formed multi-byte sequences and at most one broken byte per 20 of them. */
    static boolean mostlyUtf8(byte[] b) {
        int good = 0;
        int bad = 0;
        int i = 0;
        int limit = Math.min(b.length, SNIFF_BYTES * 4);
        while (i < limit) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return good >= 8 && bad * 20 <= good;
    }

    /**
     * UTF-16 without a BOM: even length, decodes strictly, and nearly every character is ASCII text,
     * CJK or CJK punctuation. Legacy CJK encodings read as UTF-16 give Hangul, surrogates or private
     * use characters instead, so they fail this test.
     */
    private static DecodedText bomlessUtf16(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            int sniff = Math.min(b.length, SNIFF_BYTES);
            String head = strict(java.util.Arrays.copyOf(b, sniff - sniff % 2), cs);
            if (head == null || !looksLikeText(head)) {
                continue;
            }
            String all = strict(b, cs);
            if (all != null) {
                return DecodedText.ok(all, cs.name(), "detected", 0);
            }
        }
        return null;
    }

    private static boolean looksLikeText(String s) {
        int plausible = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                    || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) {
                plausible++;
            }
        }
        return s.length() > 0 && plausible >= 0.95 * s.length();
    }
}
