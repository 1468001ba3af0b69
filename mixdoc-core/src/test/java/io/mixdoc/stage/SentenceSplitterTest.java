package io.mixdoc.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        Document d = Mixdoc.pipeline().withoutExtensions().fast().build().run("t", text);
        return d.layer(Layers.SENTENCE).spans().stream().map(d::cover).toList();
    }

    @Test
    void splitsChineseAndEnglishAlike() {
        assertEquals(List.of("今年2月,总统对中国进行国事访问。", "State visit.", "两国关系很好!", "Yes?"),
                sentences("今年2月,总统对中国进行国事访问。 State visit.两国关系很好! Yes?"));
    }

    @Test
    void keepsDecimalsAbbreviationsAndInitialsInside() {
        assertEquals(List.of("Mr. Smith paid US $ 94.8 billion to John F. Kennedy Jr. today.", "Done."),
                sentences("Mr. Smith paid US $ 94.8 billion to John F. Kennedy Jr. today. Done."));
    }

    @Test
    void closingQuotesStayWithTheSentenceAndLinesEndSentences() {
        assertEquals(List.of("他说:“很好。”", "第二行"), sentences("他说:“很好。”\n第二行"));
    }

    @Test
    void sentenceLanguageIsTheMajorityOfItsLetters() {
        Document d = Mixdoc.pipeline().withoutExtensions().fast().build().run("t", "您对企业规划有什么建议to invest?");
        Sentence s = d.layer(Layers.SENTENCE).spans().get(0);
        assertEquals("zh", s.lang());
    }
}
