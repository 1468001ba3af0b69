package io.mixdoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ZhuyinTest {
    @Test
    void initialsFinalsAndTheSpellingRulesOfPinyin() {
        assertEquals("ㄕㄨˋ", Zhuyin.of("shu", 4));
        assertEquals("ㄐㄩˋ", Zhuyin.of("ju", 4)); // ü written u after j
        assertEquals("ㄐㄩㄝˊ", Zhuyin.of("jue", 2));
        assertEquals("ㄌㄩˇ", Zhuyin.of("lv", 3)); // HanLP writes ü as v
        assertEquals("ㄌㄩˇ", Zhuyin.of("lü", 3));
        assertEquals("ㄓ", Zhuyin.of("zhi", 1)); // no final after zhi…si
        assertEquals("ㄙˋ", Zhuyin.of("si", 4));
        assertEquals("ㄦˊ", Zhuyin.of("er", 2));
        assertEquals("˙ㄉㄜ", Zhuyin.of("de", 5)); // the neutral tone leads
        assertEquals("ㄍㄨㄟˋ", Zhuyin.of("gui", 4)); // ui = uei
        assertEquals("ㄌㄧㄡˊ", Zhuyin.of("liu", 2)); // iu = iou
        assertEquals("ㄉㄨㄣˋ", Zhuyin.of("dun", 4)); // un = uen
        assertEquals("ㄩㄣˊ", Zhuyin.of("yun", 2));
        assertEquals("ㄩㄥˇ", Zhuyin.of("yong", 3));
        assertEquals("ㄒㄩㄥ", Zhuyin.of("xiong", 1));
        assertEquals("ㄨㄟˋ", Zhuyin.of("wei", 4));
        assertEquals("ㄧ", Zhuyin.of("yi", 1));
        assertEquals("ㄧㄝˇ", Zhuyin.of("ye", 3));
        assertEquals("ㄉㄨㄥ", Zhuyin.of("dong", 1));
        assertNull(Zhuyin.of("xyz"));
    }

    @Test
    void everyHanLpSyllableHasAZhuyinThatReadsBack() {
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : com.hankcs.hanlp.dictionary.py.Pinyin.values()) {
            String toneless = p.getPinyinWithoutTone();
            if (toneless.startsWith("none")) {
                continue;
            }
            String z = Zhuyin.of(toneless, p.getTone());
            assertNotNull(z, toneless);
            assertEquals(toneless.replace('v', 'ü'), Zhuyin.toPinyin(z), toneless + " → " + z);
        }
        assertNull(Zhuyin.toPinyin("ㄕㄅㄆ"));
    }
}
