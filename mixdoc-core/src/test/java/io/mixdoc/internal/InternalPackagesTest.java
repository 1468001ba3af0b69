package io.mixdoc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fence around the {@code internal} packages, read from the sources of every module: a module's
 * internal package is used by that module alone. What other modules need is public and documented
 * ({@code io.mixdoc.text}, {@code io.mixdoc.json.CodePoints}, {@code io.mixdoc.NonOverlapping}).
 *
 * <p>A test rather than {@code module-info.java}: the modules run on the class path (the Spark job on a
 * cluster's, beside Spark's and Hadoop's jars, which are no modules and split packages), where module
 * declarations fence nothing; this test holds for every module whatever runs it.
 */
class InternalPackagesTest {
    /** Internal package → the module that owns it. */
    private static final Map<String, String> OWNER = Map.of(
            "io.mixdoc.internal", "mixdoc-core",
            "io.mixdoc.facts.internal", "mixdoc-facts",
            "io.mixdoc.server.internal", "mixdoc-server");

    private static final Pattern USE = Pattern.compile("\\b(io\\.mixdoc(?:\\.facts|\\.server)?\\.internal)\\.([A-Z]\\w*)");

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnModule() throws IOException {
        Set<String> outside = new TreeSet<>();
        try (Stream<Path> modules = Files.list(TestData.root())) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("mixdoc-")).toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher m = USE.matcher(Files.readString(f));
                        while (m.find()) {
                            String owner = OWNER.get(m.group(1));
                            String used = m.group(1) + "." + m.group(2);
                            if (!module.getFileName().toString().equals(owner)) {
                                outside.add(TestData.root().relativize(f) + " uses " + used);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), outside, "internal classes used outside their module");
    }
}
