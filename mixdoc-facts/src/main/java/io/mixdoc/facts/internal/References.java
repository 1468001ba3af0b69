package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries of a reference list in the Chinese national format (GB/T 7714): "[3]	周仕仁. 电子商务下的物流配送模式研究[J].
 * 物流科技, 2011(11): 56-58.", "[6]	程艳霞. 现代物流管理理论[M]. 武汉: 华中科技大学出版社, 2009." The format says what
 * each part is: the authors before the first full stop are people, the journal after a "[J]" and the publisher after
 * a "[M]" are organisations. Papers and theses carry such lists at their end, where the names stand without the
 * titles or repetitions that make a name in prose. An entry is taken only when every author reads as a name (a
 * trailing "等" aside); the source is taken from any well-formed entry.
 */
public final class References {
    private References() {
    }

    /**
     * One entry: its number (or a citation label), the authors, the title, the kind of work, then "City: " (books)
     * and the source before the comma that precedes the year.
     */
    private static final Pattern ENTRY = Pattern.compile(
            "(?m)^[ \\t\\u3000]*(?:[\\[［]\\d{1,3}[\\]］]|文章引用[:：]|引用格式[:：])[ \\t\\u3000]*"
                    + "([^.。\\[\\n]{2,60}?)[.。][ \\t\\u3000]*" // authors
                    + "[^\\[\\n]{2,120}?\\[([JMDCNR])\\]" // title and kind
                    + "(?:[ \\t\\u3000]*[:：][ \\t\\u3000]*\\[[^\\]\\n]{1,20}\\])?[ \\t\\u3000]*[.。][ \\t\\u3000]*"
                    + "(?:[\\p{IsHan}]{2,4}[ \\t\\u3000]*[:：][ \\t\\u3000]*)?" // the city of a book's publisher
                    + "([\\p{IsHan}A-Za-z（）()—\\-]{2,30}?)[ \\t\\u3000]*[,，][ \\t\\u3000]*(?:19|20)\\d\\d");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("[ \\t\\u3000]*[,，、;；][ \\t\\u3000]*");
    /** "等", "et al": more authors, unnamed. */
    private static final Pattern MORE_AUTHORS = Pattern.compile("等|et al\\.?");

    /**
     * Adds a PERSON candidate for each author of each entry whose authors all read as names ({@code nameShaped}, on the
     * author with padding removed: "赵 培"), and an ORG candidate for the journal of a "[J]" and the publisher of a "[M]".
     */
    public static void find(String text, Predicate<String> nameShaped, List<Candidate> out) {
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            authors(text, m.start(1), m.end(1), nameShaped, out);
            String kind = m.group(2);
            if (kind.equals("J") || kind.equals("M")) {
                out.add(new Candidate(m.start(3), m.end(3), EntityType.ORG, "reference", 3));
            }
        }
    }

    private static void authors(String text, int from, int to, Predicate<String> nameShaped, List<Candidate> out) {
        List<Candidate> names = new ArrayList<>();
        Matcher sep = AUTHOR_SEPARATOR.matcher(text).region(from, to);
        int start = from;
        while (true) {
            boolean more = sep.find();
            int end = more ? sep.start() : to;
            String author = text.substring(start, end).strip();
            if (!author.isEmpty() && !MORE_AUTHORS.matcher(author).matches()) {
                if (!nameShaped.test(author.replaceAll("[ \\u3000]", ""))) {
                    return; // "国家统计局. 中国统计年鉴": a body as author, or prose that only looks like an entry
                }
                int s = text.indexOf(author, start);
                names.add(new Candidate(s, s + author.length(), EntityType.PERSON, "reference", 3));
            }
            if (!more) {
                break;
            }
            start = sep.end();
        }
        out.addAll(names);
    }
}
