package io.mixdoc.seams;

import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;

/** The seams the fast pipeline finds in a team-written text, for the tests of false alarms on real text. */
final class FastSeams {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private FastSeams() {
    }

    static List<Seam> seams(String text) {
        return PIPELINE.run("t", text).layer(Layers.SEAM).spans();
    }

    static boolean has(List<Seam> found, SeamType type) {
        return found.stream().anyMatch(s -> s.type() == type);
    }
}
