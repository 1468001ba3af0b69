package io.mixdoc.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.seams.SeamContext;
import io.mixdoc.seams.SeamDetector;
import io.mixdoc.testkit.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps CONTRIBUTING.md's "Adding a seam type" honest: a kind states its priority, a detector declares its
 * kinds, a kind without a detector or a detector reporting an undeclared kind fails at once.
 */
class SeamDetectorRegistryTest {
    @Test
    void everyKindHasItsOwnPriority() {
        assertEquals(SeamType.values().length, Arrays.stream(SeamType.values()).mapToInt(SeamType::priority).distinct().count());
    }

    @Test
    void everyKindIsDeclaredByADetector() {
        new SeamFinder(); // the real list passes
        List<SeamDetector> withoutOrphans = new ArrayList<>(SeamFinder.DETECTORS);
        withoutOrphans.removeIf(d -> d.types().contains(SeamType.ORPHAN));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SeamFinder(withoutOrphans));
        assertTrue(e.getMessage().contains("ORPHAN"), e.getMessage());
    }

    @Test
    void aDetectorReportingAKindItDidNotDeclareFailsTheRun() {
        SeamDetector liar = new SeamDetector() {
            @Override
            public Set<SeamType> types() {
                return Set.of(SeamType.ORPHAN);
            }

            @Override
            public List<Seam> find(SeamContext ctx) {
                return List.of(Seam.of(0, 1, SeamType.NOISE, 0.9, "undeclared"));
            }
        };
        List<SeamDetector> detectors = new ArrayList<>(SeamFinder.DETECTORS);
        detectors.add(liar);
        Document ready = Mixdoc.pipeline().withoutExtensions().fast().build().run("s", "通关通关 test");
        SeamFinder finder = new SeamFinder(detectors);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> finder.apply(ready));
        assertTrue(e.getMessage().contains("does not declare"), e.getMessage());
    }

    @Test
    void theRealDetectorsReportOnlyWhatTheyDeclareOnTheSeed() {
        Document seed = Mixdoc.pipeline().withoutExtensions().fast().build().run(TestData.SEED, TestData.seed());
        assertTrue(seed.layer(io.mixdoc.Layers.SEAM).size() > 5);
    }
}
