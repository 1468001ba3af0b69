package io.mixdoc.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the evaluation data that lives beside the repository ({@code ../shared}), never inside it.
 *
 * <p>The directory is, in order: system property {@code mixdoc.shared}, environment variable
 * {@code MIXDOC_SHARED}, else {@code <repository root>/../shared}. Tests that read it carry the JUnit
 * tag {@link #TAG}; Maven runs them only in the {@code shared-eval} profile, which is active when
 * {@code ../shared/eval} exists. Inside such a test a missing file is a failure, never a skip.
 */
public final class SharedData {
    /** The JUnit tag of every test that reads {@code ../shared}. */
    public static final String TAG = "shared-eval";

    private SharedData() {
    }

    /** The shared data directory as configured (it may not exist). */
    public static Path base() {
        String prop = System.getProperty("mixdoc.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        String env = System.getenv("MIXDOC_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return TestData.root().resolve("../shared").toAbsolutePath().normalize();
    }

    /** True when {@code relative} exists under the shared directory. */
    public static boolean has(String relative) {
        return Files.exists(base().resolve(relative));
    }

    /**
     * An existing directory under the shared data, e.g. {@code dir("eval/dev")}.
     *
     * @throws AssertionError when it is missing: a test that needs it must fail, not pass
     */
    public static Path dir(String relative) {
        Path p = base().resolve(relative);
        if (!Files.isDirectory(p)) {
            throw new AssertionError("shared evaluation data missing: " + p
                    + " (put ../shared beside the repository or set -Dmixdoc.shared / MIXDOC_SHARED)");
        }
        return p;
    }
}
