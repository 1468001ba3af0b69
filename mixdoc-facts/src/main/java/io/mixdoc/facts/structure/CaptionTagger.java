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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds the {@code caption} layer: whole lines outside boilerplate that caption a photograph (a
 * photo credit at the end, "图为" at the start, "(Xinhua/Li Ming)"). Offsets are UTF-16 indices, half-open.
 */
public final class CaptionTagger implements Stage {
    private static final Pattern ZH_CAPTION_END = Pattern.compile(
            "(?:供图|供稿图|摄影?|图片来源[:：][^\\n]{0,40}|图源[:：][^\\n]{0,40})\\s*[)）]?\\s*[。.]?$");
    private static final Pattern ZH_PHOTOGRAPHER = Pattern.compile("[\\p{IsHan}·]{2,5}\\s*摄影?\\s*[)）]?\\s*[。.]?$");
    private static final Pattern EN_CAPTION = Pattern.compile(
            "(?i)\\b(?:photos?|photograph|image|picture)s?\\s+(?:courtesy\\s+of|by|provided\\s+by|credit)\\b|\\bphotographed\\s+by\\b"
                    + "|\\b(?:reporter|correspondent)\\s+[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s+(?:photo|photography|photographed)\\s*[)）]?\\s*\\.?$"
                    + "|[(（]\\s*courtesy\\s+of\\s+[^.()]{2,60}[)）]\\s*\\.?$"
                    + "|\\((?:Xinhua|CNS|AP|AFP|Reuters|IC|VCG)(?:/[^)]{1,40})?(?:\\s+photo)?\\)\\s*$|^(?:photo|caption)\\s*:");
    private static final Pattern CAPTION_START = Pattern.compile("^(?:图为|图[:：]|资料图[:：]?|图片[:：])");

    @Override
    public String id() {
        return "captions";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(FactsLayers.BOILERPLATE);
    }

    @Override
    public LayerKey<?> produces() {
        return FactsLayers.CAPTION;
    }

    @Override
    public Document apply(Document doc) {
        List<StructureSpan> boilerplate = doc.layer(FactsLayers.BOILERPLATE).spans();
        return doc.with(FactsLayers.CAPTION, captions(Simplified.of(doc), TextLines.of(doc.text()), boilerplate, doc.deadline()));
    }

    private static List<StructureSpan> captions(String text, List<Line> lines, List<StructureSpan> boilerplate,
                                                io.mixdoc.Deadline deadline) {
        List<StructureSpan> out = new ArrayList<>();
        StructureRanges inBoilerplate = StructureRanges.of(boilerplate);
        for (Line l : lines) {
            deadline.check(); // one check per line: LinearWorkTest counts the lines this stage reads
            if (inBoilerplate.inside(l.start())) {
                continue;
            }
            String t = l.text(text);
            if (t.codePointCount(0, t.length()) > 400) {
                continue;
            }
            boolean zhEnd = ZH_CAPTION_END.matcher(t).find()
                    && (!t.endsWith("摄") && !t.endsWith("摄影") || ZH_PHOTOGRAPHER.matcher(t).find());
            if (zhEnd || EN_CAPTION.matcher(t).find() || CAPTION_START.matcher(t).find()) {
                out.add(StructureSpan.of(l.start(), l.end(), StructureKind.CAPTION));
            }
        }
        return out;
    }
}
