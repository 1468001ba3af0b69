package io.mixdoc.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.seg.common.Term;
import io.mixdoc.Deadline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HanLP sees a long document a window at a time; the terms still tile the text at the right offsets. */
class SegmentWindowTest {
    @Test
    void termsTileTheTextAcrossWindows() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 3 * EntityRecognizer.SEGMENT_WINDOW; i++) {
            b.append("新华社北京电 国家主席习近平会见了吉尔吉斯斯坦总统扎帕罗夫。双方就发展合作交换了意见");
            b.append(i % 7 == 0 ? "\n" : "。");
        }
        b.append("一".repeat(EntityRecognizer.SEGMENT_WINDOW + 100)); // no break at all: cut at the limit
        // an English stretch longer than a window: no Chinese in it, so HanLP is not asked; one Latin term per window
        String english = "President Xi Jinping met Kyrgyz President Sadyr Japarov in Beijing on Friday.\n";
        b.append('\n').append(english.repeat(2 * EntityRecognizer.SEGMENT_WINDOW / english.length() + 1));
        b.append("习近平会见了扎帕罗夫。");
        String text = b.toString();
        List<Term> terms = EntityRecognizer.segmentInWindows(text, Deadline.none());
        int at = 0;
        for (Term t : terms) {
            assertEquals(at, t.offset, "terms follow each other without gaps");
            assertEquals(t.word, text.substring(t.offset, t.offset + t.word.length()));
            at += t.word.length();
        }
        assertEquals(text.length(), at);
        assertTrue(terms.stream().anyMatch(t -> t.word.equals("习近平") && t.nature.toString().startsWith("nr")));
        assertTrue(terms.stream().anyMatch(t -> t.word.startsWith("President Xi") && t.word.length() > 1000 && t.nature.toString().equals("nx")));
        assertTrue(terms.stream().anyMatch(t -> t.word.equals("习近平") && t.offset == text.lastIndexOf("习近平")),
                "the Chinese after the English is still segmented");
    }
}
