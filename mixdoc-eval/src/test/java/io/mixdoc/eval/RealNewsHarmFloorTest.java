package io.mixdoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mixdoc.Mixdoc;
import io.mixdoc.testkit.SharedData;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Do no harm on real news: the article bodies of {@code ../shared/eval/article-extraction*} (English and
 * Chinese news written by people, read at test time, never copied) are clean text, so every seam is a false
 * alarm and every edit damage. Floors as measured on 2026-11-30 after the em-dash, doubling and 二00四 rules
 * (0.134 false seams per 10k characters, 0 edits, 256 bodies); tighten when a change improves them.
 * Session 7 (sentence ends glued, issue 14): 0.152, the two seams more being real damage in one benchmark body
 * ({@code reported on Wednesday.The stabbing}, {@code a chief physician.Police arrested}: the space after a
 * full stop lost by the benchmark's own extraction), both proposals; the floor makes room for them and no more.
 * Session 10 (s10-harm): 0.107, a doubled song title written in five places of a discography is the page's own.
 * Session 11 (s11-harm): 0.045, emphasis is no doubling (好多好多的, 多棒多棒，, a clause said twice, 每天每天 in a title).
 */
@Tag(SharedData.TAG)
class RealNewsHarmFloorTest {
    static final double MAX_FALSE_PER_10K = 0.05; // measured 0.045 (s11-harm: emphatic doubling; s10-harm 0.107)
    static final int MAX_EDITS = 0;

    @Test
    void realNewsBodiesAreLeftAlone() throws Exception {
        CleanSetScorer scorer = new CleanSetScorer(Mixdoc.pipeline().fast().build());
        int bodies = 0;
        for (String set : new String[] {"eval/article-extraction", "eval/article-extraction-zh"}) {
            Path truth = SharedData.dir(set).resolve("ground-truth.json");
            JsonNode pages = new ObjectMapper().readTree(truth.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> page = it.next();
                String body = page.getValue().path("articleBody").asText("");
                if (!body.isBlank()) {
                    scorer.score(page.getKey(), set.substring(set.indexOf('/') + 1), body);
                    bodies++;
                }
            }
        }
        System.out.print(scorer.table(20));
        CleanSetScorer.Figures f = scorer.all();
        assertTrue(bodies >= 250, "news bodies not found whole: " + bodies);
        assertTrue(f.falseSeamsPer10k() <= MAX_FALSE_PER_10K, "false seams per 10k " + f.falseSeamsPer10k());
        assertEquals(MAX_EDITS, f.editsApplied(), "edits applied to real news");
    }
}
