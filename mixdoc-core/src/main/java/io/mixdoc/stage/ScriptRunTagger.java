package io.mixdoc.stage;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Layers;
import io.mixdoc.Script;
import io.mixdoc.ScriptRun;
import io.mixdoc.Stage;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the text into runs of one writing system. The runs tile the whole text:
 * characters without a script (spaces, digits, punctuation) join the run before them, and those
 * before the first letter join the first run. A text with no letters is one {@link Script#NONE} run.
 */
public final class ScriptRunTagger implements Stage {
    @Override
    public String id() {
        return "scripts";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public LayerKey<?> produces() {
        return Layers.SCRIPT;
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Layers.SCRIPT, runs(doc.text()));
    }

    static List<ScriptRun> runs(String text) {
        List<ScriptRun> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        int runStart = 0;
        Script current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Script s = Chars.script(cp);
            if (s != Script.NONE) {
                if (current == null) {
                    current = s;
                } else if (s != current) {
                    out.add(new ScriptRun(runStart, i, current));
                    runStart = i;
                    current = s;
                }
            }
            i += Character.charCount(cp);
        }
        out.add(new ScriptRun(runStart, text.length(), current == null ? Script.NONE : current));
        return out;
    }
}
