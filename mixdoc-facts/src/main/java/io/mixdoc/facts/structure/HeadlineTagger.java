package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the {@code headline} layer: the article's first line when it reads as a title (short, no
 * sentence end) and no dateline opens the text before it. Offsets are UTF-16 indices, half-open.
 */
public final class HeadlineTagger implements Stage {

    @Override
    public String id() {
        return "headline";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.DATELINE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.HEADLINE;
    }

    @Override
    public Document apply(Document doc) {
        Optional<StructureSpan> dateline = doc.layer(FactsLayers.DATELINE).spans().stream().findFirst();
        return doc.with(FactsLayers.HEADLINE, headline(doc.text(), TextLines.of(doc.text()), dateline).stream().toList());
    }

    private static Optional<StructureSpan> headline(String text, List<Line> lines, Optional<StructureSpan> dateline) {
        if (lines.size() < 3) {
            return Optional.empty();
        }
        Line first = lines.get(0);
        if (dateline.isPresent() && dateline.get().start() <= first.start()) {
            return Optional.empty();
        }
        String t = first.text(text);
        int cps = t.codePointCount(0, t.length());
        boolean han = NameKeys.hasHan(t);
        boolean shortEnough = han ? cps <= 40 : t.split("\\s+").length <= 16;
        char last = t.charAt(t.length() - 1);
        boolean sentenceEnd = last == '。' || last == '.' || last == '；' || last == ';' || last == '，' || last == ',' || last == ':' || last == '：';
        boolean beforeDateline = dateline.isPresent() && dateline.get().start() >= lines.get(1).start();
        if ((beforeDateline || shortEnough) && !sentenceEnd && shortEnough) {
            return Optional.of(StructureSpan.of(first.start(), first.end(), StructureKind.HEADLINE));
        }
        return Optional.empty();
    }
}
