package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import io.mixdoc.text.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A partial Latin word where it touches Chinese ({@link CutSite}): a {@link SeamType#FRAGMENT}, completed
 * when it can be ({@link Completer}). A word the lexicon or the document knows is a fragment only when the
 * document or the Chinese beside it says what it was cut from, and then its repair is a proposal.
 * Left alone: acronyms and names embedded in Chinese ({@code 改为MWP（}, {@code 收购Pandaigood业务}),
 * apostrophes ({@code People’s}), units after digits.
 */
public final class FragmentDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.FRAGMENT);
    }

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        for (LatinToken t : ctx.tokens) {
            ctx.deadline.check();
            if (!CutSite.chineseNear(ctx, t)) {
                continue; // most words stand among Latin text: no side of a cut, and no rule below is asked about them
            }
            Seam s = at(ctx, t);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The fragment the token is, or null: every rule, asked of any token ({@link #find} asks only those near Chinese). */
    static Seam at(SeamContext ctx, LatinToken t) {
        if (CutSite.leftAlone(ctx, t) || afterHyphen(ctx, t)) {
            return null; // 机器人－bot, 中文-friendly: a hyphen joins a term to its gloss or its half; a cut leaves none
        }
        if (CodeWordContext.namesOrFormat(ctx.text, t.start(), t.end())) {
            return null; // 如id,name,code, 0x%08lx: a program's names and formats, never a cut word
        }
        if (LatinListItem.at(ctx.text, t.start(), t.end()) || LatinListItem.endsChineseItem(ctx.text, t.start(), t.end())) {
            return null; // 命令：popcon, reportbug, bts; ；ps fg bg ；; 用户id、中文名: a list's mark beside the word, not a cut's edge
        }
        if (ctx.inRecurringStretch(t) && t.text().length() >= 2) {
            return null; // 词语的id … 词性的id … 名称的id: a word the document keeps writing beside Chinese is its term
        }
        if (CodeWordContext.namedAsOption(ctx.text, t.end(), lineEnd(ctx.text, t.end()))) {
            return null; // 用ps 命令, 使用 background 选项: the Chinese names what the word is, a whole name
        }
        if (t.text().length() >= 2 && ctx.writtenAsCodeElsewhere(t)) {
            return null; // stepsItem.d.ts … ts插槽: a name the document writes in code or a file name is that name, whole
        }
        boolean known = CutSite.known(ctx, t);
        Seam s = switch (CutSite.sideOf(ctx, t, known)) {
            case EMBEDDED -> embedded(ctx, t, known);
            case BEFORE -> tail(ctx, t, known, 0.85);
            case AFTER -> head(ctx, t, known);
            case AFTER_DIGITS -> tail(ctx, t, known, 0.7); // 每37pliers
            case AFTER_SPACE -> CutSite.fragment(t, Completer.complete(ctx, t.text(), false, t.start(), t.end()), 0.7, "tail");
            case OTHER -> spacedOrPunctuatedHead(ctx, t, known);
        };
        return s != null && !(known && IndexEntryLine.at(ctx.text, t.start())) ? s : null; // a whole word of an index line
    }

    /**
     * A single Latin token with Chinese on both sides but inside a longer Latin stretch
     * (a term phrase on its own was skipped already): claimed only when it is no word or term.
     */
    private static Seam embedded(SeamContext ctx, LatinToken t, boolean known) {
        if (!t.isLowerCase() || known) {
            return null; // a name or a term used inside Chinese
        }
        Completer.Completion asTail = Completer.complete(ctx, t.text(), false, t.start(), t.end());
        Completer.Completion asHead = Completer.complete(ctx, t.text(), true, t.start(), t.end());
        if (asTail == null && asHead == null) {
            return null;
        }
        boolean tail = asHead == null || (asTail != null && asTail.confidence() >= asHead.confidence());
        Completer.Completion c = tail ? asTail : asHead;
        return CutSite.fragment(t, new Completer.Completion(c.word(), c.confidence() * 0.7), 0.75, tail ? "tail" : "head");
    }

    /** Chinese, then a lower-case Latin word: the end of a cut word, unless it is a whole one. */
    private static Seam tail(SeamContext ctx, LatinToken t, boolean known, double confidence) {
        if (!Character.isLowerCase(t.text().charAt(0)) || CutSite.unitAfterNumber(ctx, t)) {
            return null; // a capitalised word starts a name or a clause (ClauseSwitchDetector's); 4四th, 3km
        }
        if (!known) {
            return CutSite.fragment(t, Completer.complete(ctx, t.text(), false, t.start(), t.end()), confidence, "tail");
        }
        return CutSite.knownTailFragment(ctx, t);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** Hyphens (not dashes: {@code 合作——and} is a cut) written between Chinese and the token; {@code photo-stagram} is no such. */
    private static final String HYPHENS = "-‐‑－";

    private static boolean afterHyphen(SeamContext ctx, LatinToken t) {
        int hyphen = ctx.cpBefore(t.start());
        return HYPHENS.indexOf(hyphen) >= 0 && Chars.isHan(ctx.cpBefore(t.start() - Character.charCount(hyphen)));
    }

    /** A Latin word, then Chinese: the start of a cut word. */
    private static Seam head(SeamContext ctx, LatinToken t, boolean known) {
        boolean clause = CutSite.clauseBefore(ctx, t);
        int next = ctx.cpAt(t.end());
        if (!known) {
            if (t.isCapitalised() && ctx.inTitle(t)) {
                return null; // Debian Wiki on Keysigning: the last word of a title, not a cut
            }
            if (clause || t.isLowerCase()) {
                return CutSite.fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), clause ? 0.85 : 0.6, "head");
            }
            if (t.text().length() >= 2 && t.text().length() <= 3 && !Pinyin.isSyllable(t.text()) && Chars.isHan(next)) {
                return CutSite.fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), 0.55, "head"); // Th们总是
            }
            return null;
        }
        if (ClauseSwitchDetector.termBeforeAside(ctx.text, t.end())) {
            return null; // can't find something（找不到什么东西）: Chinese in brackets glosses the English, it finishes no word
        }
        Completer.Completion said = CutSite.knownHeadCompletion(ctx, t);
        if (said != null && (clause || Chars.isHan(next))) {
            return CutSite.fragment(t, CutSite.proposal(said), 0.7, "head");
        }
        return null;
    }

    /**
     * The end of an English clause meeting Chinese through digits ({@code meteor2020年}) or a space
     * ({@code pigs 头猪}, {@code tou “}) with an unknown word: its head was cut.
     */
    private static Seam spacedOrPunctuatedHead(SeamContext ctx, LatinToken t, boolean known) {
        if (known || !CutSite.chineseAhead(ctx, t) || !CutSite.clauseEndsHere(ctx, t)) {
            return null; // known words end clauses (ClauseSwitchDetector's)
        }
        String text = ctx.text;
        int e = t.end();
        char c = text.charAt(e);
        if (Character.isDigit(c)) {
            return CutSite.digitsThenHan(ctx, e) ? CutSite.fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), 0.8, "head") : null;
        }
        if (c == ' ' && e + 1 < text.length() && t.isLowerCase()) {
            int d = text.charAt(e + 1);
            boolean quoteThenEnd = (d == '”' || d == '“') && (e + 2 >= text.length() || text.charAt(e + 2) == '\n'
                    || Chars.isHan(text.charAt(e + 2)));
            if (Chars.isHan(d) || quoteThenEnd) {
                return CutSite.fragment(t, Completer.complete(ctx, t.text(), true, t.start(), t.end()), 0.65, "head");
            }
        }
        return null;
    }
}
