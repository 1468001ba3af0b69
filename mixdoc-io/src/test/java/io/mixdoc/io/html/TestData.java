package io.mixdoc.io.html;

import java.nio.file.Path;

/** The repository root for this package's tests (the core test kit finds it). */
final class TestData {
    private TestData() {
    }

    static Path root() {
        return io.mixdoc.testkit.TestData.root();
    }
}
