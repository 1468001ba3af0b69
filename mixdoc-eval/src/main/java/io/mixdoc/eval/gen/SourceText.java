package io.mixdoc.eval.gen;

import io.mixdoc.text.Chars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Clean prose from a plain-text manual (a Debian package's {@code .txt} or {@code .txt.gz}), reflowed:
 * the manual wraps lines at a fixed width, which is layout, not text. Blocks that look like code,
 * tables or tables of contents are skipped: the generators damage prose.
 */
public final class SourceText {
    private SourceText() {
    }

    /** The prose paragraphs of {@code file}, in order. */
    public static List<String> paragraphs(Path file) throws IOException {
        String raw;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            raw = new String(bytes, StandardCharsets.UTF_8).replace('\u00A0', ' '); // the manuals indent with no-break spaces
        }
        List<String> out = new ArrayList<>();
        for (String block : raw.replace("\r", "").split("\n\\s*\n")) {
            String p = reflow(block);
            if (isProse(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Joins wrapped lines: nothing between two Chinese characters, one space otherwise. */
    static String reflow(String block) {
        StringBuilder b = new StringBuilder();
        for (String line : block.split("\n")) {
            String l = line.strip();
            if (l.startsWith("* ")) {
                l = l.substring(2);
            }
            if (l.isEmpty()) {
                continue;
            }
            if (!b.isEmpty()) {
                int last = b.codePointBefore(b.length());
                int first = l.codePointAt(0);
                boolean cjk = (Chars.isHan(last) || Chars.isCjkPunct(last)) && (Chars.isHan(first) || Chars.isCjkPunct(first));
                if (!cjk) {
                    b.append(' ');
                }
            }
            b.append(l);
        }
        return b.toString().replaceAll(" ?\\^\\[\\d+\\]", "");
    }

    /** Mostly letters, no table rules or shell prompts (footnote marks are taken out by {@link #reflow}). */
    static boolean isProse(String p) {
        if (p.length() < 40 || p.contains("|") || p.startsWith("$") || p.startsWith("#") || p.contains("====")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < p.length(); i++) {
            if (Chars.isLetter(p.charAt(i))) {
                letters++;
            }
        }
        return letters >= 0.6 * p.length();
    }

    /** Paragraphs grouped into documents of at least {@code minChars}, one paragraph per line. */
    public static List<String> documents(List<String> paragraphs, int minChars) {
        List<String> docs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String p : paragraphs) {
            if (!cur.isEmpty()) {
                cur.append('\n');
            }
            cur.append(p);
            if (cur.length() >= minChars) {
                docs.add(cur.toString());
                cur.setLength(0);
            }
        }
        return docs;
    }
}
