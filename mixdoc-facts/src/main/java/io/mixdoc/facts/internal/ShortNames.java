package io.mixdoc.facts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short name the text declares for a name it has just given in full: "捷信消费金融有限公司（以下简称“捷信”）",
 * "（下称“世行”）", "（简称中车）". The short name is the same entity's, of the full name's type; the caller finds
 * it again wherever the text writes it, as it does every name.
 */
public final class ShortNames {
    private ShortNames() {
    }

    /** The declaration right after the full name; the short name, quoted or not, is two to eight characters. */
    private static final Pattern DECLARED = Pattern.compile(
            "\\s*[（(]\\s*(?:以下|下文)?(?:简称|下称)(?:为)?\\s*[：:]?\\s*[“\"「]?\\s*(\\p{IsHan}{2,8}|[A-Z][A-Za-z]{1,7})\\s*[”\"」]?\\s*[）)]");

    public static List<Candidate> find(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            Matcher m = DECLARED.matcher(text).region(c.end(), text.length());
            if (m.lookingAt() && m.group(1).length() < c.length()) {
                out.add(new Candidate(m.start(1), m.end(1), c.type(), "short-name", 2));
            }
        }
        return out;
    }
}
