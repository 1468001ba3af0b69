package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word stranded as a sentence of its own when a translator reordered clauses: {@code …做出了积极贡献。亚洲。}.
 * Only the clearest case is claimed: one to three Chinese characters ended by a full stop, right
 * after another sentence's end on the same line, that HanLP reads as nouns (亚洲, 人民). A verb or an
 * interjection standing so is a curt sentence of its own ({@code …的重复注册。忽略。}, {@code …的支持。谢谢。}),
 * as messages and acknowledgements end. No repair can be known.
 */
public final class OrphanDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.ORPHAN);
    }

    static final int MAX_LETTERS = 3;

    @Override
    public List<Seam> find(SeamContext ctx) {
        String t = ctx.text;
        List<Seam> out = new ArrayList<>();
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i - 1) != '。') {
                continue;
            }
            int e = i;
            while (e < t.length() && e - i <= MAX_LETTERS && Chars.isHan(t.charAt(e))) {
                e++;
            }
            int letters = e - i;
            if (letters >= 1 && letters <= MAX_LETTERS && e < t.length() && t.charAt(e) == '。'
                    && (e + 1 == t.length() || t.charAt(e + 1) == '\n') && DuplicationDetector.onlyNouns(t.substring(i, e))) {
                out.add(Seam.of(i, e + 1, SeamType.ORPHAN, 0.5, "a word standing alone as a sentence at the end of a paragraph"));
            }
        }
        return out;
    }
}
