package io.mixdoc.stage;

import io.mixdoc.Diagnostic;
import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records what is wrong with the input itself, as data with stable codes, capped so that a
 * hostile input cannot make the layer huge: {@code E_REPLACEMENT_CHAR} (bytes that did not decode),
 * {@code E_CONTROL_CHAR}, {@code E_MOJIBAKE} (UTF-8 read as Latin-1, or GBK's 锟斤拷),
 * {@code E_LONG_LINE}, and {@code E_TOO_MANY_DIAGNOSTICS} when the cap is reached.
 */
public final class InputDiagnostics implements Stage {
    public static final int MAX_DIAGNOSTICS = 50;
    public static final int LONG_LINE = 100_000;

    @Override
    public String id() {
        return "diagnostics";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.DIAGNOSTIC;
    }

    @Override
    public Document apply(Document doc) {
        String t = doc.text();
        List<Diagnostic> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < t.length() && out.size() <= MAX_DIAGNOSTICS; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                if (i - lineStart > LONG_LINE) {
                    out.add(new Diagnostic(lineStart, i, "E_LONG_LINE", "line of " + (i - lineStart) + " characters"));
                }
                lineStart = i + 1;
            } else if (c == '\uFFFD') {
                int e = run(t, i, '\uFFFD');
                out.add(new Diagnostic(i, e, "E_REPLACEMENT_CHAR", "undecodable bytes were replaced"));
                i = e - 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
                out.add(new Diagnostic(i, i + 1, "E_CONTROL_CHAR", String.format("control character U+%04X", (int) c)));
            } else if (t.startsWith("锟斤拷", i)) {
                out.add(new Diagnostic(i, i + 3, "E_MOJIBAKE", "锟斤拷: UTF-8 replacement bytes read as GBK"));
                i += 2;
            } else if ((c == 'Ã' || c == 'Â' || c == 'å' || c == 'æ' || c == 'ç' || c == 'è' || c == 'é')
                    && i + 1 < t.length() && t.charAt(i + 1) >= 0x80 && t.charAt(i + 1) <= 0xBF) {
                out.add(new Diagnostic(i, i + 2, "E_MOJIBAKE", "UTF-8 bytes read as Latin-1"));
                i++;
            }
        }
        if (t.length() - lineStart > LONG_LINE && out.size() <= MAX_DIAGNOSTICS) {
            out.add(new Diagnostic(lineStart, t.length(), "E_LONG_LINE", "line of " + (t.length() - lineStart) + " characters"));
        }
        if (out.size() > MAX_DIAGNOSTICS) {
            out = new ArrayList<>(out.subList(0, MAX_DIAGNOSTICS));
            int at = out.get(MAX_DIAGNOSTICS - 1).end(); // where listing stopped
            out.add(new Diagnostic(at, at, "E_TOO_MANY_DIAGNOSTICS", "more than " + MAX_DIAGNOSTICS + " problems; the rest are not listed"));
        }
        return doc.with(Layers.DIAGNOSTIC, out);
    }

    private static int run(String t, int i, char c) {
        int e = i;
        while (e < t.length() && t.charAt(e) == c) {
            e++;
        }
        return e;
    }
}
