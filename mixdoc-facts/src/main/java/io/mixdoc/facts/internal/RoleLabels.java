package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name right after a role label: "主持人：田国强", "主  席：冼国明（…）", "编辑：苏亮", "作者: 赵 培：北京物资学院",
 * "松花江网编辑 孙桂芳". Programmes, credit lines and author lines name people so, once and without a title after the
 * name, where the segmenter often reads a rare or plain name as something else. The label is the evidence; the name
 * must still read as one (a surname, no common word) and end where the field ends (a bracket, a colon, a comma,
 * padding, the line's end), so "主持人：南开大学经济学院院长 周立群" (a title first) and "记者：“…”" are left to the
 * other rules.
 */
public final class RoleLabels {
    private RoleLabels() {
    }

    /**
     * A label, then a colon (and padding) or, for the credit labels of news, padding alone; then a name of two or three
     * characters, one padding character allowed inside a two-character name ("赵 培").
     */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:(?:主持人|主[ \\u3000]{0,2}席|评论人|点评人|讲评人|主讲人|报告人|作者|编辑|责任编辑|责编|记者|摄影|通讯员|撰文|撰稿)"
                    + "[ \\t\\u3000]*[:：][ \\t\\u3000]*|(?:编辑|记者|摄影|通讯员)[ \\u3000]+)"
                    + "(\\p{IsHan}[ \\u3000]?\\p{IsHan}\\p{IsHan}?)"
                    + "(?=[ \\t\\u3000]*(?:[（(：:，,、)）\\n]|$))");

    /**
     * A title, then padding, then a name that ends the field or takes a title of address: "中国经济学年会秘书长  海闻教授",
     * "研究生会主席  马龙" (a programme's chairs and speakers). The padding sets the name apart from the title as a
     * colon would; without it ("秘书长海闻") the segmenter's reading decides.
     */
    private static final Pattern TITLE_PADDED = Pattern.compile(
            "(?:秘书长|主席|会长|院长|校长|所长|主任|书记|理事长|董事长|总经理|部长|局长)[ \\u3000]+"
                    + "(\\p{IsHan}{2,3}?)(?=教授|博士|先生|女士|老师|研究员|[ \\t\\u3000]*(?:[（(：:，,、)）\\n]|$))");

    /** Adds a PERSON candidate for each labelled name that {@code nameShaped} reads as a name (padding removed). */
    public static void find(String text, Predicate<String> nameShaped, List<Candidate> out) {
        for (Matcher t = TITLE_PADDED.matcher(text); t.find(); ) {
            if (nameShaped.test(t.group(1))) {
                out.add(new Candidate(t.start(1), t.end(1), EntityType.PERSON, "role-label", 3));
            }
        }
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String joined = name.replaceAll("[ \\u3000]", "");
            if (name.length() - joined.length() > 0 && joined.length() != 2) {
                continue; // "李 扬" pads a two-character name; "王 安兴" is no padding
            }
            if (nameShaped.test(joined)) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.PERSON, "role-label", 3));
            }
        }
    }
}
