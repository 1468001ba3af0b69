package io.mixdoc.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.CodeRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CodeRegionFinder#find} passes over a line {@link CodeRegionFinder#chineseLine} names without copying it: on
 * every such line of texts written for this test and of random ones, the old path (fence and block openers,
 * indented blocks, {@link CodeRegionFinder#lineRegion}) must have found nothing either.
 */
class ChineseLineTest {
    private static final List<String> TEXTS = List.of(
            "安装：\n```bash\n$ npm install x\n```\n或者使用 `yarn add x` 安装。",
            "  运行 dpkg --get-selections 可以列出软件包。\n# 安装\n# apt-get install 软件\n",
            "\u3000\u3000缩进的中文段落，使用 systemctl start sshd 启动。\n    at a.B.c(B.java:42) 错误\n\tat 中文\n",
            "@param name 用户名\n-f, --force 强制覆盖\n—— 破折号开头的中文\n“引号”里的 English words。\n",
            "Exception 在 thread main 中\nat java.lang.Thread.run(Thread.java:748) 线程\n<div>中文</div>\n",
            "public String getName(int id); // 名字\n《书名》第一章 CREATE TABLE t (\n①第一步：sudo apt-get update\n",
            "1. 第一步：运行 make install\nJava 是一种语言，at 前面\n# 标题 apt-get install\n* 列表项 sudo reboot\n| 表格 | 值 |\n",
            "$ 价格 100\nsudo 命令需要 root 权限\n> 引用的中文\natom 原子\nat 中文 a.B.c(B.java:1)\n");

    @Test
    void findsNothingOnTheLinesItPassesOver() {
        int passed = 0;
        for (String t : TEXTS) {
            passed += assertNothingFound(t);
        }
        assertTrue(passed >= 14, "lines passed over: " + passed);
        Random r = new Random(15);
        String[] pieces = {"中文", "。", " ", "    ", "\t", "\u3000", "at ", "a.B.c(B.java:1)", "$ ", "# ", "-f", "--force",
            "@param", "<div>", "```", "~~~", "sudo", " apt-get", " install", "x;", "{", "}", "//", "—", "“", "é", "\n", "\r\n",
            "1. ", "Java", "*", "#", "|", ">", "(", "ls -l", "at", "\u001C", "\u007F", "_x", ".", "%"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            passed += assertNothingFound(b.toString());
        }
        assertTrue(passed > 1_000, "random lines passed over: " + passed);
    }

    @Test
    void keepsLinesThatARuleMayRead() {
        String t = "运行 x\nat a.B.c(B.java:42) 中文\n    缩进 中文\n";
        assertTrue(CodeRegionFinder.chineseLine(t, 0, 4));
        assertFalse(CodeRegionFinder.chineseLine(t, 5, t.indexOf('\n', 5)));
        for (String kept : new String[] {"-f 强制", "@param 名字", "<div>中文", "```中文", "~~~ 中文", "at 中文"}) {
            assertFalse(CodeRegionFinder.chineseLine(kept, 0, kept.length()), kept);
        }
        for (String passed : new String[] {"1. 第一步", "Java 语言", "# 标题", "| 表格 |", "atom 原子"}) {
            assertTrue(CodeRegionFinder.chineseLine(passed, 0, passed.length()), passed);
        }
        int indented = t.indexOf("    ");
        assertFalse(CodeRegionFinder.chineseLine(t, indented, t.indexOf('\n', indented)));
    }

    private static int assertNothingFound(String text) {
        int passed = 0;
        int s = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '\n') {
                int e = k > s && text.charAt(k - 1) == '\r' ? k - 1 : k;
                if (CodeRegionFinder.chineseLine(text, s, e)) {
                    String line = text.substring(s, e);
                    char first = CodeRegionFinder.firstNonSpace(line);
                    assertFalse(first == '`' || first == '~' || first == '<', line);
                    assertFalse(CodeRegionFinder.isIndented(line), line);
                    List<CodeRegion> out = new ArrayList<>();
                    CodeRegionFinder.lineRegion(text, s, e, line, first, out);
                    assertTrue(out.isEmpty(), () -> "a region in " + line);
                    passed++;
                }
                s = k + 1;
            }
        }
        return passed;
    }
}
