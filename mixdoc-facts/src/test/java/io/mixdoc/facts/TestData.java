package io.mixdoc.facts;

import io.mixdoc.Document;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's data directory and runs the standard pipeline (with this module's stages). */
final class TestData {
    private TestData() {
    }

    static Path root() {
        String p = System.getProperty("mixdoc.root");
        if (p != null && !p.isBlank() && Files.isDirectory(Path.of(p, "data"))) {
            return Path.of(p);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    static String read(String relative) throws IOException {
        return Files.readString(root().resolve(relative));
    }

    static Document run(String id, String text) {
        return pipeline().run(id, text);
    }

    static Pipeline pipeline() {
        return Mixdoc.standard();
    }
}
