package io.mixdoc.seams;

import static io.mixdoc.seams.FastSeams.has;
import static io.mixdoc.seams.FastSeams.seams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes of false seams found on the third real clean set, the list sources (Debian man pages and manuals,
 * Javadoc): a manual's names where they stand as names (a command reference's heads, SQL statements, psql
 * tables, definition lists, code inside a sentence, one-letter parameters) and a doubling the page writes as its
 * pattern. Every text here flagged a seam before these rules; the texts are the team's own.
 */
class ManualNamesTest {
    @Test
    void aNameTheEntriesDefineIsThatNameInTheProse() {
        String see = "这个选项设置一个本地盘符,登录时用户的主目录就映射到这里(参见logon home). 注意:只在登录服务器上有用.";
        String where = "工作站登录时它们的主目录的位置. Clients use netlogon to find it.";
        // without entry lines, "logon" before a Chinese-written page reads as the tail of the page's "netlogon"
        assertTrue(has(seams(see + "\n\n" + where + "\n"), SeamType.FRAGMENT));
        // entries named "logon drive" and "logon home": the prose names the second
        assertEquals(List.of(), seams("logon drive (G) " + see + "\n\nlogon home (G) " + where + "\n"));
    }

    @Test
    void aWholeQuotedCommandBeforeChineseIsNoCut() {
        assertEquals(List.of(), seams("* \"while test ; do step ; done\"，只要 \"test\" 为真，就会重复执行 \"step\"。\n"));
        // a quote that opens in Chinese and closes in English still breaks off
        List<Seam> found = seams("他接着说：“这件事我们一定会坚持 to the very end”，然后离开了会场。\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void subcommandsOfACommandReferenceAreNoGluedWords() {
        assertEquals(List.of(), seams("path isdirectory name 当 name 是目录时返回 1。\n\npath isfile name 当 name 是普通文件时返回 1。\n\n"
                + "path atime name 返回 name 上次被读取的时间。\n"));
    }

    @Test
    void aLoneLineOpenedByTheSameWordIsNoReference() {
        List<Seam> found = seams("path isdirectory name 当 name 是目录时返回 1。\n\n另外还可以查看文件的大小和时间。\n");
        assertTrue(has(found, SeamType.GLUED_WORDS), found.toString());
    }

    @Test
    void namesInAnSqlStatementAreNoGluedWords() {
        assertEquals(List.of(), seams("删除表和它的索引：\n\nDROP TABLE mybooks CASCADE;\n\n授权：\n\nGRANT SELECT ON mytable TO GROUP readers;\n"));
    }

    @Test
    void theRuleUnderATablesHeaderIsNoShortRow() {
        assertEquals(List.of(), seams("查询的结果：\n\n id | title\n----+----------\n  1 | 新书\n  2 | 旧书\n  3 | 杂志\n"));
    }

    @Test
    void headsOfADefinitionListAreNoUnfinishedClauses() {
        assertEquals(List.of(), seams("拨号设置\n\nA - Retry delay time 两次重拨之间等待的秒数。\n\nB - Number of attempts 放弃之前最多拨号的次数。\n\n"
                + "C - Hang up on exit 退出时是否挂断线路。\n"));
    }

    @Test
    void anEnglishClauseBetweenChineseParagraphsIsStillASwitch() {
        List<Seam> found = seams("会议纪要\n\n我们讨论了新的发布计划。\n\nWe will meet again 明天下午在会议室继续讨论。\n\n大家都同意这个安排。\n");
        assertTrue(has(found, SeamType.INTRA_SENTENCE_SWITCH), found.toString());
    }

    @Test
    void codeInsideAChineseSentenceIsNoClause() {
        assertEquals(List.of(), seams("查询语句形如：select * from books where id=:bookId，返回一行。\n"));
    }

    @Test
    void aDoublingTheManualWritesInEveryEntryIsItsPattern() {
        assertEquals(List.of(), seams("特殊字符：\n\nintr 信号信号将发送中断\n\nquit 信号信号将发送退出\n\nsusp 信号信号将发送停止\n"));
    }

    @Test
    void aDoublingWrittenOnceIsStillADoubling() {
        List<Seam> found = seams("只有一处：\n\nintr 信号信号将发送中断\n\nquit 信号将发送退出\n");
        assertTrue(has(found, SeamType.DUPLICATION), found.toString());
    }

    @Test
    void aOneLetterParameterIsASymbolInItsComment() {
        assertEquals(List.of(), seams("比较两个值\n@param a 第一个值\n@param b 第二个值\n@return a==b返回0，a<b返回负数，a>b返回正数\n\n"
                + "@return 如果 a * b的结果没有溢出则返回它\n"));
    }

    @Test
    void operatorsOfCodeMakeAStretchCodeButPricesAndHeadlineBarsDoNot() {
        assertTrue(CodeWordContext.codeStretch("例如 select * from books where id=:bookId 即可", 5));
        assertTrue(CodeWordContext.codeStretch("等价于 namespace eval ::foo 即可", 5));
        assertEquals(false, CodeWordContext.codeStretch("他交了 a $500 unsecured bond 才获释", 5));
        assertEquals(false, CodeWordContext.codeStretch("星空 sky | Geminid meteor shower 将在", 4));
    }

    @Test
    void aTypeTheDocumentWritesInCodeIsNoSurname() {
        assertEquals(List.of(), seams("public static Long toLong(Object value)\n\n转换为Long数组\n\n@param value 被转换的值\n"));
    }

    @Test
    void theSameWordWithNoCodeAroundIsStillReadAsAName() {
        // (转换为Long数组 was this test's text until s15-harm: 数组 says what kind of thing Long is, no given name)
        List<Seam> found = seams("译者：Long海涛\n\n结果是一个数组。\n");
        assertTrue(has(found, SeamType.HALF_TRANSLATED_NAME), found.toString());
    }
}
