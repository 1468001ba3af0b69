package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An organisation's three-character short name, built from the name the text gives in full: its first character,
 * the first character of one of its words, and its head's last character ("海湾合作委员会" → "海合会", "中国科学院" →
 * "中科院"). The short name stands for the organisation wherever the text writes it as a word of its own: the
 * segmenter's word edges around it, its first two characters no word ("中国会在…" is 中国 + 会).
 */
public final class OrgAbbreviations {
    private OrgAbbreviations() {
    }

    private static final int MIN_NAME = 5;
    private static final int MAX_NAME = 16;

    /** ORG candidates for the short names of {@code found}'s organisations; {@code word} says whether a string is a dictionary word. */
    public static List<Candidate> find(String text, List<Candidate> found, Set<Integer> termEdges, Predicate<String> word) {
        List<Candidate> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> shortNames = new HashSet<>();
        for (Candidate c : found) {
            int len = c.end() - c.start();
            if (c.type() != EntityType.ORG || len < MIN_NAME || len > MAX_NAME) {
                continue;
            }
            String name = text.substring(c.start(), c.end());
            if (!name.chars().allMatch(io.mixdoc.text.Chars::isHan) || !done.add(name)) {
                continue;
            }
            for (int j = 1; j < len - 1; j++) {
                if (!word.test(name.substring(j, j + 2))) {
                    continue; // the middle character opens one of the name's words ("合作")
                }
                String abbr = "" + name.charAt(0) + name.charAt(j) + name.charAt(len - 1);
                if (word.test(abbr) || word.test(abbr.substring(0, 2)) || name.startsWith(abbr)) {
                    continue;
                }
                shortNames.add(abbr);
            }
        }
        if (shortNames.isEmpty()) {
            return out;
        }
        // one pass over the text, whatever the number of organisations
        for (int at = 0; at + 3 <= text.length(); at++) {
            if (termEdges.contains(at) && termEdges.contains(at + 3) && shortNames.contains(text.substring(at, at + 3))) {
                out.add(new Candidate(at, at + 3, EntityType.ORG, "form:abbreviation", 2));
            }
        }
        return out;
    }
}
