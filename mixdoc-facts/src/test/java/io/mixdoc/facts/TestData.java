package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Finds the repository's data directory and runs the standard pipeline (with this module's stages). */
final class TestData {
    private TestData() {
    }

    static Path root() {
        return io.mixdoc.testkit.TestData.root();
    }

    static String read(String relative) throws IOException {
        return Files.readString(root().resolve(relative));
    }

    static Document run(String id, String text) {
        return pipeline().run(id, text);
    }

    /** The entity mentions the standard pipeline finds in {@code text}, each as "TYPE surface", sorted. */
    static Set<String> mentions(String text) {
        Document doc = run("en", text);
        Set<String> out = new TreeSet<>();
        for (EntityMention m : doc.layer(FactsLayers.ENTITY).spans()) {
            out.add(m.type() + " " + doc.cover(m));
        }
        return out;
    }

    static Pipeline pipeline() {
        return Mixdoc.standard();
    }
}
