package io.mixdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.stage.LanguageTagger;
import io.mixdoc.stage.Mender;
import io.mixdoc.stage.SeamFinder;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void aStageWhoseRequirementIsUnmetFailsAtBuildTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mixdoc.pipeline().add(new LanguageTagger()).build());
        assertTrue(e.getMessage().matches(".*requires layer '(script|token|code)'.*"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mixdoc.pipeline().add(new SeamFinder()).build());
    }

    @Test
    void twoStagesProducingOneLayerAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mixdoc.pipeline().withoutExtensions().fast().add(new SeamFinder()).build());
        assertTrue(e.getMessage().contains("produces layer 'seam'"), e.getMessage());
    }

    @Test
    void theBuildersResultDoesNotDependOnCallOrder() {
        var a = Mixdoc.pipeline().withoutExtensions().standard().build().stageIds();
        var b = Mixdoc.pipeline().standard().withoutExtensions().build().stageIds();
        var c = Mixdoc.pipeline().fast().withoutExtensions().fast().build().stageIds();
        assertEquals(a, b);
        assertEquals(a, c);
        var added = Mixdoc.pipeline().add(new io.mixdoc.stage.SentenceSplitter()).add(new LanguageTagger())
                .add(new io.mixdoc.stage.CodeTagger()).add(new io.mixdoc.stage.TokenTagger())
                .add(new io.mixdoc.stage.ScriptRunTagger()).build().stageIds();
        assertEquals(java.util.List.of("tokens", "code", "scripts", "languages", "sentences"), added);
    }

    @Test
    void producingKeepsOnlyTheStagesALayerNeeds() {
        Pipeline fast = Mixdoc.pipeline().withoutExtensions().fast().build();
        assertEquals(java.util.List.of("scripts", "tokens", "code", "languages"), fast.producing(java.util.Set.of(Layers.LANG)).stageIds());
        assertEquals(fast.stageIds().subList(1, fast.stageIds().size()), fast.producing(java.util.Set.of(Layers.EDIT)).stageIds(),
                "everything but the input diagnostics, which no other stage reads");
        assertTrue(fast.producing(java.util.Set.of()).stageIds().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> fast.producing(java.util.Set.of(LayerKey.of("nothing", Seam.class))));
        String text = io.mixdoc.testkit.TestData.seed();
        assertEquals(fast.run("s", text).layer(Layers.SEAM).spans(),
                fast.producing(java.util.Set.of(Layers.SEAM)).run("s", text).layer(Layers.SEAM).spans());
    }

    @Test
    void badOptionsThrowWhenSet() {
        assertThrows(IllegalArgumentException.class, () -> new Mender(1.5));
        assertThrows(IllegalArgumentException.class, () -> LayerKey.of("Bad Name", Seam.class));
    }

    @Test
    void documentsAreImmutableAndLayersSorted() {
        Document d = Document.of("x", "abc");
        Document with = d.with(Layers.LANG, java.util.List.of(new LanguageSpan(1, 3, "en"), new LanguageSpan(0, 1, "zh")));
        assertFalse(d.has(Layers.LANG));
        assertEquals(0, with.layer(Layers.LANG).spans().get(0).start());
        assertThrows(UnsupportedOperationException.class, () -> with.layer(Layers.LANG).spans().clear());
        assertThrows(IllegalArgumentException.class, () -> d.with(Layers.LANG, java.util.List.of(new LanguageSpan(0, 9, "en"))));
        assertThrows(IllegalStateException.class, () -> d.layer(Layers.SEAM));
    }

    @Test
    void emptyAndLetterlessTextsAreHandled() {
        Pipeline p = Mixdoc.pipeline().withoutExtensions().fast().build();
        Document empty = p.run("e", "");
        assertTrue(empty.layer(Layers.LANG).isEmpty());
        Document digits = p.run("d", "12 345 !!");
        assertEquals("und", digits.layer(Layers.LANG).spans().get(0).lang());
        assertEquals(0, Scores.of(digits).letters());
    }

    @Test
    void sameInputGivesTheSameResultFromManyThreads() throws Exception {
        String text = io.mixdoc.testkit.TestData.seed();
        Pipeline p = Mixdoc.pipeline().withoutExtensions().fast().build();
        String expected = io.mixdoc.json.ResultJson.write(p.run("seed", text));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> io.mixdoc.json.ResultJson.write(p.run("seed", text))));
            }
            for (var f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
