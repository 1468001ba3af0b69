package io.mixdoc.facts.internal;

import io.mixdoc.Deadline;
import io.mixdoc.facts.EntityType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People listed before their institution in brackets: "王兵、颜鹏飞（暨南大学）", "评论人：刘民权（南京大学）李坤望（南开大学）",
 * an author line "赵培（某学院）". Programmes, author lines and lists of speakers name people so, without the titles
 * or repetitions that make a name in prose; the bracket is the evidence. The whole list before the bracket
 * must be names (two to four characters each, a padded "王 冰" too), or nothing is taken: "他在北京大学（…）" is
 * prose. The institution, as written and without a title after it ("南开大学副校长" → 南开大学), is an organisation.
 */
public final class Affiliations {
    private Affiliations() {
    }

    /** How an institution's name ends: a university, an institute, a bank, a bureau, a department. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?:大学|大學|学院|學院|学校|學校|研究所|研究院|研究中心|中心|科学院|社科院|集团|银行|支行|公司|党校|办公室|委员会|出版社|[局系所署厅站])$");
    /** A title after the institution: "南开大学副校长", "中国银行 行长助理". */
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "[ \u3000]*(?:副?(?:院长|所长|校长|主任|行长|教授|研究员|书记|秘书长|处长|局长)|行长助理|总经理)$");
    /** The longest bracket read as an institution. */
    private static final int MAX_BRACKET = 30;
    /** The most characters a list of names before the bracket may take. */
    private static final int MAX_LIST = 40;
    private static final String PADDING = " \u3000";
    private static final String SEPARATORS = "、，,";

    /**
     * Adds a PERSON candidate for each name and an ORG candidate for each institution ("中科院/中国人民大学": two)
     * of every such list in {@code text}. {@code nameShaped} says whether two to four characters read as a
     * person's name; {@code surnameShaped} whether a word that reads as something else (海闻, 马龙) starts with a
     * surname: one such item is a name among other names ("张静、海闻（北京大学）"), never alone.
     */
    public static void find(String text, Predicate<String> nameShaped, Predicate<String> surnameShaped, List<Candidate> out,
                            Deadline deadline) {
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '（' && c != '(') {
                continue;
            }
            deadline.checkEvery(open);
            int close = closing(text, open);
            if (close < 0) {
                continue;
            }
            List<int[]> institutions = institutions(text, open + 1, close);
            if (institutions.isEmpty()) {
                continue;
            }
            List<int[]> names = namesBefore(text, open, nameShaped, surnameShaped);
            if (names.isEmpty()) {
                continue;
            }
            for (int[] n : names) {
                out.add(new Candidate(n[0], n[1], EntityType.PERSON, "affiliation", 3));
            }
            for (int[] o : institutions) {
                out.add(new Candidate(o[0], o[1], EntityType.ORG, "affiliation", 3));
            }
        }
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i - open <= MAX_BRACKET; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
            if (c == '（' || c == '(' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The institutions in a bracket, split at "/", each without a title after it; none when a part is no institution. */
    private static List<int[]> institutions(String text, int from, int to) {
        List<int[]> found = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '/') {
                continue;
            }
            int s = start;
            int e = i;
            start = i + 1;
            while (s < e && PADDING.indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            Matcher title = TITLE_AFTER.matcher(text.substring(s, e));
            if (title.find() && title.start() > 0) {
                e = s + title.start();
            }
            while (e > s && PADDING.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            String part = text.substring(s, e);
            if (part.length() < 4 || !Chars.isHan(part.charAt(0)) || !INSTITUTION.matcher(part).find()) {
                return List.of();
            }
            found.add(new int[] {s, e});
        }
        return found;
    }

    /** The names listed right before the bracket at {@code open}, or none when anything there is not a name. */
    private static List<int[]> namesBefore(String text, int open, Predicate<String> nameShaped, Predicate<String> surnameShaped) {
        int end = open;
        while (end > 0 && PADDING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_LIST) {
            char p = text.charAt(start - 1);
            if (!Chars.isHan(p) && PADDING.indexOf(p) < 0 && SEPARATORS.indexOf(p) < 0) {
                break;
            }
            start--;
        }
        if (start > 0 && end - start >= MAX_LIST) {
            return List.of();
        }
        List<int[]> names = new ArrayList<>();
        int itemStart = start;
        int[] wordItem = null;
        for (int i = start; i <= end; i++) {
            if (i < end && SEPARATORS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            if (!item(text, itemStart, i, nameShaped, names)) {
                int[] word = trimmed(text, itemStart, i);
                if (wordItem != null || !surnameShaped.test(text.substring(word[0], word[1]))) {
                    return List.of();
                }
                wordItem = word;
            }
            itemStart = i + 1;
        }
        if (wordItem != null) {
            // "张静、海闻（北京大学）": one item that is also an everyday word is a name only among names
            if (names.isEmpty()) {
                return List.of();
            }
            names.add(wordItem);
        }
        return names;
    }

    private static int[] trimmed(String text, int from, int to) {
        while (from < to && PADDING.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && PADDING.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return new int[] {from, to};
    }

    /**
     * One item of the list: a name ("颜鹏飞"), a padded name ("王 冰", "樊  明") or names apart by spaces ("田传浩 陈宏辉");
     * an empty item (a list resumed after the previous bracket) is fine, anything else is not.
     */
    private static boolean item(String text, int from, int to, Predicate<String> nameShaped, List<int[]> names) {
        while (from < to && PADDING.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && PADDING.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        if (from == to) {
            return true;
        }
        String item = text.substring(from, to);
        String[] pieces = item.split("[ \u3000]+");
        if (pieces.length == 1) {
            if (!nameShaped.test(item)) {
                return false;
            }
            names.add(new int[] {from, to});
            return true;
        }
        String joined = String.join("", pieces);
        boolean padded = joined.length() <= 3 && pieces.length == 2;
        if (padded && nameShaped.test(joined)) {
            names.add(new int[] {from, to});
            return true;
        }
        int at = from;
        List<int[]> apart = new ArrayList<>();
        for (String piece : pieces) {
            int s = text.indexOf(piece, at);
            if (piece.length() < 2 || !nameShaped.test(piece)) {
                return false;
            }
            apart.add(new int[] {s, s + piece.length()});
            at = s + piece.length();
        }
        names.addAll(apart);
        return true;
    }
}
