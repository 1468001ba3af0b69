package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Government bodies named by the office of the person who heads them, as Taiwan and Hong Kong news write it:
 * "行政院长苏贞昌" (行政院 + 长), "经济部长王美花", "财政司司长陈茂波": a three-character body ending in 院, 部, 司, 局 or
 * 署, its head's title (长, or the body's last character again and 长), then a name the sentence goes on after. Both
 * the body (ORG) and the name (PERSON) are taken; without a name after the title nothing is. Also the special
 * administrative region's government ("特区政府", "香港特区政府") as an organisation.
 */
public final class GovernmentOffices {
    private GovernmentOffices() {
    }

    /** Two characters, not a demonstrative or a function word ("该部部长", "本局局长"), then the body's head noun. */
    private static final Pattern BODY_AND_TITLE = Pattern.compile(
            "(?<![\\p{IsHan}])(?<body>(?![该本各此这那其我贵])[\\p{IsHan}]{2}(?<head>[院部司局署]))\\k<head>?长");
    /** Characters a body may follow although they are Chinese: a clause's joiners ("由经济部长…", "和行政院长…"). */
    private static final String JOINERS = "由和与及对向据在、";
    /** What comes right after a head's name: punctuation or the verbs and time words that open a sentence's rest. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "[，。、；：,;:（(“「]|说|表示|指出|认为|强调|称|宣布|出席|今天|今日|昨天|昨日|日前|上午|下午|晚间|也|则|在|于|率|等");
    private static final Pattern SAR_GOVERNMENT = Pattern.compile("(?:香港|澳门)?特区政府");

    /** Adds an ORG candidate for each body and a PERSON candidate for each head named after its title. */
    public static void find(String text, Predicate<String> nameShaped, List<Candidate> out) {
        for (int i = text.indexOf('长'); i >= 0; i = text.indexOf('长', i + 1)) {
            int from = Math.max(0, i - 4);
            Matcher m = BODY_AND_TITLE.matcher(text).region(from, i + 1);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int bodyStart = -1;
            int bodyEnd = -1;
            while (m.find()) {
                if (m.end() == i + 1) {
                    bodyStart = m.start("body");
                    bodyEnd = m.end("body");
                }
            }
            if (bodyStart < 0 && i >= 4) {
                // after a joiner: "由经济部长王美花"
                Matcher j = BODY_AND_TITLE.matcher(text.substring(i - 4, i + 1).replaceFirst("^[" + JOINERS + "]", " "));
                if (JOINERS.indexOf(text.charAt(i - 4)) >= 0 || JOINERS.indexOf(text.charAt(Math.max(0, i - 5))) >= 0) {
                    if (j.find() && j.end() == 5) {
                        bodyStart = i - 4 + j.start("body");
                        bodyEnd = i - 4 + j.end("body");
                    }
                }
            }
            if (bodyStart < 0) {
                continue;
            }
            int nameStart = i + 1;
            for (int len = 3; len >= 2; len--) {
                int nameEnd = nameStart + len;
                if (nameEnd <= text.length() && nameShaped.test(text.substring(nameStart, nameEnd))
                        && (nameEnd == text.length() || AFTER_NAME.matcher(text).region(nameEnd, text.length()).lookingAt())) {
                    out.add(new Candidate(bodyStart, bodyEnd, EntityType.ORG, "pattern:office", 3));
                    out.add(new Candidate(nameStart, nameEnd, EntityType.PERSON, "pattern:office", 3));
                    break;
                }
            }
        }
        for (Matcher m = SAR_GOVERNMENT.matcher(text); m.find(); ) {
            out.add(new Candidate(m.start(), m.end(), EntityType.ORG, "pattern:sar-government", 3));
        }
    }
}
