package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold naming a document of the parallel set: its text is the zh sentences by number, joined by \n, sha256-checked. */
class NewsGoldParallelTest {
    @TempDir
    Path dir;

    @Test
    void aParallelDocumentIsItsChineseSentencesInTheOrderOfTheirNumbers() throws IOException {
        Path eval = Files.createDirectories(dir.resolve("shared/eval"));
        Path parallel = Files.createDirectories(dir.resolve("shared/data/parallel"));
        Files.writeString(parallel.resolve("zh-en.tsv"), "id\tzh\ten\n"
                + "wmt22/a.1:2\t第二句。\tSecond.\n"
                + "wmt22/a.1:1\t第一句。\tFirst.\n"
                + "wmt22/b.2:1\t别的文件。\tAnother.\n"
                + "wmt22/a.1:10\t第十句。\tTenth.\n", StandardCharsets.UTF_8);
        String text = "第一句。\n第二句。\n第十句。";
        Path gold = dir.resolve("a.facts.json");
        Files.writeString(gold, "{\"document\": \"wmt22/a.1\", \"source\": \"parallel\", \"text_sha256\": \"" + NewsGold.sha256(text)
                + "\", \"entities\": []}", StandardCharsets.UTF_8);
        NewsGold g = NewsGold.load(gold, eval);
        assertEquals(text, g.text());
        assertEquals("wmt22/a.1", g.key());
        assertTrue(g.document().metadata().isEmpty(), "no page, so no page date");

        Files.writeString(gold, "{\"document\": \"wmt22/a.1\", \"source\": \"parallel\", \"text_sha256\": \"0\"}", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> NewsGold.load(gold, eval), "a changed text is refused");
        Files.writeString(gold, "{\"document\": \"wmt22/c.3\", \"source\": \"parallel\", \"text_sha256\": \"0\"}", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> NewsGold.load(gold, eval), "an unknown document is refused");
    }
}
