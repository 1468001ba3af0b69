package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three-character names right after a job title, where the segmenter cut or mistyped them: "讲座教授孙艺风宣读",
 * "常委会副主任叶红专出席", "参谋长阮雄胜在", "司长欧阳瑜在". A title announces a person, and the name ends where the
 * sentence goes on (punctuation, a function word, a verb of saying or attending). The name must be shaped as one
 * (a surname first, no dictionary word); the text's other mentions of it then come from the repeated names.
 */
public final class TitledNames {
    private TitledNames() {
    }

    private static final int NAME_LENGTH = 3;
    /** What comes right after the name: punctuation, a function word, or the verbs that open a sentence's rest. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "[，。、；：,;:（(“「\\s]|说|表示|指出|认为|强调|称|宣布|宣读|出席|陪同|主持|致辞|讲话|介绍|会见|参加|今天|今日|昨天|昨日|日前"
                    + "|也|则|在|于|率|等|和|与|及|向|对|为|是|的|从|到|就|还|都");

    /**
     * Adds a PERSON candidate after each title: {@code titleEndsAt} says whether a title ends at an offset,
     * {@code nameShaped} whether three characters read as a name, {@code nameChars} whether they hold no
     * function word or numeral.
     */
    public static void find(String text, Predicate<Integer> titleEndsAt, Predicate<String> nameShaped,
                            Predicate<String> nameChars, List<Candidate> out) {
        for (int at = 1; at + NAME_LENGTH <= text.length(); at++) {
            int end = at + NAME_LENGTH;
            if (!titleEndsAt.test(at)) {
                continue;
            }
            String w = text.substring(at, end);
            Matcher after = AFTER_NAME.matcher(text).region(end, text.length());
            if ((end == text.length() || after.lookingAt()) && nameChars.test(w) && nameShaped.test(w)) {
                out.add(new Candidate(at, end, EntityType.PERSON, "pattern:titled-name", 2));
            }
        }
    }
}
