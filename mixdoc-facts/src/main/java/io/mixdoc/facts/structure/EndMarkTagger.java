package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the {@code end_mark} layer: the agency's mark closing the article ("（完）", "(END)") in the last
 * two thirds of the text, with nothing but an editor's note after it on its line. At most one span.
 * Offsets are UTF-16 indices into the document text, half-open.
 */
public final class EndMarkTagger implements Stage {
    private static final Pattern END_MARK = Pattern.compile(
            "[（(【\\[]\\s*(?:完|终|完毕|结束|超过|完成|完了|End|END|end|Over|OVER|over|Finish|Finished|Complete|Completed|The End|the end)\\s*[)）】\\]]");

    @Override
    public String id() {
        return "end_mark";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(); // reads the text only;
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.END_MARK;
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(FactsLayers.END_MARK, endMark(Simplified.of(doc), TextLines.of(doc.text())).stream().toList());
    }

    private static Optional<StructureSpan> endMark(String text, List<Line> lines) {
        StructureSpan found = null;
        for (Line l : lines) {
            if (l.start() < text.length() / 3) {
                continue;
            }
            String t = l.text(text);
            Matcher m = END_MARK.matcher(t);
            while (m.find()) {
                String after = t.substring(m.end()).trim();
                // The mark closes the article's last paragraph: nothing, or only an editor's note, follows it.
                if (after.isEmpty() || after.matches("^[（(【\\[].{0,30}[)）】\\]]$")) {
                    found = StructureSpan.of(l.start() + m.start(), l.start() + m.end(), StructureKind.END_MARK);
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
