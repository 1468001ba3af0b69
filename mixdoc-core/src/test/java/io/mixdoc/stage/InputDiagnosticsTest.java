package io.mixdoc.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Diagnostic;
import io.mixdoc.Document;
import io.mixdoc.Layers;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputDiagnosticsTest {
    private static List<Diagnostic> diagnose(String text) {
        return new InputDiagnostics().apply(Document.of("t", text)).layer(Layers.DIAGNOSTIC).spans();
    }

    @Test
    void reportsUndecodableBytesControlsAndMojibakeWithOffsets() {
        List<Diagnostic> d = diagnose("ok \uFFFD\uFFFD then\u0007 and 锟斤拷 and cafÃ©");
        assertEquals(List.of("E_REPLACEMENT_CHAR", "E_CONTROL_CHAR", "E_MOJIBAKE", "E_MOJIBAKE"), d.stream().map(Diagnostic::code).toList());
        assertEquals(3, d.get(0).start());
        assertEquals(5, d.get(0).end());
    }

    @Test
    void cleanTextHasNoDiagnosticsAndHostileTextIsCapped() {
        assertTrue(diagnose("中新网乌鲁木齐10月16日电\nHello, world.\t\r\n").isEmpty());
        List<Diagnostic> d = diagnose("\u0001".repeat(10_000));
        assertEquals(InputDiagnostics.MAX_DIAGNOSTICS + 1, d.size());
        assertEquals("E_TOO_MANY_DIAGNOSTICS", d.get(d.size() - 1).code());
    }

    @Test
    void aHugeLineIsNoted() {
        List<Diagnostic> d = diagnose("a".repeat(InputDiagnostics.LONG_LINE + 5));
        assertEquals("E_LONG_LINE", d.get(0).code());
    }
}
