package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a list the text closes as companies: "中国中车、中联重科、远大科技等48家大型企业", "甲乙科技、丙丁集团等企业".
 * Each item is one whole word or run of words of two to eight characters, set off by 、 (the last perhaps by 和/及/与)
 * and the clause's start; an item holding a function character is a phrase, not a name, and is left out.
 */
public final class ListedCompanies {
    private ListedCompanies() {
    }

    /** 等, perhaps a count of companies, perhaps a modifier, and a word for companies. */
    private static final Pattern CLOSED_AS_COMPANIES = Pattern.compile(
            "等(?:\\d+|[一二三四五六七八九十百千多数]{1,3})?家?\\p{IsHan}{0,4}?(?:企业|公司|银行|车企|药企|房企|金融机构)");
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEM = 8;
    private static final String JOINERS = "和及与";

    public static List<Candidate> find(String text, String functionChars, Set<Integer> termEdges) {
        List<Candidate> out = new ArrayList<>();
        for (Matcher m = CLOSED_AS_COMPANIES.matcher(text); m.find(); ) {
            List<Candidate> items = new ArrayList<>();
            int end = m.start();
            while (end > 0) {
                int start = end;
                while (start > 0 && io.mixdoc.text.Chars.isHan(text.charAt(start - 1)) && text.charAt(start - 1) != '、'
                        && end - start <= MAX_ITEM) {
                    start--;
                }
                String item = text.substring(start, end);
                // "中联重科和远大科技": the last two items joined by a word rather than 、
                int joined = items.isEmpty() ? joinerInside(item) : -1;
                if (joined > 0) {
                    addItem(text, start + joined + 1, end, functionChars, termEdges, items);
                    end = start + joined;
                    continue;
                }
                boolean listed = start > 0 && text.charAt(start - 1) == '、';
                if (!listed && start > 0 && io.mixdoc.text.Chars.isHan(text.charAt(start - 1))) {
                    break; // "包括中国中车、…": the first item's start is not known
                }
                if (!addItem(text, start, end, functionChars, termEdges, items) || !listed) {
                    break;
                }
                end = start - 1;
            }
            if (items.size() >= MIN_ITEMS) {
                out.addAll(items);
            }
        }
        return out;
    }

    private static int joinerInside(String item) {
        for (int k = item.length() - 3; k >= 2; k--) {
            if (JOINERS.indexOf(item.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean addItem(String text, int start, int end, String functionChars, Set<Integer> termEdges, List<Candidate> items) {
        String item = text.substring(start, end);
        if (item.length() < 2 || item.length() > MAX_ITEM || item.chars().anyMatch(ch -> functionChars.indexOf(ch) >= 0)
                || !termEdges.contains(start) || !termEdges.contains(end)) {
            return false;
        }
        items.add(new Candidate(start, end, EntityType.ORG, "pattern:listed-companies", 3));
        return true;
    }
}
