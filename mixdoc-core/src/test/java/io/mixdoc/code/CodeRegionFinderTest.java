package io.mixdoc.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mixdoc.CodeRegion;
import io.mixdoc.token.Tokenizer;
import org.junit.jupiter.api.Test;

class CodeRegionFinderTest {
    /** The kind of the region that starts at {@code part} and covers it, or null. */
    private static CodeRegion.Kind regionAt(String text, String part) {
        int s = text.indexOf(part);
        for (CodeRegion r : CodeRegionFinder.find(text, Tokenizer.tokenize(text))) {
            if (r.start() <= s && s + part.length() <= r.end()) {
                return r.kind();
            }
        }
        return null;
    }

    @Test
    void fencesInlineCodeAndIndentedBlocks() {
        String t = "安装：\n\n```bash\n$ npm install x\n```\n\n或者使用 `yarn add x` 安装。\n\n"
                + "    Exception in thread \"main\" java.lang.NullPointerException\n        at a.B.c(B.java:42)\n\n正文。";
        assertEquals(CodeRegion.Kind.FENCED, regionAt(t, "$ npm install x"));
        assertEquals(CodeRegion.Kind.INLINE, regionAt(t, "`yarn add x`"));
        assertEquals(CodeRegion.Kind.INDENTED, regionAt(t, "at a.B.c(B.java:42)"));
        assertNull(regionAt(t, "正文"));
    }

    @Test
    void shellPromptsCommandsOptionsAndSource() {
        String t = "# apt-get install debian-reference-zh-cn\n# 安装\n运行 dpkg --get-selections 可以列出软件包。使用systemctl start sshd启动服务。\n"
                + "  -f, --force       强制覆盖已有文件\n@param name 用户名\npublic String getName(int id)\n";
        assertEquals(CodeRegion.Kind.SHELL, regionAt(t, "# apt-get install"));
        assertNull(regionAt(t, "# 安装"));
        assertEquals(CodeRegion.Kind.SHELL, regionAt(t, "dpkg --get-selections"));
        assertEquals(CodeRegion.Kind.SHELL, regionAt(t, "systemctl start sshd"));
        assertEquals(CodeRegion.Kind.OPTION, regionAt(t, "-f, --force"));
        assertNull(regionAt(t, "强制覆盖")); // the description of an option is prose
        assertEquals(CodeRegion.Kind.SOURCE, regionAt(t, "@param name"));
        assertNull(regionAt(t, "用户名"));
        assertEquals(CodeRegion.Kind.SOURCE, regionAt(t, "public String getName(int id)"));
    }

    @Test
    void englishProseIsNoCode() {
        String t = "Make sure the service is running before you start.\n\n    This indented paragraph is a quotation of plain English prose.\n";
        assertNull(regionAt(t, "Make sure"));
        assertNull(regionAt(t, "This indented"));
    }

    @Test
    void aShellLoopInsideAChineseSentenceIsCode() {
        String t = "* 运行 while dquilt push; do dquilt refresh; done 以应用全部补丁。";
        assertEquals(CodeRegion.Kind.SHELL, regionAt(t, "while dquilt push; do dquilt refresh; done"));
    }

    @Test
    void aMarkupElementOnItsOwnLineIsASample() {
        String t = "插入片段后得到：\n\n<note lang=\"en\">Remember to water the plants</note>\n\n"
                + "<b>粗体</b>\n<p>An opened paragraph that never closes\n";
        assertEquals(CodeRegion.Kind.MARKUP, regionAt(t, "<note lang=\"en\">Remember to water the plants</note>"));
        assertNull(regionAt(t, "<b>粗体</b>")); // Chinese inside: a reader's text, not a sample
        assertNull(regionAt(t, "An opened paragraph"));
    }
}
