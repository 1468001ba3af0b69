package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mixdoc.Document;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.Pipeline;
import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import io.mixdoc.CleanText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Damage from converters and forums (issue 14): injected readings and jammer noise, and what is left alone. */
class DamageDetectorsTest {
    private static final Pipeline PIPELINE = Mixdoc.pipeline().withoutExtensions().fast().build();

    private static List<Seam> seams(String text, SeamType type) {
        return PIPELINE.run("t", text).layer(Layers.SEAM).spans().stream().filter(s -> s.type() == type).toList();
    }

    private static List<String> surfaces(String text, SeamType type) {
        return seams(text, type).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** What SeamFinder gives its detectors: the document with its token, code and language layers. */
    private static SeamContext context(String text) {
        return new SeamContext(PIPELINE.run("t", text), io.mixdoc.text.EnglishLexicon.get());
    }

    private static String cleaned(String text) {
        Document d = PIPELINE.run("t", text);
        return CleanText.of(d).text();
    }

    @Test
    void readingsSplicedInsideWordsAreRemoved() {
        String text = "這些數(shù)據(jù)來自網(wǎng)絡(luò)，經過整理後發佈。";
        assertEquals(List.of("(shù)", "(jù)", "(wǎng)", "(luò)"), surfaces(text, SeamType.INJECTED_ANNOTATION));
        assertEquals("這些數據來自網絡，經過整理後發佈。", cleaned(text));
    }

    @Test
    void bareToneMarkedPinyinAndZhuyinInsideAWordAreReadings() {
        assertEquals(List.of("shù", "jù"), surfaces("我們的數shù據jù很多。", SeamType.INJECTED_ANNOTATION));
        assertEquals(List.of("ㄕㄨˋ"), surfaces("我們的數ㄕㄨˋ據很多。", SeamType.INJECTED_ANNOTATION));
    }

    @Test
    void zhuyinReadingsAreCheckedAgainstTheCharacterAndTheNeutralToneLeads() {
        // 數 據 東 have traditional forms (the converter glosses them); 西 has none, but follows the pattern
        assertEquals(List.of("ㄕㄨˋ", "ㄐㄩˋ", "ㄉㄨㄥ", "˙ㄒㄧ"),
                surfaces("這些數ㄕㄨˋ據ㄐㄩˋ和東ㄉㄨㄥ西˙ㄒㄧ都很多。", SeamType.INJECTED_ANNOTATION));
        assertEquals(List.of("（ㄨㄤˇ）", "（ㄌㄨㄛˋ）"), surfaces("來自網（ㄨㄤˇ）絡（ㄌㄨㄛˋ）的消息。", SeamType.INJECTED_ANNOTATION));
        // bopomofo letters that spell no syllable are not a reading
        assertTrue(seams("這些數ㄕㄅㄆ據很多。", SeamType.INJECTED_ANNOTATION).isEmpty());
    }

    @Test
    void zhuyinReadingAidsInTextbooksAreNotSeams() {
        for (String clean : List.of("我們討論了民主（ㄇㄧㄣˊ ㄓㄨˇ）的含義。", // a gloss after a whole word
                "我們討論了民主ㄇㄧㄣˊㄓㄨˇ的含義。", // ruby over a whole word, flattened
                "我ㄨㄛˇ愛ㄞˋ北ㄅㄟˇ京ㄐㄧㄥ天ㄊㄧㄢ安ㄢ門ㄇㄣˊ", // a children's text: a reading on every character
                "這個「和（ㄏㄜˊ）」字有幾個讀音。", // one reading after a one-character word
                "用戶目錄通（ㄊㄨㄥ）常用 $HOME 變量來指定。")) { // 通 has no other form: no converter glosses it
            assertTrue(seams(clean, SeamType.INJECTED_ANNOTATION).isEmpty(), clean);
        }
    }

    @Test
    void glossesAndReadingAidsAreNotSeams() {
        // a gloss after a whole word
        assertTrue(seams("我们讨论了民主（mínzhǔ）的含义。", SeamType.INJECTED_ANNOTATION).isEmpty());
        // one reading aid after a one-character word, in a text without the converter's pattern
        assertTrue(seams("这个“和（hé）”字有几个读音。", SeamType.INJECTED_ANNOTATION).isEmpty());
        // a children's text with pinyin after every character
        assertTrue(seams("我(wǒ)爱(ài)北(běi)京(jīng)天(tiān)安(ān)门(mén)", SeamType.INJECTED_ANNOTATION).isEmpty());
        // English in brackets, a term after Chinese
        assertTrue(seams("使用数据库(database)和缓存(cache)，选项(a)。在系统os里。", SeamType.INJECTED_ANNOTATION).isEmpty());
    }

    @Test
    void jammerRunsAreFoundInChineseAndEnglishParagraphs() {
        String zh = "楼主说得很对3 k# R9 u, E\n我也是这么想的。";
        assertEquals(List.of("3 k# R9 u, E"), surfaces(zh, SeamType.NOISE));
        assertEquals("楼主说得很对\n我也是这么想的。", cleaned(zh));
        String en = "I agree with the first post.\n: M0 J# x0 L/ B- S n: OThe second point is weaker.";
        assertEquals(List.of(": M0 J# x0 L/ B- S n: O"), surfaces(en, SeamType.NOISE));
        // glued to the line before, and the next word's first letter is not taken
        String glued = "the end of the line1 A! z; q. W8 e\nnext";
        assertEquals(List.of("1 A! z; q. W8 e"), surfaces(glued, SeamType.NOISE));
    }

    /** The first marks of a run are counted once each (a bit per mark): a run repeating one or two marks is no jammer. */
    @Test
    void aJammerRunNeedsThreeDifferentFirstMarks() {
        assertTrue(seams("楼主说得很对3 k3 R3 u3 E\n我也是这么想的。", SeamType.NOISE).isEmpty());
        assertTrue(seams("楼主说得很对3 k4 R3 u4 E\n我也是这么想的。", SeamType.NOISE).isEmpty());
        assertEquals(List.of("3 k4 R5 u3 E"), surfaces("楼主说得很对3 k4 R5 u3 E\n我也是这么想的。", SeamType.NOISE));
        assertEquals(List.of("; k: R9 u  E! x"), surfaces("楼主说得很对; k: R9 u  E! x\n我也是这么想的。", SeamType.NOISE));
    }

    @Test
    void listsCodeAndProseAreNotNoise() {
        for (String clean : List.of("f(a, b, c, d, e, f, g)", "x = a + b - c * d / e;",
                "Items 1 A, 2 B, 3 C, 4 D, 5 E were shipped.", "see § 3 a, 4 b; 5 c. 6 d: 7 e and more",
                "chmod 7 a: 5 b; 1 c", "a b c d e f g h i j k")) {
            List<Seam> found = seams(clean, SeamType.NOISE);
            assertTrue(found.isEmpty(), clean + " → " + found);
        }
    }

    @Test
    void codeIsNeverCleanedOfWhatLooksLikeNoise() {
        String fenced = "示例代码如下：\n```python\nx = \"1 a2 b3 c4 d\"\n```\n运行后输出结果。";
        // reported at most as a proposal: noise pasted into code is still noise, but code is never edited
        assertTrue(seams(fenced, SeamType.NOISE).stream().allMatch(s -> s.repairConfidence() < io.mixdoc.stage.Mender.DEFAULT_MIN_REPAIR_CONFIDENCE), fenced);
        assertEquals(fenced, cleaned(fenced));
        String inline = "把 `k# R9 u, E3 x` 写进配置文件。";
        assertEquals(inline, cleaned(inline));
    }

    @Test
    void termsRunTogetherByExtractionAreSplitWhereTheDocumentUsesThemApart() {
        String text = "本书介绍 ARMv8 和 RISC-V 两种架构，以及 macOS 与 Linux 的差异。我们先看 ARMv8RISC-V 的对比，"
                + "再看 macOSLinux 的工具。dh-make 和 debhelper 都要安装：dh-makedebhelper。";
        assertEquals(List.of("ARMv8RISC-V", "macOSLinux", "dh-makedebhelper"), surfaces(text, SeamType.GLUED_WORDS));
        assertEquals("ARMv8 RISC-V", seams(text, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
        String commands = "用 alias 定义别名，用 unalias 取消。内建命令 aliasunalias 都可用。webserver 用 web 和 server 两个词。";
        assertEquals(List.of("aliasunalias"), new ExtractionGlueDetector().find(context(commands)).stream().map(x -> commands.substring(x.start(), x.end())).toList());
    }

    @Test
    void anItemOfATermListMadeOfTwoTermsTheDocumentUsesApartIsGlue() {
        String text = "输入法框架有 ibus 和 fcitx5 两种。可选 ibusfcitx5, uim 等。"
                + "脚本 preinst、prerm、postinst 和 postrm 都要写，inst 与 post 是前后缀。";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("ibusfcitx5"), found.stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals("ibus fcitx5", found.get(0).repair().orElseThrow());
        assertTrue(found.get(0).repairConfidence() < 0.5, "the lost separator is unknown: a proposal, not an edit");
        // two English words in lower case are a compound, however the list stands: newline, reportbug
        String compounds = "new line, report bug: tabs, newlines, reportbug, spaces.";
        assertTrue(new ExtractionGlueDetector().find(context(compounds)).isEmpty());
    }

    @Test
    void twoEnglishWordsGluedWhenTheFirstIsInflectedAndBothStandApart() {
        String text = "Packages list their dependencies first. Conflicts come later: conflicts are rare. "
                + "The field declares dependenciesconflicts on other packages. The filesystem keeps files; file and system.";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("dependenciesconflicts"), found.stream().map(x -> text.substring(x.start(), x.end())).toList());
    }

    @Test
    void compoundsNamesAndIdentifiersAreNotGlue() {
        String text = "Java and Script, JSON and Path, data and base, deb and helper: JavaScript, JSONPath, database, "
                + "debhelper, IPv4 and IP and v4, see src/ARMv8RISC.c and x86_64 and RISC and ARMv8. HOST TYPE HOSTTYPE "
                + "first Param Consumer firstParam firstParamConsumer deb make-doc debmake-doc UUCP net UUCPnet.";
        // the detector alone: camelCase words are GluedWordsDetector's to judge
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aClassNameJoiningAClassNameAndAWordIsNoGlue() {
        // Java class names join words at a capital: CompletableFuture + Timeout is one class, not two terms.
        String text = "返回 CompletableFuture 对象，超时用 Timeout 表示。\npublic class CompletableFutureTimeout\n"
                + "分别支持 JFinalJson、Jackson、Json、JFinal 四种。";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aHeadingGluedToASentenceThatRepeatsItsTerm() {
        String text = "We cache sessions in Redis.\nRedisRedis is an in-memory store that keeps data.";
        assertEquals(List.of("RedisRedis"), surfaces(text, SeamType.GLUED_WORDS));
        assertEquals("Redis. Redis", seams(text, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
    }

    @Test
    void aPairWrittenApartGluesEvenWhereTheRunReadsAsANameOrIdentifier() {
        String text = "编辑器 Vim 或 Emacs 都行：Vim 快，Emacs 强。好的编辑器，像 VimEmacs，可以处理 UTF-8。\n\n"
                + "工具 apt-get 和 apt-cache 很常用。\n\napt-getapt-cache 是最基础的工具。";
        List<Seam> found = seams(text, SeamType.GLUED_WORDS);
        assertEquals(List.of("VimEmacs", "apt-getapt-cache"), found.stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals("Vim 或 Emacs", found.get(0).repair().orElseThrow());
        assertTrue(found.stream().allMatch(x -> x.repairConfidence() < 0.5), "the separator is a guess: proposals only");
        assertEquals(text, cleaned(text));
    }

    @Test
    void twoAcronymsOrTwoLongWordsWrittenApartOnceAreGlueWhereRunTogether() {
        String text = "Files come over HTTP and FTP. Mirrors use HTTPFTP methods. Apt can remove, purge, or upgrade: "
                + "scripts run for removepurge, and upgrade. The filesystem keeps files; file and system. HOST TYPE HOSTTYPE.";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("HTTPFTP", "removepurge"), found.stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals("HTTP and FTP", found.get(0).repair().orElseThrow());
        assertTrue(found.stream().allMatch(x -> x.repairConfidence() < 0.5), "the separator is a guess: proposals only");
    }

    @Test
    void aListWrittenOneTermALineIsEvidenceForItsPairRunTogether() {
        String text = "Share this:\nFacebook\nTwitter\nBe sure to visit us on FacebookTwitter, and Instagram. "
                + "Facebook posts daily; Twitter too.\nJava\nScript\nJavaScript runs in browsers.";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("FacebookTwitter"), found.stream().map(x -> text.substring(x.start(), x.end())).toList());
    }

    private static List<String> glued(String text) {
        return new ExtractionGlueDetector().find(context(text)).stream().filter(x -> x.type() == SeamType.GLUED_WORDS)
                .map(x -> text.substring(x.start(), x.end())).toList();
    }

    @Test
    void commandNamesWrittenApartOnceGlueWhereRunTogetherButTwoEnglishWordsNeedMore() {
        // a side that is no English word (ibs, obs, dpkg, apt-get) names a command or option: one copy apart is enough
        String text = "Set the block sizes with ibs and obs when copying. This overrides ibsobs for the whole run. "
                + "Tools such as dpkg and apt-get read it. Note that dpkgapt-get will skip the field. "
                + "Run make test or check first. The target testcheck is custom. The filesystem keeps files; file and system.";
        assertEquals(List.of("ibsobs", "dpkgapt-get"), glued(text));
    }

    @Test
    void aPairRunTogetherInThePhraseItsCopyApartStandsInIsGlue() {
        // the same words before or after the copy apart and the run: copy and distribute are English words, yet the phrase
        // written twice says the run lost its "and"
        String text = "Permission is granted to copy and distribute translations of it. Permission is granted to copydistribute "
                + "modified versions. Menu: Search and Run a Command. Then SearchRun a Command opens. "
                + "Learn Java and Script basics. JavaScript runs in browsers.";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("copydistribute", "SearchRun"), glued(text));
        assertEquals("copy and distribute", found.get(0).repair().orElseThrow());
        assertTrue(found.stream().allMatch(x -> x.repairConfidence() < 0.5), "the separator is a guess: proposals only");
    }

    @Test
    void keysOfHyphenatedNamesAndMixedCaseAcronymsGlueLikeNames() {
        // Ctrl-C, Ctrl-Alt-Del and Left-Alt write Ctrl and Alt as names of their own; PReP is an acronym like CHRP
        String text = "Press Ctrl-C to stop, Ctrl-Alt-Del to reboot, or Left-Alt to switch. Hold Ctrl and Alt together. "
                + "Only the left-hand CtrlAlt keys work as expected. It runs on CHRP and PReP boards; the CHRPPReP open "
                + "architecture is old. Use JSON and Path objects; JSONPath queries them. Learn Java and Script; JavaScript is fun.";
        assertEquals(List.of("CtrlAlt", "CHRPPReP"), glued(text));
    }

    @Test
    void wordsOfALineListRunTogetherGlueOnlyInTheSamePhrase() {
        // a line break is no separator to trust alone (lines wrap): the run needs the same words on both sides
        String text = "Features\nEasy setup for all your Apple devices\nQuick access to Siri by voice\n\n"
                + "Apple AirPods: Easy setup for all your Apple devicesQuick access to Siri by voice.\n"
                + "Older models sync many devices\nQuick starts are slow. Set the devicesFast flag in the config; "
                + "other Apple devices\nFast charging works.";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("devicesQuick"), glued(text));
        assertEquals("devices\nQuick", found.get(0).repair().orElseThrow());
    }

    @Test
    void aPhraseWrittenAgainInTitleCaseStillCountsAsTheSamePhrase() {
        // a song list: the album title once in sentence case, once in title case; the line before the artist lost once
        String text = "Albums\nSongs of Love\nVarious Artists\n2006\nSongs Of LoveVarious Artists\n2011\n";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("LoveVarious"), glued(text));
        assertEquals("Love\nVarious", found.get(0).repair().orElseThrow());
    }

    @Test
    void aTermAndAChineseWordOfALineListRunTogetherAsALineAreGlue() {
        // a table flattened one cell a line (channel, programme), written apart twice; the run is a line of its own
        String text = "频道\n节目\nCCTV\n新闻\nABC\n体育\nCCTV\n新闻\nABC\n体育\nCCTV\n新闻\nABC体育\n";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("ABC体育"), glued(text));
        assertEquals("ABC\n体育", found.get(0).repair().orElseThrow());
    }

    @Test
    void aTermAndAChineseWordRunTogetherInASentenceAreAName() {
        // 《ABC体育》 in prose names the programme itself, however often its channel and title stand on lines of a table
        String text = "频道\n节目\nABC\n体育\nCCTV\n新闻\nABC\n体育\n他在《ABC体育》节目里讲过这件事。\n";
        assertEquals(List.of(), glued(text));
        // and once apart is not enough: Chinese runs a term and a word together freely
        String once = "频道\n节目\nABC\n体育\nCCTV\n新闻\nABC体育\n";
        assertEquals(List.of(), glued(once));
    }

    @Test
    void theProposedSeparatorIsInTheLanguageOfTheSentenceOfTheRun() {
        // a bilingual text: the Chinese copy writes the pair apart, the English one runs it together, and back
        String text = "这些工具如 dpkg 和 apt-get 会读取它。Note that dpkgapt-get will skip the field.\n\n"
                + "Use it with ibs, obs and bs. 这将覆盖 ibsobs 设定的值。";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("dpkgapt-get", "ibsobs"), glued(text));
        assertEquals("dpkg and apt-get", found.get(0).repair().orElseThrow());
        assertEquals("ibs、obs", found.get(1).repair().orElseThrow());
    }

    @Test
    void aWordRunIntoTheDateAfterItIsGlue() {
        String text = "Tour dates: June 9 -- Coral Sky, West Palm Beach, FLJune 10 -- Tampa Arena. Last updatedMarch 3, 2020 by "
                + "staff.\nReleased in May 2020; the JuneBug 5 toy; build 2019June 1; a MayDay 3 call; see config.March 3 there.";
        List<Seam> found = new ExtractionGlueDetector().find(context(text));
        assertEquals(List.of("FLJune", "updatedMarch"), glued(text));
        assertEquals("FL June", found.get(0).repair().orElseThrow());
        assertTrue(found.stream().allMatch(x -> x.repairConfidence() < 0.5), "a line or a space may have been lost: proposals only");
    }

    @Test
    void lostSeparatorsAreNoReasonToReadLoneWordPiecesAsCuts() {
        // two glued pairs make a document damaged, but by an extractor: ls, df, du and w, c stay terms
        String text = "Set the block sizes with ibs and obs when copying. This overrides ibsobs for the whole run. "
                + "Tools such as dpkg and apt-get read it. Note that dpkgapt-get will skip the field.\n\n"
                + "注意，在ls、df、du命令中，M等标记的大小是由环境变量确定的。w和c是GNU扩展语法，最好别使用w。";
        assertEquals(List.of("ibsobs", "dpkgapt-get"), surfaces(text, SeamType.GLUED_WORDS));
        assertEquals(List.of(), surfaces(text, SeamType.FRAGMENT));
    }

    @Test
    void aPairListedApartTwiceIsNoCompoundAndAnotherRunDoesNotHideIt() {
        String text = "Suites are stable, testing, or unstable. Mixing stable, testing and unstable is slow. "
                + "List only one of stabletesting, or unstable. Some use unstabletesting archives. "
                + "The filesystem keeps files; file and system.";
        assertEquals(List.of("stabletesting"), surfaces(text, SeamType.GLUED_WORDS));
        assertEquals("stable, testing", seams(text, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
        assertEquals(text, cleaned(text), "the document's own separator is proposed, the bare split never applied");
    }

    @Test
    void twoItemsOfAChineseListRunTogetherAreGlueWhereTheDocumentWritesThemApart() {
        String text = "这台电脑的硬盘和显卡都很新。常见的部件有内存、硬盘显卡、电源。";
        assertEquals(List.of("硬盘显卡"), surfaces(text, SeamType.GLUED_WORDS));
        assertEquals("硬盘、显卡", seams(text, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
        assertEquals(text, cleaned(text), "a proposal: two Chinese words side by side may still be a compound");
        // the last item takes the separator of the copy written apart
        String last = "你可以升级或删除软件包。管理它们的配置、安装、升级删除。";
        assertEquals("升级或删除", seams(last, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
    }

    @Test
    void twoItemsRunTogetherWhereTheDocumentWritesTheSameListApart() {
        // the list lost its only 、: the copy with its third item is the evidence
        String only = "配方由面粉、鸡蛋和牛奶组成。搅拌时面粉鸡蛋和牛奶要一起倒入。";
        assertEquals(List.of("面粉鸡蛋"), surfaces(only, SeamType.GLUED_WORDS));
        assertEquals("面粉、鸡蛋", seams(only, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
        assertEquals(only, cleaned(only), "a proposal, never applied");
        // the last item goes on (items sharing a head): the copy with the item before is the evidence
        String head = "本节介绍苹果、香蕉、橘子果汁的做法。先看苹果、香蕉橘子果汁的配料。";
        assertEquals(List.of("香蕉橘子"), surfaces(head, SeamType.GLUED_WORDS));
        assertEquals("香蕉、橘子", seams(head, SeamType.GLUED_WORDS).get(0).repair().orElseThrow());
    }

    @Test
    void compoundsInChineseListsAreNotGlue() {
        for (String clean : List.of(
                "支持的功能有文件系统、磁盘分区、网络。", // no copy apart: a compound reads the same
                "文件和系统不同。支持文件系统、网络、声音。文件系统很重要。", // the run written again: the author's compound
                "我们买了硬盘和显卡。我们买了硬盘显卡。", // no list
                "中国和人民。代表中国人民、政府、军队。", // 国人 across the join
                // a 、 between phrases is no list of terms, and a run that does not end its item is no item (real news)
                "我们希望孩子自信和乐观。他们应当是自信乐观、在困难面前不放弃的人。",
                "加工和承揽业务增长。包括运输、仓储、加工承揽企业的收入。",
                // a numbered step is no list item: 1、 separates nothing
                "创建与接口不同。流程如下：\n1、创建接口，并创建实现类\n2、加载服务",
                // the pair written apart, but never in the same list: the compound after 仓储 stays
                "运输、加工和承揽业务增长。包括运输、仓储、加工承揽企业的收入。")) {
            assertEquals(List.of(), surfaces(clean, SeamType.GLUED_WORDS), clean);
        }
    }

    @Test
    void aNumberedHeadingGluedToItsParagraphThatStartsWithItsTerm() {
        String text = "版本控制很重要。\n\n10.5. GitGit 是这些天选择的版本控制系统。Git 很快。";
        List<Seam> found = seams(text, SeamType.GLUED_WORDS);
        assertEquals(List.of("GitGit"), found.stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals("Git\n\nGit", found.get(0).repair().orElseThrow());
        assertEquals(text, cleaned(text));
    }

    @Test
    void latinAndMixedChunksAndLinesWrittenTwice() {
        assertEquals(List.of("approved the new budget approved the new budget"),
                surfaces("We heard that the board approved the new budget approved the new budget on Monday.", SeamType.DUPLICATION));
        assertEquals(List.of("the the"), surfaces("They signed the the agreement on Monday.", SeamType.DUPLICATION));
        assertTrue(seams("They signed the the agreement on Monday.", SeamType.DUPLICATION).get(0).repairConfidence() < 0.5);
        assertEquals(List.of("documentdocument"), surfaces("They signed the documentdocument on Monday.", SeamType.DUPLICATION));
        assertEquals(List.of("使用Redis使用Redis"), surfaces("我们使用Redis使用Redis缓存会话。", SeamType.DUPLICATION));
        String lines = "The council approved the budget on Tuesday.\nThe council approved the budget on Tuesday.\nIt takes effect in May.";
        Seam s = seams(lines, SeamType.DUPLICATION).get(0);
        assertEquals("\nThe council approved the budget on Tuesday.", lines.substring(s.start(), s.end()));
        // alone in a clean document a repeated line is proposed, not removed (an author may repeat one)
        assertEquals("", s.repair().orElseThrow());
        assertEquals(lines, cleaned(lines));
    }

    @Test
    void aSentenceLineRepeatedIsDuplicationWhateverItQuotes() {
        String lines = "* 不要使用 “dpkg -i random_package” 安装任何软件包。\n* 不要使用 “dpkg -i random_package” 安装任何软件包。\n下一行。";
        Seam s = seams(lines, SeamType.DUPLICATION).get(0);
        assertEquals("\n* 不要使用 “dpkg -i random_package” 安装任何软件包。", lines.substring(s.start(), s.end()));
        for (String clean : List.of("```\nrm -rf /tmp/x.\nrm -rf /tmp/x.\n```\n", "BarLine, example | The color property\nBarLine, example | The color property\n")) {
            assertTrue(seams(clean, SeamType.DUPLICATION).isEmpty(), clean);
        }
    }

    @Test
    void deliberateDoublingIsNotDuplication() {
        for (String clean : List.of("What he had had was enough.", "He said that that was fine.", "Bye bye, see you.",
                "New York, New York is a song.", "Science Forum - Xinhua News Xinhua News Beijing", "x = 1;\nx = 1;\n", "----------\n----------\n",
                "GNU GENERAL PUBLIC LICENSE\nGNU GENERAL PUBLIC LICENSE\n", "sendmail | sendmail | 读取邮件",
                "版权 © 1990 Addison Wesley. Addison Wesley. 第二版", "只在 mysql 下测试过!!!  只在 mysql 下测试过!!!",
                "一个pair的setset", "@author hubin tantan", "使用 format 使用 format 以")) {
            assertTrue(seams(clean, SeamType.DUPLICATION).isEmpty(), clean);
        }
    }

    @Test
    void aChineseWordLeakedIntoAnEnglishSentenceGetsItsGlossAsAProposal() {
        String text = "The committee will announce the board's最终 decision next week after a long review.";
        Seam s = seams(text, SeamType.INTRA_SENTENCE_SWITCH).get(0);
        assertEquals("最终 ", text.substring(s.start(), s.end()));
        assertEquals(" final ", s.repair().orElseThrow());
        assertTrue(s.repairConfidence() < 0.5, "a gloss is a proposal");
        assertEquals(text, cleaned(text));
    }

    @Test
    void aLeakNeedsOnlyAWordOnEachSideWhenTheSentenceRunsOn() {
        String text = "You may 获得 a copy of the License at the address below.";
        Seam s = seams(text, SeamType.INTRA_SENTENCE_SWITCH).get(0);
        assertEquals(" 获得 ", text.substring(s.start(), s.end()));
        assertEquals(" obtain ", s.repair().orElseThrow());
        String of = "It takes advantage of the power of 这些 features and similarities.";
        assertEquals(" these ", seams(of, SeamType.INTRA_SENTENCE_SWITCH).get(0).repair().orElseThrow());
    }

    @Test
    void chineseQuotedInEnglishOnPurposeIsNotALeak() {
        for (String clean : List.of("The city of 北京 hosted the event for the whole region this year.",
                "They talked about the concept of 面子 (mianzi) at the dinner last night.",
                "The sign said “欢迎” in large red letters above the door of the shop.",
                "He wrote the term 关系 on the board before the class began.",
                "The delegation met 习近平 and other leaders in the capital last week.",
                "A good example 例如 shows the idea.", "For 中文 text, use the segmenter.")) {
            List<Seam> found = new LeakedWordDetector().find(context(clean));
            assertTrue(found.isEmpty(), clean + " → " + found);
        }
    }

    /**
     * A table row one cell short whose value ends in a URL or a command: the glued cell is still reported (its start
     * is no code), where before the code at its end made the detector skip the whole cell.
     */
    @Test
    void aShortTableRowEndingInCodeIsStillGlue() {
        String text = "Site | Command\n\n"
                + "Project home | open-page \"https://example.org/\"\n\n"
                + "Mailing list archive of the teamopen-page \"https://lists.example.org/team/\"\n\n"
                + "Bug tracker | open-page \"https://bugs.example.org/\"\n\n"
                + "Release notes | open-page \"https://example.org/releases/\"\n";
        List<String> glued = surfaces(text, SeamType.GLUED_WORDS);
        assertEquals(1, glued.size(), glued.toString());
        assertTrue(glued.get(0).startsWith("Mailing list archive of the team"), glued.toString());
        // the same table with every row whole raises nothing
        String whole = text.replace("the teamopen-page", "the team | open-page");
        assertEquals(List.of(), surfaces(whole, SeamType.GLUED_WORDS));
    }
}
