package io.mixdoc.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Token;
import io.mixdoc.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    /** The kind of the token covering exactly {@code part} of {@code text}, or null. */
    private static TokenKind kindOf(String text, String part) {
        int s = text.indexOf(part);
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.start() == s && t.end() == s + part.length()) {
                return t.kind();
            }
        }
        return null;
    }

    @Test
    void codeLikeTokensStayWhole() {
        String t = "编辑config.yaml文件，打开 https://example.com/a?b=1 或写信到 dev@example.org，联系@zhang_san。";
        assertEquals(TokenKind.PATH, kindOf(t, "config.yaml"));
        assertEquals(TokenKind.URL, kindOf(t, "https://example.com/a?b=1"));
        assertEquals(TokenKind.EMAIL, kindOf(t, "dev@example.org"));
        assertEquals(TokenKind.HANDLE, kindOf(t, "@zhang_san"));
        String c = "调用 doc.getText() 和 getUserName，设置 JAVA_HOME 与 --force，路径 ~/.bashrc /etc/fstab src/main/App.java";
        assertEquals(TokenKind.IDENTIFIER, kindOf(c, "doc.getText()"));
        assertEquals(TokenKind.IDENTIFIER, kindOf(c, "getUserName"));
        assertEquals(TokenKind.IDENTIFIER, kindOf(c, "JAVA_HOME"));
        assertEquals(TokenKind.IDENTIFIER, kindOf(c, "--force"));
        assertEquals(TokenKind.PATH, kindOf(c, "~/.bashrc"));
        assertEquals(TokenKind.PATH, kindOf(c, "/etc/fstab"));
        assertEquals(TokenKind.PATH, kindOf(c, "src/main/App.java"));
        String v = "版本v0.40以后，升级到1.6.1，ext4 和 fcitx5，<div class=\"x\">&amp;";
        assertEquals(TokenKind.VERSION, kindOf(v, "v0.40"));
        assertEquals(TokenKind.VERSION, kindOf(v, "1.6.1"));
        assertEquals(TokenKind.IDENTIFIER, kindOf(v, "ext4"));
        assertEquals(TokenKind.MARKUP, kindOf(v, "<div class=\"x\">"));
        assertEquals(TokenKind.MARKUP, kindOf(v, "&amp;"));
    }

    @Test
    void buildCoordinatesAndHexLiteralsAreCode() {
        // a library named as a build file names it, a port range in hex, a byte string in escapes: before, each was
        // split into words, and org, ff or xa read as a cut word
        String t = "使用前需要引入com.example.tools:tools-core-jdk11，端口范围 0x3f0-0x3ff，返回 \\xc3\\xa9\\x41的串。";
        assertEquals(TokenKind.IDENTIFIER, kindOf(t, "com.example.tools:tools-core-jdk11"));
        assertEquals(TokenKind.IDENTIFIER, kindOf(t, "0x3f0-0x3ff"));
        assertEquals(TokenKind.IDENTIFIER, kindOf(t, "\\xc3\\xa9\\x41"));
        // prose keeps its words: a colon after a sentence's last word, an abbreviation
        assertEquals(TokenKind.WORD, kindOf("He said: yes, in the U.S. too.", "said"));
    }

    @Test
    void proseIsWordsNumbersAndMarks() {
        String t = "The U.S. said (in 2024) it's 10% higher.Next year";
        assertEquals(TokenKind.WORD, kindOf(t, "The"));
        assertEquals(TokenKind.WORD, kindOf(t, "U"));
        assertEquals(TokenKind.NUMBER, kindOf(t, "2024"));
        assertEquals(TokenKind.NUMBER, kindOf(t, "10%"));
        assertEquals(TokenKind.WORD, kindOf(t, "higher"));
        assertEquals(TokenKind.WORD, kindOf(t, "Next")); // a lost space after a full stop is no dotted name
        assertEquals(TokenKind.WORD, kindOf("China andCentral Asia", "andCentral")); // one hump: may be glued words
        assertEquals(TokenKind.NUMBER, kindOf("4th and 8GB", "4th"));
        assertEquals(TokenKind.WORD, kindOf("她已经3ars old", "ars")); // no unit: a cut word after digits
        assertEquals(TokenKind.WORD, kindOf("a state-of-the-art tool", "state"));
    }

    @Test
    void chineseRunsAndPinyin() {
        String t = "你好（nǐ hǎo），北京（Běijīng）";
        assertEquals(TokenKind.HAN, kindOf(t, "你好"));
        assertEquals(TokenKind.PUNCT, kindOf(t, "（"));
        assertEquals(TokenKind.PINYIN, kindOf(t, "nǐ"));
        assertEquals(TokenKind.PINYIN, kindOf(t, "Běijīng"));
        assertEquals(TokenKind.WORD, kindOf("un café noir", "café"));
    }

    @Test
    void tokensAreSortedDisjointAndNeverContainSpaceOutsideMarkup() {
        String t = "用git clone https://x.org/a.git 获取源码。 [link](https://y.org) `code` 𠮷abc def";
        List<Token> tokens = Tokenizer.tokenize(t);
        int last = 0;
        for (Token k : tokens) {
            assertTrue(k.start() >= last, "overlap at " + k);
            last = k.end();
            if (k.kind() != TokenKind.MARKUP) {
                assertFalse(t.substring(k.start(), k.end()).contains(" "), k.toString());
            }
        }
        assertEquals(TokenKind.URL, kindOf(t, "https://y.org"));
        assertEquals(TokenKind.HAN, kindOf(t, "𠮷"));
    }

    @Test
    void aMarkdownLinkAddressIsOneUrlToken() {
        String t = "- [3.1 使用 npm 安装](#31-%E4%BD%BF%E7%94%A8-npm) 和 [API](docs/api.md)";
        assertEquals(TokenKind.URL, kindOf(t, "#31-%E4%BD%BF%E7%94%A8-npm"));
        assertEquals(TokenKind.URL, kindOf(t, "docs/api.md"));
    }
    /**
     * A core of ASCII digits is taken as one NUMBER without a pattern: what wholeKind answers for it, and what
     * splitting makes of one too long for the patterns.
     */
    @Test
    void aCoreOfDigitsIsOneNumberAsThePatternsRead() {
        for (String digits : List.of("7", "42", "2024", "20261201", "9".repeat(Tokenizer.MAX_PATTERN_CHUNK + 10))) {
            if (digits.length() <= Tokenizer.MAX_PATTERN_CHUNK) {
                assertEquals(TokenKind.NUMBER, Tokenizer.wholeKind(digits), digits);
            }
            String text = "共有" + digits + "个文件";
            assertEquals(TokenKind.NUMBER, kindOf(text, digits), digits);
            assertEquals(3, Tokenizer.tokenize(text).size(), "共有, the number, 个文件: " + digits);
        }
        // not only digits: still read by the patterns
        assertEquals(TokenKind.VERSION, kindOf("升级到1.6.1以后", "1.6.1"));
        assertEquals(TokenKind.NUMBER, kindOf("大小8GB的盘", "8GB"));
        assertEquals(TokenKind.NUMBER, kindOf("共 ３２ 个", "３２"), "full-width digits are split into one NUMBER run as before");
    }
}
