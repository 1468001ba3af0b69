package io.mixdoc.facts.structure;

import io.mixdoc.Document;
import io.mixdoc.LayerKey;
import io.mixdoc.Stage;
import io.mixdoc.facts.FactsLayers;
import io.mixdoc.facts.StructureKind;
import io.mixdoc.facts.StructureSpan;
import io.mixdoc.facts.internal.NameKeys;
import io.mixdoc.text.Simplified;
import io.mixdoc.facts.internal.TextLines;
import io.mixdoc.facts.internal.TextLines.Line;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds the {@code headline} layer: the article's first line when it reads as a title (short, no
 * sentence end) and no dateline opens the text before it; a line opened by a turn's label ({@code 问：},
 * {@code Q:}) or a credit ({@code By …}, {@code 文/图}) is no title. Offsets are UTF-16 indices, half-open.
 */
public final class HeadlineTagger implements Stage {
    /** A turn's label opening the line: "问：", "答:", "记者：", "路透社记者：", "Q:", "Question:". */
    private static final Pattern TURN_LABEL = Pattern.compile(
            "^\\s*(?:问|答|[\\p{IsHan}]{0,8}记者|Q|A|Question|Answer)\\s*[：:]");
    /** A list's item or a section's number opening the line: "一、", "（二）", "3. ". */
    private static final Pattern ENUMERATION = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．]\\s)");
    /** A Chinese full stop with more text after it on the line: a title has no sentence inside it. */
    private static final Pattern FULL_STOP_INSIDE = Pattern.compile("。\\s*\\S");
    /** How early in the next line the wrapped sentence of a hard-wrapped first line may end. */
    private static final int WRAPPED_SENTENCE_END = 6;

    /**
     * "一九八九年四月，我在湖南张家界开一个全省教学研究⏎会议。按照惯例……": text wrapped at a fixed width, whose first
     * line is a clause (it holds a comma) that the next line ends within its first few characters.
     */
    private static boolean wrappedSentence(String first, String next) {
        int stop = next.indexOf('。');
        return first.indexOf('，') >= 0 && stop >= 0 && stop < WRAPPED_SENTENCE_END;
    }

    /** A credit opening the line: "By Jane Smith", "文/图 张三", "记者 王五", "责任编辑：李四". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\s*(?:(?:By|BY)\\s+\\p{Lu}|[（(【\\[]?(?:文|图|文/图|图/文|作者|撰文|责任编辑|编辑|本报记者|记者)\\s*[/／：:|丨\\s])");

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
        return doc.with(FactsLayers.HEADLINE, headline(Simplified.of(doc), TextLines.of(doc.text()), dateline).stream().toList());
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
        if (TURN_LABEL.matcher(t).find() || CREDIT_LINE.matcher(t).find() || ENUMERATION.matcher(t).find()) {
            return Optional.empty(); // an interview's first question, the author's line or a list's item, not a title
        }
        if (FULL_STOP_INSIDE.matcher(t).find() || wrappedSentence(t, lines.get(1).text(text))) {
            return Optional.empty(); // prose: a sentence ends inside the line, or the next line ends its sentence
        }
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
