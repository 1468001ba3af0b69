package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a line written in capitals only ("NISSAN SENTRA", "VOLKSWAGEN ID. SPACE VIZZION CONCEPT"): a subhead names
 * what its paragraph names in ordinary case, so a one-word name the text's prose already typed ("Nissan is hoping …")
 * has that type in the subhead too. Only words typed one way wherever the prose has them.
 */
public final class CapitalsLines {
    private static final Pattern CAPITALS_LINE = Pattern.compile("(?m)^[^\\p{Ll}\\n]*\\p{Lu}[^\\p{Ll}\\n]*$");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])\\p{Lu}{3,}(?![\\p{L}\\p{N}'’-])");

    private CapitalsLines() {
    }

    /** Candidates for the one-word names of {@code found} where a capitals line writes them. */
    public static List<Candidate> names(String text, List<Candidate> found) {
        Map<String, EntityType> typed = new HashMap<>();
        for (Candidate c : found) {
            String w = text.substring(c.start(), c.end());
            if (w.length() >= 3 && w.matches("\\p{Lu}\\p{Ll}+")) {
                String key = w.toUpperCase(Locale.ROOT);
                EntityType before = typed.putIfAbsent(key, c.type());
                if (before != null && before != c.type()) {
                    typed.put(key, null); // typed two ways: no evidence for the subhead
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Matcher line = CAPITALS_LINE.matcher(text); line.find(); ) {
            for (Matcher w = WORD.matcher(text).region(line.start(), line.end()); w.find(); ) {
                EntityType type = typed.get(w.group());
                if (type != null) {
                    out.add(new Candidate(w.start(), w.end(), type, "en:capitals-line", 2));
                }
            }
        }
        return out;
    }
}
