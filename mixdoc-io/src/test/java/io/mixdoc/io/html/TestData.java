package io.mixdoc.io.html;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: system property {@code mixdoc.root}, else the nearest dir with mvnw. */
final class TestData {
    private TestData() {
    }

    static Path root() {
        String prop = System.getProperty("mixdoc.root");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop, "data"))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found; set -Dmixdoc.root");
    }
}
