package io.mixdoc.facts.internal;

import io.mixdoc.Deadline;
import io.mixdoc.facts.EntityType;
import io.mixdoc.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * People listed with people: in a list joined by 、 (its last item perhaps after 及/和/与), where at least two
 * items are already read as people and they make at least a third of it, the other items shaped like a name are
 * people too. Lists of honorees, speakers and signatories name people so, and the segmenter misreads some of
 * them ("向刘遵义、陈凯先、中村修二、李兰娟及江朝晖": 遵义 read as a place, 中村修/二 cut). An item the text
 * already names as a place or an organisation, whole, stays what it is.
 */
public final class ListedPeople {
    private ListedPeople() {
    }

    /** Items already read as people that make a list one of people, and the most items each may vouch for. */
    private static final int MIN_PEOPLE = 2;
    private static final int MAX_ITEMS_PER_PERSON = 3;
    /** Characters of a listed name: two to four. */
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 4;
    private static final String LAST_JOINERS = "及和与";
    /** Words that end the text before a list's first item ("向刘遵义、…", "由张三、…"). */
    private static final String BEFORE_FIRST = "向对与和及为在由给把被将请邀称据";

    /** PERSON candidates for the unread items of every list of people in {@code text}. */
    public static List<Candidate> find(String text, List<Candidate> found, Predicate<String> nameShaped, Deadline deadline) {
        Map<Long, Candidate> byExtent = new HashMap<>();
        Map<Integer, Candidate> personByStart = new HashMap<>();
        Map<Integer, Candidate> personByEnd = new HashMap<>();
        for (Candidate c : found) {
            byExtent.put(extent(c.start(), c.end()), c);
            if (c.type() == EntityType.PERSON) {
                personByStart.put(c.start(), c);
                personByEnd.put(c.end(), c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        int from = 0;
        for (int comma = text.indexOf('、', from); comma >= 0; comma = text.indexOf('、', from)) {
            deadline.check();
            List<int[]> items = new ArrayList<>();
            int[] first = itemBefore(text, comma, personByEnd);
            if (first != null) {
                items.add(first);
            }
            int at = comma + 1;
            while (true) {
                int[] item = itemAfter(text, at, personByStart);
                if (item == null) {
                    break;
                }
                items.add(item);
                at = item[1] + 1;
                if (item[1] >= text.length() || !(text.charAt(item[1]) == '、' || LAST_JOINERS.indexOf(text.charAt(item[1])) >= 0)) {
                    break;
                }
            }
            from = Math.max(comma + 1, at - 1);
            int people = 0;
            for (int[] item : items) {
                Candidate c = byExtent.get(extent(item[0], item[1]));
                people += c != null && c.type() == EntityType.PERSON ? 1 : 0;
            }
            if (people < MIN_PEOPLE || people * MAX_ITEMS_PER_PERSON < items.size()) {
                continue;
            }
            for (int[] item : items) {
                if (!byExtent.containsKey(extent(item[0], item[1])) && nameShaped.test(text.substring(item[0], item[1]))) {
                    out.add(new Candidate(item[0], item[1], EntityType.PERSON, "list:people", 2));
                }
            }
        }
        return out;
    }

    /** The item ending at the first 、: a person read there, else the Chinese characters after the last word before it. */
    private static int[] itemBefore(String text, int comma, Map<Integer, Candidate> personByEnd) {
        Candidate person = personByEnd.get(comma);
        if (person != null) {
            return new int[] {person.start(), comma};
        }
        int start = comma;
        while (start > 0 && Chars.isHan(text.charAt(start - 1)) && BEFORE_FIRST.indexOf(text.charAt(start - 1)) < 0
                && comma - start < MAX_NAME + 1) {
            start--;
        }
        boolean bounded = start == 0 || !Chars.isHan(text.charAt(start - 1)) || BEFORE_FIRST.indexOf(text.charAt(start - 1)) >= 0;
        return bounded && comma - start >= MIN_NAME && comma - start <= MAX_NAME ? new int[] {start, comma} : null;
    }

    /**
     * The item starting at {@code at}: a person read there, else two to four Chinese characters up to the next
     * 、, a last joiner (after two characters at least: 张和平 keeps its 和) or anything not Chinese.
     */
    private static int[] itemAfter(String text, int at, Map<Integer, Candidate> personByStart) {
        Candidate person = personByStart.get(at);
        if (person != null) {
            return new int[] {at, person.end()};
        }
        int end = at;
        while (end < text.length() && Chars.isHan(text.charAt(end)) && text.charAt(end) != '、'
                && !(end - at >= MIN_NAME && LAST_JOINERS.indexOf(text.charAt(end)) >= 0)) {
            if (end - at == MAX_NAME) {
                return null; // a longer run: prose, or a name with its verb, which only a reading could cut
            }
            end++;
        }
        return end - at >= MIN_NAME ? new int[] {at, end} : null;
    }

    private static long extent(int start, int end) {
        return (long) start << 32 | end;
    }
}
