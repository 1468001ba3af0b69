package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DUPLICATION} beyond Chinese chunks ({@link DuplicationDetector}): Latin and mixed chunks written
 * twice ({@code approved the budget approved the budget}, {@code 使用Redis使用Redis}, {@code the the}), as scrapers
 * and broken pipelines leave them. The repair keeps one copy. Whole lines repeated are
 * {@link RepeatedLineDetector}'s.
 *
 * <p>English doubles words on purpose ({@code had had}, {@code that that}, {@code bye bye}), so a single
 * word doubled is flagged only for articles, prepositions and conjunctions, which never double; a mixed
 * chunk only when its copies are glued.
 */
public final class RepeatedChunkDetector implements SeamDetector {
    @Override
    public Set<SeamType> types() {
        return Set.of(SeamType.DUPLICATION);
    }

    static final Set<String> NEVER_DOUBLED = Set.of("the", "a", "an", "of", "to", "for", "with", "from", "and",
            "or", "in", "on", "at", "by", "our", "their", "its", "his", "my", "your", "this", "these", "those");
    static final int MAX_CHUNK = 40;
    /** "or null if it or null if it": three short words twice are damage; "la la la la la la" is not. */
    static final int MIN_CHUNK_LETTERS = 8;
    /** Two-word repeats occur in real sources ("Xinhua News Xinhua News"); three words are damage. */
    static final int MIN_CHUNK_WORDS = 3;

    @Override
    public List<Seam> find(SeamContext ctx) {
        List<Seam> out = new ArrayList<>();
        chunks(ctx.text, out);
        return out;
    }

    static void chunks(String text, List<Seam> out) {
        int n = text.length();
        int i = 0;
        // A chunk is made of chunk characters and holds a Latin letter: from i, only lengths k with
        // nextLatin < i + k <= runEnd can be one. Both bounds move forward with i (linear in all).
        int runEnd = 0;
        int nextLatin = -1;
        while (i < n) {
            if (!startsToken(text, i)) {
                i++;
                continue;
            }
            if (runEnd <= i) {
                runEnd = i;
                while (runEnd < n && chunkChar(text.charAt(runEnd))) {
                    runEnd++;
                }
            }
            if (nextLatin < i) {
                nextLatin = i;
                while (nextLatin < n && !Chars.isLatinLetter(text.charAt(nextLatin))) {
                    nextLatin++;
                }
            }
            int end = -1;
            String keep = null;
            char first = text.charAt(i);
            int shortest = Math.max(2, nextLatin - i + 1);
            for (int k = Math.min(Math.min(MAX_CHUNK, (n - i) / 2), runEnd - i); k >= shortest && end < 0; k--) {
                // a copy starts with the chunk's first character, glued (at i + k) or after a space (at i + k + 1): the
                // longest k left with either is found by one backward search, and the lengths between are passed over
                k = Math.min(k, text.lastIndexOf(first, i + k + 1) - i);
                if (k < shortest) {
                    break;
                }
                char atK = text.charAt(i + k);
                boolean gluedCandidate = atK == first;
                boolean spacedCandidate = atK == ' ' && i + 2 * k + 1 <= n && text.charAt(i + k + 1) == first;
                if (!gluedCandidate && !spacedCandidate) {
                    continue; // the cheap test first: most places repeat nothing
                }
                boolean glued = gluedCandidate && text.regionMatches(i + k, text, i, k);
                boolean spaced = spacedCandidate && text.regionMatches(i + k + 1, text, i, k);
                if (!glued && !spaced) {
                    continue; // nothing repeats here: no chunk to build
                }
                String x = text.substring(i, i + k);
                if (x.endsWith(" ") || !hasLatin(x) || !x.chars().allMatch(RepeatedChunkDetector::chunkChar)) {
                    continue; // "sendmail |", "Wesley.", "测试过!!!": table cells, citations and emphasis repeat on purpose
                }
                boolean multiWord = x.indexOf(' ') >= 0;
                if (multiWord && oneWordRun(x)) {
                    continue; // "l l l l l l": a troff table's column formats, a refrain; one word run on, no phrase copied
                }
                boolean mixed = x.chars().anyMatch(Chars::isHan);
                // glued: XX (mixed chunks only: two Latin words glued are ExtractionGlueDetector's)
                if (mixed && letters(x) >= 4 && text.startsWith(x, i + k) && endsToken(text, i + 2 * k)) {
                    end = i + 2 * k;
                    keep = x;
                } else if (spacedCandidate && text.startsWith(x, i + k + 1)
                        && endsToken(text, i + 2 * k + 1)
                        && (multiWord && !mixed && letters(x) >= MIN_CHUNK_LETTERS && spaces(x) >= MIN_CHUNK_WORDS - 1
                            || !multiWord && !mixed && NEVER_DOUBLED.contains(x.toLowerCase(java.util.Locale.ROOT)))) {
                    end = i + 2 * k + 1;
                    keep = x;
                }
            }
            if (end > 0) {
                double conf = keep.indexOf(' ') >= 0 || keep.chars().anyMatch(Chars::isHan) ? 0.85 : 0.75;
                // one word doubled ("the the") is also an author's own typo in clean text: proposed, not applied
                double repairConf = conf >= 0.85 ? conf : 0.45;
                out.add(Seam.of(i, end, SeamType.DUPLICATION, conf, "Latin or mixed chunk repeated").withRepair(keep, repairConf));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Letters, digits, Han, spaces and hyphens: what a repeated chunk of text is made of. */
    private static boolean chunkChar(int c) {
        return Chars.isLetter(c) || Character.isDigit(c) || c == ' ' || c == '-';
    }

    private static boolean startsToken(String text, int i) {
        int c = text.charAt(i);
        if (!(Chars.isLatinLetter(c) || Chars.isHan(c))) {
            return false;
        }
        return i == 0 || !Chars.isLatinLetter(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i - 1))
                || Chars.isHan(c);
    }

    private static boolean endsToken(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char last = text.charAt(end - 1);
        char next = text.charAt(end);
        return Chars.isHan(last) || !(Chars.isLatinLetter(next) || Character.isDigit(next));
    }

    /** Is every word of the chunk the same word ({@code l l l l}, {@code la la la})? */
    static boolean oneWordRun(String chunk) {
        String[] words = chunk.split(" ");
        for (String w : words) {
            if (!w.equals(words[0])) {
                return false;
            }
        }
        return true;
    }

    private static int spaces(String s) {
        return (int) s.chars().filter(c -> c == ' ').count();
    }

    private static boolean hasLatin(String s) {
        return s.chars().anyMatch(Chars::isLatinLetter);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Chars::isLetter).count();
    }
}
