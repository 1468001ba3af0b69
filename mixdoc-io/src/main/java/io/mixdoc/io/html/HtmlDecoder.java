package io.mixdoc.io.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page to a string. Order of evidence: a byte-order mark, then a charset
 * declared in the first bytes of the page ({@code <meta charset>}, {@code <meta http-equiv content>}
 * or an XML declaration), then strict UTF-8, then ICU's {@link CharsetDetector}. Never throws on bad
 * bytes: undecodable sequences become U+FFFD. No offsets are involved: the result is the page text.
 */
public final class HtmlDecoder {
    /** How far into the page a charset declaration is looked for (the HTML standard prescans 1024). */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /** Decodes {@code bytes}; see the class comment for the order of evidence. */
    public static String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new String(bytes, charsetOf(bytes));
    }

    /** The charset {@link #decode} would use for {@code bytes}. */
    public static Charset charsetOf(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Charset bom = fromByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            return declared;
        }
        if (isStrictUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        return detected(bytes);
    }

    private static Charset fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            Matcher x = XML_ENCODING.matcher(head);
            name = x.find() ? x.group(1) : null;
        }
        return name == null ? null : usable(name);
    }

    /** Maps a declared label to a charset the way browsers do; null when unknown. */
    private static Charset usable(String label) {
        String n = label.trim().toLowerCase(Locale.ROOT);
        // A page whose bytes we could read as ASCII cannot really be UTF-16 (HTML standard rule).
        if (n.startsWith("utf-16") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        // Browsers read these labels as windows-1252, a superset.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        if (n.equals("gb2312") || n.equals("gbk")) {
            n = "gb18030";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // ignore markup when guessing
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null) {
            try {
                return Charset.forName(match.getName());
            } catch (IllegalArgumentException unknown) {
                // fall through to the web's default single-byte charset
            }
        }
        return Charset.forName("windows-1252");
    }
}
