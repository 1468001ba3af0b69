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
 * internal package is used by that module alone, except the core helpers listed here, which other
 * modules use today and which are to become a public package. A new use from outside fails; when a
 * listed class is no longer used outside, take it off the list.
 */
class InternalPackagesTest {
    /** Internal package → the module that owns it. */
    private static final Map<String, String> OWNER = Map.of(
            "io.mixdoc.internal", "mixdoc-core",
            "io.mixdoc.facts.internal", "mixdoc-facts",
            "io.mixdoc.server.internal", "mixdoc-server");

    /** Core internals other modules' main code uses today (issue 16: to move to a public text package). */
    private static final Set<String> TOLERATED = Set.of("io.mixdoc.internal.Chars", "io.mixdoc.internal.Pinyin",
            "io.mixdoc.internal.EnglishLexicon", "io.mixdoc.internal.CodePoints", "io.mixdoc.internal.NonOverlapping",
            "io.mixdoc.internal.ChineseDictionary", "io.mixdoc.internal.LatinLanguages",
            // the damage generators write zhuyin and CC-CEDICT glosses as the detectors read them
            "io.mixdoc.internal.Zhuyin", "io.mixdoc.internal.ChineseEnglishGlosses");

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
                            if (!module.getFileName().toString().equals(owner) && !TOLERATED.contains(used)) {
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
