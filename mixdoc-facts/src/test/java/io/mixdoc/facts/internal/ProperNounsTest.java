package io.mixdoc.facts.internal;

import io.mixdoc.text.Simplified;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.facts.EntityType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProperNounsTest {
    private final ProperNouns names = ProperNouns.get();

    @Test
    void typesChineseProperNounsByTheirFirstSense() {
        assertEquals(Optional.of(EntityType.ORG), names.zh("微软").flatMap(ProperNouns.Name::type));
        assertEquals("Microsoft Corporation", names.zh("微软").get().english());
        assertEquals(Optional.of(EntityType.PERSON), names.zh("普京").flatMap(ProperNouns.Name::type));
        assertEquals(Optional.of(EntityType.PLACE), names.zh("维也纳").flatMap(ProperNouns.Name::type));
        assertEquals(Optional.of(EntityType.PLACE), names.zh("郑州").flatMap(ProperNouns.Name::type), "see 郑州市");
        assertEquals(Optional.of(EntityType.ORG), names.zh("八路军").flatMap(ProperNouns.Name::type), "a war's years are no lifetime");
        assertFalse(names.zh("共产国际").flatMap(ProperNouns.Name::type).equals(Optional.of(EntityType.PERSON)),
                "Communist International or Comintern (1919-1943): a body's years are no lifetime");
        assertEquals(Optional.of(EntityType.ORG), names.zh("淘宝").flatMap(ProperNouns.Name::type), "a Chinese online shopping website");
        assertEquals(Optional.of(EntityType.ORG), names.zh("支付宝").flatMap(ProperNouns.Name::type), "online payment platform");
    }

    @Test
    void aNameEndingInTheWordForABodyIsAnOrganisation() {
        assertEquals(Optional.of(EntityType.ORG), names.zh("共产国际").flatMap(ProperNouns.Name::type), "Communist International");
        assertEquals(Optional.of(EntityType.ORG), names.zh("九三学社").flatMap(ProperNouns.Name::type), "Jiusan Society");
        assertEquals(Optional.of(EntityType.ORG), names.zh("大赦国际").flatMap(ProperNouns.Name::type), "Amnesty International");
        assertTrue(names.zh("合纵连横").flatMap(ProperNouns.Name::type).isEmpty(),
                "Vertical and Horizontal Alliance: two names joined, a stratagem, no body");
    }

    @Test
    void aVariantSpellingTakesTheTypeAndEnglishNameOfTheHeadwordItPointsTo() {
        // 迪斯尼: "see 迪士尼[...]"; 迪士尼: "Disney, American entertainment conglomerate"
        assertEquals(Optional.of(EntityType.ORG), names.zh("迪士尼").flatMap(ProperNouns.Name::type));
        assertEquals(Optional.of(EntityType.ORG), names.zh("迪斯尼").flatMap(ProperNouns.Name::type));
        assertEquals("Disney", names.zh("迪斯尼").get().english());
        assertEquals(Optional.of(EntityType.PLACE), names.zh("四川").flatMap(ProperNouns.Name::type), "see 四川省, no pipe");
    }

    @Test
    void aHeadwordThatIsAlsoACommonWordIsOnlyANameToLink() {
        assertFalse(names.zh("波音").get().onlyName(), "波音 is also a mordent");
        assertTrue(names.zh("现代").isEmpty() || !names.zh("现代").get().onlyName(), "现代 is 'modern'");
        assertEquals(Optional.of(EntityType.ORG), names.en("Boeing"), "the English name still types");
    }

    @Test
    void typesEnglishNamesAndLeavesAmbiguousOnesOut() {
        assertEquals(Optional.of(EntityType.PLACE), names.en("Indiana"));
        assertEquals(Optional.of(EntityType.PLACE), names.en("florida"), "by the sibling 佛罗里达州");
        assertTrue(names.en("Washington").isEmpty(), "a person and a place");
        assertEquals("Vienna", ProperNouns.englishName("Vienna, capital of Austria"));
        assertEquals("", ProperNouns.englishName("modern times"));
    }

    @Test
    void simplifiedKeepsEveryIndex() {
        String t = "中國國務院總理在臺灣說：Hello 𠮷 世界";
        String s = Simplified.sameLength(t, io.mixdoc.Deadline.none());
        assertEquals(t.length(), s.length());
        assertTrue(s.startsWith("中国国务院总理"), s);
        assertEquals(t.substring(t.indexOf("Hello")), s.substring(t.indexOf("Hello")).replace("世界", "世界"));
        assertEquals("plain English", Simplified.sameLength("plain English", io.mixdoc.Deadline.none()));
    }

    @Test
    void theTrieWalkFindsWhatProbingEveryLengthFinds() {
        // the longest name of 2 to 12 characters that is typed, only a name, and ends where allowed:
        // what looking up every substring from the longest down found before the walk
        String text = "微软和英特尔在维也纳会见普京，郑州市的八路军纪念馆。波音现代铜锣湾";
        java.util.function.IntPredicate everywhere = e -> true;
        for (java.util.function.IntPredicate endAllowed : java.util.List.of(everywhere, e -> e % 2 == 0, e -> e % 3 == 1)) {
            for (int i = 0; i < text.length(); i++) {
                int probed = 0;
                for (int len = Math.min(12, text.length() - i); len >= 2; len--) {
                    Optional<ProperNouns.Name> n = names.zh(text.substring(i, i + len));
                    if (endAllowed.test(i + len) && n.isPresent() && n.get().onlyName() && n.get().type().isPresent()) {
                        probed = len;
                        break;
                    }
                }
                assertEquals(probed, names.longestFindableAt(text, i, 12, endAllowed), "at " + i);
            }
        }
        assertEquals(2, names.longestFindableAt(text, 0, 12, everywhere), "微软");
        assertEquals(0, names.longestFindableAt(text, 0, 12, e -> e != 2), "微软 must end on an allowed edge");
        assertEquals(0, names.longestFindableAt(text, text.indexOf("波音"), 12, everywhere), "波音 is also a mordent");
    }
}
