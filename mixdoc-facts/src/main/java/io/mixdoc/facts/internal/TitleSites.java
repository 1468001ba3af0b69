package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sites a page's title names after its headline: a web page's title is "headline - section - site", so a
 * segment after the first separator, shaped as a site's name (a short name ending in 网 or 在线), is the
 * outlet: "第十三届省茶博会开幕 - 视点头条 - 湖南日报网 - 华声在线", "… - 经济观察网 － 专业财经新闻网站". Sections
 * ("视点头条") and descriptions ("专业财经新闻网站") have no such ending.
 */
public final class TitleSites {
    private TitleSites() {
    }

    /** A separator of a title's parts: a dash or a bar with spaces around it, or an underscore. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-－—|｜]\\s+|\\s*[_｜|]\\s*");
    private static final Pattern SITE = Pattern.compile("\\p{IsHan}{2,8}(?:网|在线)");

    /** ORG candidates for the site names of the text's first line. */
    public static List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        int lineEnd = text.indexOf('\n');
        String line = lineEnd < 0 ? text : text.substring(0, lineEnd);
        Matcher sep = SEPARATOR.matcher(line);
        if (!sep.find()) {
            return out;
        }
        int from = sep.end();
        while (from < line.length()) {
            int to = sep.find() ? sep.start() : line.length();
            if (SITE.matcher(line.substring(from, to)).matches()) {
                out.add(new Candidate(from, to, EntityType.ORG, "pattern:title-site", 2));
            }
            from = to == line.length() ? to : sep.end();
        }
        return out;
    }
}
