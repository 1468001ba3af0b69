package io.mixdoc.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.CodeRegion;
import io.mixdoc.Deadline;
import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import io.mixdoc.code.CodeRegionFinder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs that used to overflow the stack (regexes with repeated groups over long chunks and lines) or to
 * cost the square of their length (searches to the end of the text once per chunk or backtick). The
 * deadline is generous: it is there so that a quadratic regression fails instead of running for minutes,
 * not to time anything (speed lives in mixdoc-bench).
 */
class PathologicalInputTest {
    /** A fresh minute per test (one class-wide deadline let a slow first test fail the next ones). */
    private final Deadline generous = Deadline.after(Duration.ofSeconds(60));

    @Test
    void longVersionLikeAndHyphenatedChunksAreNotMatchedByStackHungryPatterns() {
        for (String chunk : List.of("v" + "1.".repeat(3_000) + "_x", "a" + "-1".repeat(3_000) + "X", "1" + ".1".repeat(3_000) + "!x",
                "a" + ".b".repeat(10_000) + ".Error")) {
            List<Token> tokens = Tokenizer.tokenize(chunk);
            assertFalse(tokens.isEmpty());
            assertEquals(chunk.length(), tokens.get(tokens.size() - 1).end(), "every character is covered");
        }
        String url = "https://example.com/?q=" + "a1-".repeat(2_000);
        assertEquals(List.of(new Token(0, url.length(), TokenKind.URL)), Tokenizer.tokenize(url));
    }

    @Test
    void aLongLineIsNotMatchedByTheLinePatterns() {
        String line = "a" + ".b".repeat(10_000) + ".Error";
        assertTrue(CodeRegionFinder.find(line, Tokenizer.tokenize(line)).isEmpty());
        String indented = "\n    " + line + "\n    x = 1;\n";
        CodeRegionFinder.find(indented, Tokenizer.tokenize(indented)); // no StackOverflowError
    }

    @Test
    void aLongLineOfSplicedReadingsStaysLinear() {
        // every reading used to scan its whole line and every other reading: one line of 100,000 readings
        String line = "這些數(shù)據(jù)來自網(wǎng)絡(luò)，".repeat(25_000);
        // The whole fast path runs here (3.4 CPU-s, but 55 s of wall time at load 30 on 2 cores): three
        // minutes still stop a quadratic regression, which at 100,000 readings would run for hours.
        io.mixdoc.Document d = io.mixdoc.Mixdoc.pipeline().withoutExtensions().fast().build()
                .run(io.mixdoc.Document.of("t", line), Deadline.after(Duration.ofMinutes(3)));
        assertTrue(d.layer(io.mixdoc.Layers.SEAM).spans().size() >= 50_000);
    }

    @Test
    void megabytesWithoutLinksOrClosingBackticksStayLinear() {
        String words = "word ".repeat(400_000); // 2 MB: each chunk used to search the rest of the text for "]("
        assertEquals(400_000, Tokenizer.tokenize(words, generous).size());
        String ticks = "it`s x\n".repeat(100_000); // each unclosed backtick used to search to the end of the text
        assertTrue(CodeRegionFinder.find(ticks, Tokenizer.tokenize(ticks, generous), generous).isEmpty());
        String oneLine = "a `b` c ".repeat(100_000); // no line break: the line end was searched once per backtick
        List<CodeRegion> inline = CodeRegionFinder.find(oneLine, Tokenizer.tokenize(oneLine, generous), generous);
        assertEquals(100_000, inline.size());
        String closers = "x" + ")".repeat(200_000); // peeling each ")" used to count the brackets of the whole chunk
        assertEquals(200_001, Tokenizer.tokenize(closers, generous).size());
        String links = "[a](b)".repeat(100_000); // a link per six characters: no recursion per link
        assertTrue(Tokenizer.tokenize(links, generous).size() > 100_000);
    }
}
