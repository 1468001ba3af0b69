package io.mixdoc.internal;

import io.mixdoc.text.Pinyin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Common Chinese surnames, in characters and (through HanLP) in pinyin. Loaded once per JVM. */
public final class ChineseSurnames {
    private static final Set<Integer> CHARACTERS = new HashSet<>();
    private static final Set<String> PINYIN = new HashSet<>();

    static {
        try (InputStream in = ChineseSurnames.class.getResourceAsStream("/io/mixdoc/lexicon/surnames.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String c : line.trim().split("\\s+")) {
                    if (!c.isEmpty()) {
                        CHARACTERS.add(c.codePointAt(0));
                        List<String> py = Pinyin.syllables(c);
                        if (!py.isEmpty() && py.get(0) != null) {
                            PINYIN.add(py.get(0));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChineseSurnames() {
    }

    public static boolean isSurname(int character) {
        return CHARACTERS.contains(character);
    }

    /** Is {@code romanised} (any case, e.g. "Liu") the pinyin of a common surname? */
    public static boolean isSurnamePinyin(String romanised) {
        return PINYIN.contains(romanised.toLowerCase(Locale.ROOT));
    }
}
