package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RepeatedChunkDetector#chunks} passes over, by one backward search for the chunk's first character, the
 * lengths whose copy could not start there (neither glued nor after a space): it must find the seams the old loop
 * over every length found (kept here as the reference) on team-written and random texts.
 */
class RepeatedChunkDetectorSearchTest {
    private static final String[] TEXTS = {
        "approved the budget approved the budget, and the the vote. 使用Redis使用Redis缓存。or null if it or null if it",
        "Xinhua News Xinhua News 报道：la la la la la la; the the; 测试过!!!测试过!!! sendmail | sendmail | Wesley. Wesley.",
        "a a a a b b ab ab abab abab 我们的Go我们的Go语言 of of of to to; in in the in in the end",
    };
    private static final String[] PIECES = {"the ", "The ", "budget ", "a ", "ab", " ", " ", "使用", "Redis", "的", "-",
        "or ", "null ", "if ", "it ", "la", "1", ".", "，", "x", "é", "\n", "approved ", "of ", "the"};

    private static List<String> both(String text) {
        List<Seam> now = new ArrayList<>();
        RepeatedChunkDetector.chunks(text, now);
        List<Seam> before = new ArrayList<>();
        oldChunks(text, before);
        assertEquals(before, now, text);
        return now.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sameSeamsAsEveryLengthTried() {
        int seams = 0;
        for (String text : TEXTS) {
            seams += both(text).size();
        }
        assertTrue(seams >= 5, "the team-written texts hold repeated chunks");
        Random r = new Random(11);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(60); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            // most texts hold a stretch of themselves written twice, glued or after a space, as damage does
            int from = r.nextInt(b.length());
            int to = Math.min(b.length(), from + 1 + r.nextInt(45));
            if (r.nextInt(4) > 0) {
                b.insert(to, (r.nextBoolean() ? " " : "") + b.substring(from, to));
            }
            found += both(b.toString()).size();
        }
        assertTrue(found > 2_000, "seams found: " + found);
    }

    // The old search, as it was before the backward search (with the helpers it used).

    private static void oldChunks(String text, List<Seam> out) {
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
            for (int k = Math.min(Math.min(RepeatedChunkDetector.MAX_CHUNK, (n - i) / 2), runEnd - i); k >= shortest && end < 0; k--) {
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
                if (x.endsWith(" ") || !hasLatin(x) || !x.chars().allMatch(RepeatedChunkDetectorSearchTest::chunkChar)) {
                    continue; // "sendmail |", "Wesley.", "测试过!!!": table cells, citations and emphasis repeat on purpose
                }
                boolean multiWord = x.indexOf(' ') >= 0;
                boolean mixed = x.chars().anyMatch(Chars::isHan);
                // glued: XX (mixed chunks only: two Latin words glued are ExtractionGlueDetector's)
                if (mixed && letters(x) >= 4 && text.startsWith(x, i + k) && endsToken(text, i + 2 * k)) {
                    end = i + 2 * k;
                    keep = x;
                } else if (spacedCandidate && text.startsWith(x, i + k + 1)
                        && endsToken(text, i + 2 * k + 1)
                        && (multiWord && !mixed && letters(x) >= RepeatedChunkDetector.MIN_CHUNK_LETTERS && spaces(x) >= RepeatedChunkDetector.MIN_CHUNK_WORDS - 1
                            || !multiWord && !mixed && RepeatedChunkDetector.NEVER_DOUBLED.contains(x.toLowerCase(java.util.Locale.ROOT)))) {
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
